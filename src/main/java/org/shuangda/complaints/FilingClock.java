package org.shuangda.complaints;

import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;

/**
 * One clock of a filing, computed: when it is due, whether it still runs, whether it ran out.
 *
 * @param stoppedAt when the step it times was done, null while it runs
 * @param remaining working days left (0 on the due day, negative when overdue); meaningful while running
 */
public record FilingClock(ClockKind kind, LocalDateTime start, LocalDateTime due, LocalDateTime stoppedAt,
        boolean overdue, long remaining) {

    /**
     * The clock of {@code kind} started at {@code start}, on the rulebook's version in force on its start day,
     * with the rule's extension when {@code extended}, at {@code now}.
     */
    static FilingClock of(ClockKind kind, LocalDateTime start, boolean extended, LocalDateTime stoppedAt,
            LocalDateTime now, WorkingCalendar calendar, Rulebook rulebook) {
        StatutoryRule rule = rulebook.rule(kind.ruleKey(), start.toLocalDate());
        Deadline deadline = Deadline.startingAt(start, rule.deadlineRule());
        if (extended && rule.extension() > 0) {
            deadline = deadline.extend(rule.extension(), "approved");
        }
        LocalDateTime due = deadline.due(calendar).orElseThrow();
        LocalDateTime reference = stoppedAt != null ? stoppedAt : now;
        long remaining = stoppedAt != null ? 0 : deadline.remaining(now, calendar);
        return new FilingClock(kind, start, due, stoppedAt, reference.isAfter(due), remaining);
    }

    public boolean running() {
        return stoppedAt == null;
    }

    /** Done in time (only for stopped clocks). */
    public boolean metInTime() {
        return stoppedAt != null && !stoppedAt.isAfter(due);
    }
}
