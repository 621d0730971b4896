package org.shuangda.calendar;

import java.time.LocalDate;

/**
 * The working-day arithmetic as it was before issue 11: walking the days one by one over
 * {@link WorkingCalendar#isWorkingDay}. Kept only as the reference the week-jumping {@link CalendarRules} is
 * compared with ({@code CalendarRulesPropertyTest}, {@code bench/WorkingDayBench}); never use it in main code.
 */
public final class DayByDayReference {

    private final WorkingCalendar calendar;

    public DayByDayReference(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate result = day;
        while (!calendar.isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }
}
