package org.shuangda.campaigns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The few words a task's timing is told in: "还剩2个工作日", "今天截止", "逾期3个工作日", "1月7日". */
public final class TaskTexts {

    private TaskTexts() {
    }

    public static String timing(TaskTiming timing, MessageSource messages, Locale locale) {
        if (timing.status() == TaskStatus.COMPLETED) {
            return messages.getMessage("task.status.COMPLETED", null, locale);
        }
        long left = timing.workingDaysLeft();
        if (timing.isOverdue()) {
            return left == 0 ? messages.getMessage("task.timing.pastDue", null, locale)
                    : messages.getMessage("task.timing.overdue", new Object[] {-left}, locale);
        }
        return left == 0 ? messages.getMessage("task.timing.dueToday", null, locale)
                : messages.getMessage("task.timing.left", new Object[] {left}, locale);
    }

    /** "1月7日" in the current year, "2011年1月7日" otherwise. */
    public static String date(LocalDate date, LocalDate today, MessageSource messages, Locale locale) {
        String pattern = messages.getMessage(date.getYear() == today.getYear() ? "task.date.short" : "task.date.long",
                null, locale);
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
