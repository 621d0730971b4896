package org.shuangda.cases.transfer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
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

    /** Days the agency has to answer an opinion (house default, see {@link TransferOpinion}). */
    public static final int DAYS_TO_ANSWER = 7;

    private final CaseFactsStore cases;
    private final Thresholds thresholds;
    private final OpinionStore opinions;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    Oversight(CaseFactsStore cases, Thresholds thresholds, OpinionStore opinions, WorkingCalendar calendar,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.thresholds = thresholds;
        this.opinions = opinions;
        this.calendar = calendar;
        this.events = events;
    }

    /** Cases in the prosecutor's region above a threshold with no transfer handed over. */
    public List<MissedTransfer> missed() {
        DataScope scope = Actors.scopeFor(Permission.TRANSFER_OVERSEE);
        List<CriminalThreshold> table = thresholds.list();
        return cases.aboveThresholdNeverTransferred(scope).stream()
                .map(c -> new MissedTransfer(c, Thresholds.met(table, c.amounts()), opinions.openFor(c.id())))
                .toList();
    }

    /** Opinions the caller may see: issued in the prosecutor's region, or addressed to the agency's cases. */
    public List<TransferOpinion> opinions(Long caseId) {
        return opinions.list(scope(), caseId, now(), calendar);
    }

    @Transactional
    public TransferOpinion suggest(long caseId, String opinion) {
        Actor actor = Actors.require();
        DataScope scope = Actors.scopeFor(Permission.TRANSFER_OVERSEE);
        CaseFacts kase = cases.find(scope, caseId).orElseThrow(() -> new NotFoundProblem("case", caseId));
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInput("opinion", "error.required");
        }
        if (opinions.openFor(caseId)) {
            throw new TransferRefused("opinion.refused.open");
        }
        long id = opinions.insert(caseId, kase.unitId(), actor.unitId(), opinion.strip(), now(), actor.username());
        events.publishEvent(AuditableChange.created("transfer_opinion", id, kase.number(),
                Map.of("caseId", caseId, "opinion", opinion.strip())));
        return find(id);
    }

    @Transactional
    public TransferOpinion answer(long opinionId, String answer) {
        Actor actor = Actors.require();
        TransferOpinion opinion = find(opinionId);
        CaseFacts kase = cases.find(Actors.scopeFor(Permission.CASE_HANDLE), opinion.caseId())
                .orElseThrow(() -> new org.shuangda.shared.AccessDeniedProblem("not the case's unit"));
        opinion.requireMayAnswer(answer);
        opinions.answer(opinionId, answer.strip(), now(), actor.username());
        events.publishEvent(AuditableChange.updated("transfer_opinion", opinionId, kase.number(), Map.of(),
                Map.of("answer", answer.strip())));
        return find(opinionId);
    }

    public TransferOpinion find(long id) {
        return opinions.find(scope(), id, now(), calendar).orElseThrow(() -> new NotFoundProblem("opinion", id));
    }

    static TransferClock answerClock(LocalDateTime issuedAt, LocalDateTime now, WorkingCalendar calendar) {
        return TransferClocks.clock(TransferClockKind.OPINION_ANSWER, issuedAt, DeadlineRule.naturalDays(DAYS_TO_ANSWER),
                now, calendar);
    }

    private OpinionStore.Reach scope() {
        Actor actor = Actors.require();
        DataScope view = actor.can(Permission.CASE_VIEW) ? actor.scopeFor(Permission.CASE_VIEW) : DataScope.none();
        DataScope oversee = actor.can(Permission.TRANSFER_OVERSEE) ? actor.scopeFor(Permission.TRANSFER_OVERSEE)
                : DataScope.none();
        if (view.isEmpty() && oversee.isEmpty()) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission to see opinions");
        }
        return new OpinionStore.Reach(view, oversee);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(WorkingCalendar.ZONE);
    }
}
