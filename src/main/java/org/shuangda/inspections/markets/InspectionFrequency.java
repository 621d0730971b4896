package org.shuangda.inspections.markets;

import java.time.LocalDate;
import java.time.Period;

/** How often a key market must be inspected (messages {@code markets.frequency.NAME}). */
public enum InspectionFrequency {
    WEEKLY(Period.ofWeeks(1)), MONTHLY(Period.ofMonths(1)), QUARTERLY(Period.ofMonths(3)),
    HALF_YEARLY(Period.ofMonths(6)), YEARLY(Period.ofYears(1));

    private final Period interval;

    InspectionFrequency(Period interval) {
        this.interval = interval;
    }

    /** The day the next inspection is due after one that ended on {@code last}. */
    public LocalDate nextAfter(LocalDate last) {
        return last.plus(interval);
    }
}
