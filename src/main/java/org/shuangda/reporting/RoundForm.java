package org.shuangda.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;

/**
 * A new round. {@code onTimeUntil} defaults to the end of the due day, {@code locksAfter} to the due day.
 */
public record RoundForm(Long campaignId, Long templateId, String regionCode, String name, LocalDate periodFrom,
        LocalDate periodTo, LocalDate dueOn, LocalDateTime onTimeUntil, LocalDate locksAfter) {

    /** The lock date asked for, else the due date. */
    public LocalDate locksAfterOrDue() {
        return locksAfter != null ? locksAfter : dueOn;
    }

    /** The on-time cut-off asked for, else the end of the due day. */
    public LocalDateTime onTimeOrEndOfDue() {
        return onTimeUntil != null ? onTimeUntil : dueOn.atTime(Deadline.END_OF_DAY);
    }
}
