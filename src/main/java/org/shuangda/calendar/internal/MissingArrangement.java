package org.shuangda.calendar.internal;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.shuangda.calendar.WorkingCalendar;

/**
 * The State Council publishes next year's holiday arrangement each November; until an administrator enters
 * it, every clock running into next year counts weekends only. This names the year that still needs entering.
 */
public final class MissingArrangement {

    private MissingArrangement() {
    }

    /** From this day of the year on, next year's missing arrangement is asked for (the notice comes in November). */
    public static final java.time.MonthDay ASK_FOR_NEXT_YEAR_FROM = java.time.MonthDay.of(11, 1);

    /**
     * This year if it has no holiday entered; else, from {@link #ASK_FOR_NEXT_YEAR_FROM 1 November}, next year
     * if it has none (its days are only provisional until then); else empty.
     */
    public static OptionalInt yearToEnter(LocalDate today, WorkingCalendar calendar) {
        if (!calendar.hasHolidayArrangement(today.getYear())) {
            return OptionalInt.of(today.getYear());
        }
        if (!java.time.MonthDay.from(today).isBefore(ASK_FOR_NEXT_YEAR_FROM)
                && !calendar.hasHolidayArrangement(today.getYear() + 1)) {
            return OptionalInt.of(today.getYear() + 1);
        }
        return OptionalInt.empty();
    }
}
