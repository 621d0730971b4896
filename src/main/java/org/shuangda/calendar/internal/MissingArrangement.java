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

    /** The first of this year and next year (relative to {@code today}) with no holiday entered, if any. */
    public static OptionalInt yearToEnter(LocalDate today, WorkingCalendar calendar) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            if (!calendar.hasHolidayArrangement(year)) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }
}
