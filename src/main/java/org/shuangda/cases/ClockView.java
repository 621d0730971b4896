package org.shuangda.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.WorkingCalendar;

/**
 * A clock as pages show it, computed at {@code now}: due day, days left (negative: overdue), whether it stands
 * still and why.
 *
 * @param due       the due day, or if paused the due day were it resumed now
 * @param remaining in the rule's unit: days after today to the due day; negative when overdue
 * @param pausedFor the open pause's reason code, null when running
 * @param provisionalYear the first year between start and due whose holidays are only provisional (its
 *        arrangement not entered yet), so the page says the due day may still move; null when none
 */
public record ClockView(LocalDate due, long remaining, boolean paused, String pausedFor, boolean overdue,
        int extensions, Integer provisionalYear) {

    public static ClockView of(Deadline clock, LocalDateTime now, WorkingCalendar calendar) {
        LocalDateTime due = clock.dueIfResumedAt(now, calendar);
        String reason = clock.openPause().map(Deadline.Pause::reason).orElse(null);
        return new ClockView(due.toLocalDate(), clock.remaining(now, calendar), clock.openPause().isPresent(), reason,
                clock.isOverdue(now, calendar), clock.extensions().size(),
                calendar.firstProvisionalYear(clock.start().toLocalDate(), due.toLocalDate()));
    }

    public boolean dueSoon() {
        return !overdue && remaining <= CaseQuery.DUE_SOON_DAYS;
    }
}
