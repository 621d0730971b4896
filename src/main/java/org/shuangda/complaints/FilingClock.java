package org.shuangda.complaints;

import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;

/**
 * One clock of a filing, computed: when it is due, whether it still runs, whether it ran out.
 *
 * @param due       when it runs out; while it stands still (paused), when it would if it ran again now
 * @param stoppedAt when the step it times was done, null while it runs
 * @param remaining working days left (0 on the due day, negative when overdue); meaningful while running
 * @param paused    it stands still now (a tip's verification for testing, appraisal…)
 */
public record FilingClock(ClockKind kind, LocalDateTime start, LocalDateTime due, LocalDateTime stoppedAt,
        boolean overdue, long remaining, boolean paused) {

    /**
     * The clock of {@code kind} started at {@code start}, on the rulebook's version in force on its start day in
     * the region at {@code regionPath} (a province's own version where it keeps one), with the rule's extension
     * when {@code extended} and the pauses given, at {@code now}.
     */
    static FilingClock of(ClockKind kind, LocalDateTime start, boolean extended, List<Deadline.Pause> pauses,
            LocalDateTime stoppedAt, LocalDateTime now, WorkingCalendar calendar, Rulebook rulebook,
            String regionPath) {
        StatutoryRule rule = rulebook.rule(kind.ruleKey(), start.toLocalDate(), regionPath);
        Deadline deadline = Deadline.startingAt(start, rule.deadlineRule());
        for (Deadline.Pause p : pauses) {
            deadline = deadline.withPause(p.from(), p.reason());
            if (!p.isOpen()) {
                deadline = deadline.resume(p.to());
            }
        }
        if (extended && rule.extension() > 0) {
            deadline = deadline.extend(rule.extension(), "approved");
        }
        LocalDateTime reference = stoppedAt != null ? stoppedAt : now;
        boolean paused = stoppedAt == null && deadline.openPause().isPresent();
        LocalDateTime due = deadline.dueIfResumedAt(reference, calendar);
        long remaining = stoppedAt != null ? 0 : deadline.remaining(now, calendar);
        return new FilingClock(kind, start, due, stoppedAt, !paused && reference.isAfter(due), remaining, paused);
    }

    public boolean running() {
        return stoppedAt == null;
    }

    /** Done in time (only for stopped clocks). */
    public boolean metInTime() {
        return stoppedAt != null && !stoppedAt.isAfter(due);
    }
}
