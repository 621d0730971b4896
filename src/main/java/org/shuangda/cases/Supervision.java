package org.shuangda.cases;

import java.time.LocalDate;
import org.shuangda.calendar.WorkingCalendar;

/**
 * 督办: the leading-group office follows the case and wants a progress report every {@code everyWorkingDays}.
 *
 * @param since          the day it was marked
 * @param lastReportOn   the day of the latest progress report, null if none yet
 */
public record Supervision(int everyWorkingDays, String note, LocalDate since, LocalDate lastReportOn) {

    /** The day the next report is due: {@code everyWorkingDays} after the latest report (or the marking). */
    public LocalDate nextReportDue(WorkingCalendar calendar) {
        return calendar.addWorkingDays(lastReportOn != null ? lastReportOn : since, everyWorkingDays);
    }

    /** Whether the next report was due before {@code today}. */
    boolean reportLate(LocalDate today, WorkingCalendar calendar) {
        return nextReportDue(calendar).isBefore(today);
    }

    Supervision reportedOn(LocalDate day) {
        return new Supervision(everyWorkingDays, note, since, day);
    }
}
