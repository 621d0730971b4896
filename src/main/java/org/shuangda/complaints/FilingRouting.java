package org.shuangda.complaints;

import java.util.List;
import java.util.Map;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving filings between units and between each other: 转办 to another unit (with a reason the public
 * sees), merging duplicates (合并处理) and splitting a complaint that also reports a violation.
 */
@Service
public class FilingRouting {

    private final FilingStore store;
    private final UnitDirectory units;
    private final FilingIntake intake;
    private final FilingClocks clocks;
    private final ApplicationEventPublisher events;

    FilingRouting(FilingStore store, UnitDirectory units, FilingIntake intake, FilingClocks clocks,
            ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.intake = intake;
        this.clocks = clocks;
        this.events = events;
    }

    /** 转办: the new unit decides afresh (back to RECEIVED, no handler). The reason is required. */
    @Transactional
    public Filing reroute(long id, long unitId, String reason) {
        Filing f = routable(id);
        f.requireMayReroute();
        String why = FilingHandling.requireText("reason", reason);
        UnitRef unit = units.find(unitId).orElseThrow(() -> new InvalidInput("unitId", "filing.error.unit"));
        if (unit.id() == f.unitId()) {
            throw new InvalidInput("unitId", "filing.error.sameUnit");
        }
        update(f, "unit_id = :unit, status = 'RECEIVED', accepted_at = null, handler_user_id = null",
                Map.of("unit", unitId));
        store.addEvent(id, FilingEventKind.REROUTED, FilingStatus.RECEIVED, unitId, why, actor().username());
        events.publishEvent(AuditableChange.updated("filing", id, f.trackingNo(),
                Map.of("unit", f.unitName(), "reason", ""), Map.of("unit", unit.name(), "reason", why)));
        return store.find(id).orElseThrow();
    }

    /** 合并处理: {@code id} is handled together with {@code primaryId}; its clocks stop. */
    @Transactional
    public Filing merge(long id, long primaryId) {
        Filing f = routable(id);
        Filing primary = store.find(primaryId).filter(p -> Filings.sees(actor(), p))
                .orElseThrow(() -> new NotFoundProblem("filing", primaryId));
        FilingStatus next = f.mergeInto(primary);
        update(f, "status = :status, merged_into_id = :primary, decided_at = :now",
                Map.of("status", next.name(), "primary", primaryId, "now", FilingStore.instant(clocks.now())));
        store.addEvent(id, FilingEventKind.MERGED, next, primary.unitId(), primary.trackingNo(), actor().username());
        events.publishEvent(AuditableChange.updated("filing", id, f.trackingNo(),
                Map.of("status", f.status(), "mergedInto", ""), Map.of("status", next, "mergedInto",
                        primary.trackingNo())));
        return store.find(id).orElseThrow();
    }

    /**
     * Splits a filing into a complaint (this one) and a tip (a new filing with the same filer, linked back),
     * each with its own clocks. The new tip's query code goes to the filer like any other.
     */
    @Transactional
    public FilingReceipt split(long id, String tipContent) {
        Filing f = routable(id);
        f.requireMaySplit();
        if (store.jdbc().sql("select count(*) from filing where split_from_id = :id").param("id", id)
                .query(Long.class).single() > 0) {
            throw new FilingTransitionRefused("filing.refused.cannotSplit");
        }
        String content = FilingHandling.requireText("tipContent", tipContent);
        FilingStore.Secrets secrets = store.secrets(id);
        ValidFiling tip = new ValidFiling(Track.REPORT, f.channel(), f.category(), content, f.regionCode(),
                f.targetName(), f.targetUscc(), f.filerKind(), f.anonymous(), null, null, null, null, List.of());
        FilingReceipt receipt = intake.register(tip, null, null, null, null, actor().username(), id);
        store.jdbc().sql("""
                update filing set filer_name = :n, filer_phone = :p, filer_id_number = :i, filer_address = :a,
                       filer_name_masked = :nm, filer_phone_masked = :pm where id = :id""")
                .param("n", secrets.name()).param("p", secrets.phone()).param("i", secrets.idNumber())
                .param("a", secrets.address()).param("nm", f.filerNameMasked()).param("pm", f.filerPhoneMasked())
                .param("id", receipt.id()).update();
        update(f, "track = 'COMPLAINT'", Map.of());
        store.addEvent(id, FilingEventKind.SPLIT, f.status(), f.unitId(), receipt.trackingNo(), actor().username());
        events.publishEvent(AuditableChange.updated("filing", id, f.trackingNo(), Map.of("track", f.track(),
                "splitInto", ""), Map.of("track", Track.COMPLAINT, "splitInto", receipt.trackingNo())));
        return receipt;
    }

    /** Whether the actor may 转办/merge/split this filing (for buttons). */
    public boolean mayRoute(Filing f) {
        Actor actor = actor();
        return (actor.can(Permission.FILING_ROUTE)
                && actor.scopeFor(Permission.FILING_ROUTE).coversUnit(f.unitPath(), f.unitRegionPath()))
                || (actor.can(Permission.FILING_HANDLE)
                        && actor.scopeFor(Permission.FILING_HANDLE).coversUnit(f.unitPath(), f.unitRegionPath()));
    }

    private Filing routable(long id) {
        Filing f = store.find(id).orElseThrow(() -> new NotFoundProblem("filing", id));
        if (!mayRoute(f)) {
            throw Filings.sees(actor(), f) ? new org.shuangda.shared.AccessDeniedProblem("may not route this filing")
                    : new NotFoundProblem("filing", id);
        }
        return f;
    }

    private void update(Filing f, String assignments, Map<String, Object> params) {
        if (!store.update(f.id(), f.version(), assignments, params)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
    }

    private static Actor actor() {
        return Actors.require();
    }
}
