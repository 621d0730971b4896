package org.shuangda.cases.transfer;

import java.time.LocalDateTime;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.WorkingCalendar;

/**
 * The clock of a transfer in its current state. 国务院令第310号 counts "3日" without saying working days, so
 * they are natural days under the general rule on periods: the day of the event is not counted and a period
 * whose last day is a holiday ends on the next working day ({@link DeadlineRule#naturalDays}); across 国庆 three
 * days from 9月30日 end on the first working day after the holiday. The hand-over is 24 hours, counted exactly.
 */
public final class TransferClocks {

    static final DeadlineRule THREE_DAYS = DeadlineRule.naturalDays(3);
    static final DeadlineRule TWENTY_FOUR_HOURS = DeadlineRule.hours(24);

    private TransferClocks() {
    }

    /** The clock running in the transfer's state at {@code now}, or empty when none runs (decided, declined…). */
    public static Optional<TransferClock> current(Transfer t, LocalDateTime now, WorkingCalendar calendar) {
        return switch (t.status()) {
            case PROPOSED -> Optional.of(clock(TransferClockKind.HEAD_DECISION, t.proposedAt(), THREE_DAYS, now, calendar));
            case APPROVED -> Optional.of(clock(TransferClockKind.HANDOVER, t.headDecision().at(), TWENTY_FOUR_HOURS, now,
                    calendar));
            case HANDED_OVER -> Optional.of(clock(TransferClockKind.ACCEPTANCE, t.handover().at(), THREE_DAYS, now,
                    calendar));
            case ACCEPTED -> Optional.of(clock(TransferClockKind.FILING, acceptedAt(t), THREE_DAYS, now, calendar));
            case NOT_ACCEPTED, NOT_FILED -> t.reconsideredRefusal() != t.status()
                    ? Optional.of(reconsiderationWindow(t, now, calendar)) : Optional.empty();
            case RECONSIDERING -> Optional.of(clock(TransferClockKind.RECONSIDERATION_ANSWER,
                    t.reconsiderationRequest().at(), THREE_DAYS, now, calendar));
            default -> Optional.empty();
        };
    }

    /** Whether the agency may still ask for reconsideration of the refusal at {@code now}. */
    public static boolean reconsiderationOpen(Transfer t, LocalDateTime now, WorkingCalendar calendar) {
        return t.status().isRefusal() && !reconsiderationWindow(t, now, calendar).overdue();
    }

    /** Accepted on receipt, or after all when a reconsideration reversed the refusal to accept. */
    private static LocalDateTime acceptedAt(Transfer t) {
        return t.reconsideredRefusal() == TransferStatus.NOT_ACCEPTED && t.reconsiderationAnswer() != null
                ? t.reconsiderationAnswer().at() : t.acceptance().at();
    }

    private static TransferClock reconsiderationWindow(Transfer t, LocalDateTime now, WorkingCalendar calendar) {
        LocalDateTime refusedAt = t.status() == TransferStatus.NOT_ACCEPTED ? t.acceptance().at() : t.filing().at();
        return clock(TransferClockKind.RECONSIDERATION_WINDOW, refusedAt, THREE_DAYS, now, calendar);
    }

    static TransferClock clock(TransferClockKind kind, LocalDateTime start, DeadlineRule rule, LocalDateTime now,
            WorkingCalendar calendar) {
        Deadline deadline = Deadline.startingAt(start, rule);
        LocalDateTime due = deadline.due(calendar).orElseThrow();
        return new TransferClock(kind, due, deadline.remaining(now, calendar), deadline.isOverdue(now, calendar));
    }
}
