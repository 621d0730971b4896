package org.shuangda.cases.transfer;

import java.time.LocalDateTime;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;

/**
 * The clock of a transfer in its current state. 国务院令第310号 counts "3日" without saying working days, so
 * they are natural days under the general rule on periods: the day of the event is not counted and a period
 * whose last day is a holiday ends on the next working day ({@link DeadlineRule#naturalDays}); across 国庆 three
 * days from 9月30日 end on the first working day after the holiday. The hand-over is 24 hours, counted exactly.
 * The lengths and this reading, with their sources, are the rulebook's ({@link Rulebook}, keys {@code transfer.*}).
 */
public final class TransferClocks {


    private TransferClocks() {
    }

    /** The clock running in the transfer's state at {@code now}, or empty when none runs (decided, declined…). */
    public static Optional<TransferClock> current(Transfer t, LocalDateTime now, WorkingCalendar calendar,
            Rulebook rules) {
        return switch (t.status()) {
            case PROPOSED -> Optional.of(clock(TransferClockKind.HEAD_DECISION, t.proposedAt(),
                    RuleKeys.TRANSFER_HEAD_DECISION, now, calendar, rules));
            case APPROVED -> Optional.of(clock(TransferClockKind.HANDOVER, t.headDecision().at(),
                    RuleKeys.TRANSFER_HANDOVER, now, calendar, rules));
            case HANDED_OVER -> Optional.of(clock(TransferClockKind.ACCEPTANCE, t.handover().at(),
                    RuleKeys.TRANSFER_ACCEPTANCE, now, calendar, rules));
            case ACCEPTED -> Optional.of(clock(TransferClockKind.FILING, acceptedAt(t), RuleKeys.TRANSFER_FILING, now,
                    calendar, rules));
            case NOT_ACCEPTED, NOT_FILED -> t.reconsideredRefusal() != t.status()
                    ? Optional.of(reconsiderationWindow(t, now, calendar, rules)) : Optional.empty();
            case RECONSIDERING -> Optional.of(clock(TransferClockKind.RECONSIDERATION_ANSWER,
                    t.reconsiderationRequest().at(), RuleKeys.TRANSFER_RECONSIDERATION_ANSWER, now, calendar, rules));
            default -> Optional.empty();
        };
    }

    /** Whether the agency may still ask for reconsideration of the refusal at {@code now}. */
    public static boolean reconsiderationOpen(Transfer t, LocalDateTime now, WorkingCalendar calendar, Rulebook rules) {
        return t.status().isRefusal() && !reconsiderationWindow(t, now, calendar, rules).overdue();
    }

    /** Accepted on receipt, or after all when a reconsideration reversed the refusal to accept. */
    private static LocalDateTime acceptedAt(Transfer t) {
        return t.reconsideredRefusal() == TransferStatus.NOT_ACCEPTED && t.reconsiderationAnswer() != null
                ? t.reconsiderationAnswer().at() : t.acceptance().at();
    }

    private static TransferClock reconsiderationWindow(Transfer t, LocalDateTime now, WorkingCalendar calendar,
            Rulebook rules) {
        LocalDateTime refusedAt = t.status() == TransferStatus.NOT_ACCEPTED ? t.acceptance().at() : t.filing().at();
        return clock(TransferClockKind.RECONSIDERATION_WINDOW, refusedAt, RuleKeys.TRANSFER_RECONSIDERATION_REQUEST, now,
                calendar, rules);
    }

    /** The clock of {@code kind} on the rulebook's version of {@code ruleKey} in force on its start day. */
    static TransferClock clock(TransferClockKind kind, LocalDateTime start, String ruleKey, LocalDateTime now,
            WorkingCalendar calendar, Rulebook rules) {
        Deadline deadline = Deadline.startingAt(start, rules.rule(ruleKey, start.toLocalDate()).deadlineRule());
        LocalDateTime due = deadline.due(calendar).orElseThrow();
        return new TransferClock(kind, due, deadline.remaining(now, calendar), deadline.isOverdue(now, calendar));
    }
}
