package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.WorkingCalendar;

/**
 * A task's computed state on a given day: its status, the working days left before its due date (negative
 * when overdue, counted on the working-day calendar with holidays and 调休) and, for a supervised task with a
 * required period, whether its progress report is overdue (进展逾期).
 *
 * @param workingDaysLeft working days after today up to the due date; 0 on the due day; negative when overdue
 *                        (0 too when the due date passed over a weekend or holiday: overdue, no working day lost yet)
 * @param progressDueOn   when the next progress report is due (supervised tasks with a period), else null
 */
public record TaskTiming(TaskStatus status, LocalDate dueOn, long workingDaysLeft, boolean progressOverdue,
        LocalDate progressDueOn) {

    public static TaskTiming of(CampaignTask task, LocalDate today, WorkingCalendar calendar) {
        TaskStatus status = task.statusOn(today);
        boolean overdue = status == TaskStatus.OVERDUE;
        long left = overdue ? -calendar.workingDaysBetween(task.dueOn(), today)
                : calendar.workingDaysBetween(today, task.dueOn());
        LocalDate progressDue = progressDue(task, calendar).orElse(null);
        boolean progressOverdue = progressDue != null && !task.isCompleted() && today.isAfter(progressDue);
        return new TaskTiming(status, task.dueOn(), task.isCompleted() ? 0 : left, progressOverdue, progressDue);
    }

    /** The next progress report of a supervised task falls due a period after the last one (or the start). */
    private static Optional<LocalDate> progressDue(CampaignTask task, WorkingCalendar calendar) {
        if (!task.supervised() || task.progressEveryWorkingDays() == null) {
            return Optional.empty();
        }
        LocalDate since = task.lastProgressOn();
        if (since == null) {
            since = later(task.campaignStartsOn(), task.createdOn());
        }
        Deadline clock = Deadline.startingAt(since.atStartOfDay(), DeadlineRule.workingDays(task.progressEveryWorkingDays()));
        return clock.due(calendar).map(java.time.LocalDateTime::toLocalDate);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    public boolean isOverdue() {
        return status == TaskStatus.OVERDUE;
    }

    public boolean isOpen() {
        return status != TaskStatus.COMPLETED;
    }
}
