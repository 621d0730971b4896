package org.shuangda.cases.transfer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prosecutor's supervision (立案监督) of transfers: the cases above a threshold that were never handed over
 * and the 建议移送 opinions the agency must answer. TRANSFER_OVERSEE scope for the prosecutor; the agency
 * answers with CASE_HANDLE over the case's unit.
 */
@Service
public class Oversight {


    private final CaseFactsStore cases;
    private final Thresholds thresholds;
    private final OpinionStore opinions;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Oversight(CaseFactsStore cases, Thresholds thresholds, OpinionStore opinions, WorkingCalendar calendar,
            Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.thresholds = thresholds;
        this.opinions = opinions;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** Cases in the prosecutor's region above a threshold with no transfer handed over. */
    public List<MissedTransfer> missed(Actor actor) {
        DataScope scope = actor.require(Permission.TRANSFER_OVERSEE);
        List<CriminalThreshold> table = thresholds.all();
        return cases.aboveThresholdNeverTransferred(scope).stream()
                .map(c -> new MissedTransfer(c, Thresholds.met(table, c.amounts(), c.regionPath()),
                        opinions.openFor(c.id())))
                .toList();
    }

    /** Opinions the actor may see: issued in the prosecutor's region, or addressed to the agency's cases. */
    public List<TransferOpinion> opinions(Actor actor, Long caseId) {
        return opinions.list(reach(actor), caseId, now(), calendar);
    }

    @Transactional
    public TransferOpinion suggest(Actor actor, long caseId, String opinion) {
        DataScope scope = actor.require(Permission.TRANSFER_OVERSEE);
        CaseFacts kase = cases.find(scope, caseId).orElseThrow(() -> new NotFoundProblem("case", caseId));
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInput("opinion", "error.required");
        }
        if (opinions.openFor(caseId)) {
            throw new TransferRefused("opinion.refused.open");
        }
        long id = opinions.insert(caseId, kase.unitId(), actor.unitId(), opinion.strip(), now(), actor.username());
        events.publishEvent(AuditableChange.created(actor, "transfer_opinion", id, kase.number(),
                Map.of("caseId", caseId, "opinion", opinion.strip())));
        return find(actor, id);
    }

    @Transactional
    public TransferOpinion answer(Actor actor, long opinionId, String answer) {
        TransferOpinion opinion = find(actor, opinionId);
        CaseFacts kase = cases.find(actor.require(Permission.CASE_HANDLE), opinion.caseId())
                .orElseThrow(() -> new AccessDeniedProblem("not the case's unit"));
        TransferOpinion answered = opinion.answeredWith(answer, now(), actor.username());
        if (!opinions.update(answered, opinion.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "transfer_opinion", opinionId, kase.number(), Map.of(),
                Map.of("answer", answered.answer())));
        return find(actor, opinionId);
    }

    public TransferOpinion find(Actor actor, long id) {
        return opinions.find(reach(actor), id, now(), calendar).orElseThrow(() -> new NotFoundProblem("opinion", id));
    }

    /** The agency's answer to an opinion: the rulebook's {@code transfer.opinion-answer} (a house default, 7 days). */
    static TransferClock answerClock(LocalDateTime issuedAt, LocalDateTime now, WorkingCalendar calendar,
            Rulebook rules) {
        return TransferClocks.clock(TransferClockKind.OPINION_ANSWER, issuedAt, RuleKeys.TRANSFER_OPINION_ANSWER,
                now, calendar, rules);
    }

    private static OpinionStore.Reach reach(Actor actor) {
        DataScope view = TransferReach.scope(actor, Permission.CASE_VIEW);
        DataScope oversee = TransferReach.scope(actor, Permission.TRANSFER_OVERSEE);
        if (view.isEmpty() && oversee.isEmpty()) {
            throw new AccessDeniedProblem("missing permission to see opinions");
        }
        return new OpinionStore.Reach(view, oversee);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
