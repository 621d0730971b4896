package org.shuangda.cases;

import java.time.LocalDateTime;
import java.util.Optional;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision clock (90 days from 立案; +30 approved by a holder of {@code CASE_APPROVE}; more only with a
 * recorded collective decision) with its pauses (中止: suspension, hearing, testing, notice periods), and the
 * 查封扣押 clock (30 days, once +30). Pausing and seizures need {@code CASE_HANDLE}; the rules are the
 * aggregate's ({@link CaseAction}, {@link EnforcementCase}, {@link Seizure}).
 */
@Service
public class CaseClocks {

    private final CaseSteps steps;
    private final WorkingCalendar calendar;

    private final Rulebook rulebook;

    CaseClocks(CaseSteps steps, WorkingCalendar calendar, Rulebook rulebook) {
        this.steps = steps;
        this.calendar = calendar;
        this.rulebook = rulebook;
    }

    /** The decision clock now, or empty once the decision is taken. */
    public Optional<ClockView> decision(CaseView c) {
        return c.status().awaitsDecision() ? Optional.of(ClockView.of(c.decisionClock(), steps.now(), calendar))
                : Optional.empty();
    }

    /** The seizure clock while goods are held. */
    public Optional<ClockView> seizure(CaseView c) {
        return c.seizureClock(rulebook).map(d -> ClockView.of(d, steps.now(), calendar));
    }

    @Transactional
    public CaseView pause(Actor actor, long caseId, PauseReason reason, String note) {
        return steps.take(actor, caseId, CaseAction.PAUSE, c -> c.pauseClock(reason, note, steps.now()));
    }

    @Transactional
    public CaseView resume(Actor actor, long caseId) {
        return steps.take(actor, caseId, CaseAction.RESUME, c -> c.resumeClock(steps.now()));
    }

    /** +30 days; a further extension also needs the collective decision (集体讨论), which is kept on the case. */
    @Transactional
    public CaseView extend(Actor actor, long caseId, String approval, String collectiveDecision) {
        return steps.take(actor, caseId, CaseAction.EXTEND,
                c -> c.extendClock(approval, collectiveDecision, actor.username(),
                        rulebook.rule(RuleKeys.CASE_DECISION, c.registeredAt().toLocalDate(), c.unit().regionPath())
                                .extension()));
    }

    /** 查封扣押 from {@code at}, or now when null. */
    @Transactional
    public CaseView startSeizure(Actor actor, long caseId, LocalDateTime at) {
        return steps.take(actor, caseId, CaseAction.SEIZE, c -> c.startSeizure(at, steps.now()));
    }

    @Transactional
    public CaseView extendSeizure(Actor actor, long caseId, String approval) {
        return steps.take(actor, caseId, CaseAction.EXTEND_SEIZURE, c -> c.extendSeizure(approval,
                rulebook.rule(RuleKeys.SEIZURE_HOLD, c.seizure().startedAt().toLocalDate()).extension()));
    }

    @Transactional
    public CaseView releaseSeizure(Actor actor, long caseId) {
        return steps.take(actor, caseId, CaseAction.RELEASE, c -> c.releaseSeizure(steps.now()));
    }
}
