package org.shuangda.complaints;

import java.util.List;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving filings between units and between each other: 转办 to another unit (with a reason the public
 * sees), merging duplicates (合并处理) and splitting a complaint that also reports a violation. The hotline and
 * the office route with FILING_ROUTE, the handling unit its own filings with FILING_HANDLE.
 */
@Service
public class FilingRouting {

    private final Filings filings;
    private final FilingChanges changes;
    private final FilingStore store;
    private final UnitDirectory units;
    private final FilingIntake intake;
    private final FilingClocks clocks;
    private final RerouteApprovals approvals;

    FilingRouting(Filings filings, FilingChanges changes, FilingStore store, UnitDirectory units,
            FilingIntake intake, FilingClocks clocks, RerouteApprovals approvals) {
        this.approvals = approvals;
        this.filings = filings;
        this.changes = changes;
        this.store = store;
        this.units = units;
        this.intake = intake;
        this.clocks = clocks;
    }

    /**
     * 转办: the new unit decides afresh (back to RECEIVED, no handler). The reason is required. Returns the
     * filing as moved ({@link FilingView}), or, when {@code me} could handle it in the new unit, the
     * {@link RerouteRequest} the unit head decides (the filing has not moved: {@link RerouteApprovals}).
     */
    @Transactional
    public Object reroute(Actor me, long id, long unitId, String reason) {
        UnitRef target = units.find(unitId).orElseThrow(() -> new InvalidInput("unitId", "filing.error.unit"));
        if (RerouteApprovals.toOneself(me, target)) {
            FilingView v = filings.forStep(me, id, FilingAction.REROUTE);
            v.filing().refusal(FilingAction.REROUTE).ifPresent(why -> {
                throw new FilingTransitionRefused(why);
            });
            return approvals.request(me, v.filing(), target, reason);
        }
        return changes.take(me, id, FilingAction.REROUTE, (f, now) -> {
            f.reroute(me, unitId, reason, now);
            units.find(unitId).orElseThrow(() -> new InvalidInput("unitId", "filing.error.unit"));
        });
    }

    /** 合并处理: {@code id} is handled together with {@code primaryId}, which the actor must see; its clocks stop. */
    @Transactional
    public FilingView merge(Actor me, long id, long primaryId) {
        Filing primary = store.find(primaryId).filter(p -> p.visibleTo(me))
                .orElseThrow(() -> new NotFoundProblem("filing", primaryId)).filing();
        return changes.take(me, id, FilingAction.MERGE, (f, now) -> f.mergeInto(me, primary, now));
    }

    /**
     * Splits a filing into a complaint (this one) and a tip (a new filing with the same filer, linked back),
     * each with its own clocks. The new tip's query code goes to the filer like any other.
     */
    @Transactional
    public FilingReceipt split(Actor me, long id, String tipContent) {
        FilingView v = filings.forStep(me, id, FilingAction.SPLIT);
        Filing f = v.filing();
        Matter tip = f.splitMatter(tipContent);
        if (store.hasSplitOff(id)) {
            throw new FilingTransitionRefused("filing.refused.cannotSplit");
        }
        FilingReceipt receipt = intake.splitOff(me, new ValidFiling(Track.REPORT, tip.channel(), tip.category(),
                tip.content(), tip.regionCode(), tip.targetName(), tip.targetUscc(), f.filer().kind(),
                f.filer().anonymous(), null, null, null, null, List.of()), id);
        store.copyFiler(id, receipt.id());
        f.splitInto(me, receipt.trackingNo(), clocks.now());
        changes.save(me, v);
        return receipt;
    }
}
