package org.shuangda.cases;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision clock (90 days from 立案; +30 approved by a holder of {@code CASE_APPROVE}; more only with a
 * recorded collective decision) with its pauses (中止: suspension, hearing, testing, notice periods), and the
 * 查封扣押 clock (30 days, once +30). Pausing and seizures need {@code CASE_HANDLE}.
 */
@Service
public class CaseClocks {

    private final CaseAccess access;
    private final CaseStore store;
    private final ClockStore clocks;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    CaseClocks(CaseAccess access, CaseStore store, ClockStore clocks, WorkingCalendar calendar,
            ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.clocks = clocks;
        this.calendar = calendar;
        this.events = events;
    }

    org.shuangda.calendar.WorkingCalendar calendar() {
        return calendar;
    }

    /** The decision clock now, or empty once the decision is taken. */
    public Optional<ClockView> decision(EnforcementCase c) {
        return c.status().awaitsDecision()
                ? Optional.of(ClockView.of(c.decisionClock(), CaseAccess.now(), calendar)) : Optional.empty();
    }

    /** The seizure clock while goods are held. */
    public Optional<ClockView> seizure(EnforcementCase c) {
        return seizureClock(c).map(d -> ClockView.of(d, CaseAccess.now(), calendar));
    }

    static Optional<Deadline> seizureClock(EnforcementCase c) {
        if (c.seizureStartedAt() == null || c.seizureReleasedAt() != null) {
            return Optional.empty();
        }
        Deadline d = Deadline.startingAt(c.seizureStartedAt(), DeadlineRule.naturalDays(EnforcementCase.SEIZURE_DAYS));
        return Optional.of(c.seizureExtended() ? d.extend(EnforcementCase.SEIZURE_DAYS) : d);
    }

    @Transactional
    public EnforcementCase pause(long caseId, PauseReason reason, String note, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        c.requireDecisionPending();
        if (reason == null || reason == PauseReason.TRANSFER) {
            throw new InvalidInput("reason", "error.required");
        }
        if (c.decisionClock().openPause().isPresent()) {
            throw new CaseTransitionRefused("clock.refused.alreadyPaused");
        }
        clocks.pause(ClockStore.Owner.CASE, caseId, reason, CaseStore.blank(note), CaseAccess.now());
        return changed(c, "CLOCK", "办案期限中止（" + reason.name() + "）", actor);
    }

    @Transactional
    public EnforcementCase resume(long caseId, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        c.requireDecisionPending();
        if (c.decisionClock().openPause().isEmpty()) {
            throw new CaseTransitionRefused("clock.refused.notPaused");
        }
        clocks.resume(ClockStore.Owner.CASE, caseId, CaseAccess.now());
        return changed(c, "CLOCK", "办案期限恢复计算", actor);
    }

    /**
     * +30 days. The first extension needs the approval only; any further one also the collective decision
     * (集体讨论) as recorded text, which is kept on the case.
     */
    @Transactional
    public EnforcementCase extend(long caseId, String approval, String collectiveDecision, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_APPROVE);
        c.requireDecisionPending();
        if (CaseStore.blank(approval) == null) {
            throw new InvalidInput("approval", "clock.missing.approval");
        }
        boolean further = !c.decisionClock().extensions().isEmpty();
        if (further && CaseStore.blank(collectiveDecision) == null) {
            throw new InvalidInput("collectiveDecision", "case.invalid.collective");
        }
        clocks.extend(ClockStore.Owner.CASE, caseId, EnforcementCase.DECISION_EXTENSION_DAYS, approval.strip(),
                actor.username());
        if (further) {
            store.setCollectiveExtension(caseId, collectiveDecision.strip());
        }
        return changed(c, "CLOCK", "办案期限延长 " + EnforcementCase.DECISION_EXTENSION_DAYS + " 日（" + approval.strip()
                + (further ? "；集体讨论：" + collectiveDecision.strip() : "") + "）", actor);
    }

    @Transactional
    public EnforcementCase startSeizure(long caseId, LocalDateTime at, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        c.requireEditable();
        if (seizureClock(c).isPresent()) {
            throw new CaseTransitionRefused("case.refused.seizureRunning");
        }
        LocalDateTime start = at != null ? at.withNano(0) : CaseAccess.now();
        if (start.isAfter(CaseAccess.now()) || start.isBefore(c.registeredAt().minusDays(1))) {
            throw new InvalidInput("at", "case.invalid.future");
        }
        store.setSeizure(caseId, start, false, null);
        return changed(c, "SEIZURE", "实施查封扣押", actor);
    }

    @Transactional
    public EnforcementCase extendSeizure(long caseId, String approval, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_APPROVE);
        if (seizureClock(c).isEmpty()) {
            throw new CaseTransitionRefused("case.refused.noSeizure");
        }
        if (c.seizureExtended()) {
            throw new CaseTransitionRefused("case.refused.seizureExtended");
        }
        if (CaseStore.blank(approval) == null) {
            throw new InvalidInput("approval", "clock.missing.approval");
        }
        store.setSeizure(caseId, c.seizureStartedAt(), true, null);
        return changed(c, "SEIZURE", "查封扣押期限延长 30 日（" + approval.strip() + "）", actor);
    }

    @Transactional
    public EnforcementCase releaseSeizure(long caseId, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        if (seizureClock(c).isEmpty()) {
            throw new CaseTransitionRefused("case.refused.noSeizure");
        }
        store.setSeizure(caseId, c.seizureStartedAt(), c.seizureExtended(), CaseAccess.now());
        return changed(c, "SEIZURE", "解除查封扣押", actor);
    }

    private EnforcementCase changed(EnforcementCase c, String kind, String text, Actor actor) {
        store.appendTimeline(c.id(), kind, text, actor.displayName());
        EnforcementCase after = access.refreshClock(c.id());
        events.publishEvent(AuditableChange.updated("case", c.id(), c.number(), Map.of("clock", ""),
                Map.of("clock", text)));
        return after;
    }
}
