package org.shuangda.calendar;

import java.util.Objects;

/**
 * How long a clock runs, e.g. 15 working days, 90 days or 24 hours.
 *
 * @param unit   working days, natural days (rolling forward), calendar days, hours, months or years
 * @param amount at least 1
 */
public record DeadlineRule(ClockUnit unit, int amount) {

    public DeadlineRule {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("A deadline rule needs an amount of at least 1, not " + amount);
        }
    }

    public static DeadlineRule workingDays(int amount) {
        return new DeadlineRule(ClockUnit.WORKING_DAYS, amount);
    }

    public static DeadlineRule naturalDays(int amount) {
        return new DeadlineRule(ClockUnit.NATURAL_DAYS, amount);
    }

    public static DeadlineRule calendarDays(int amount) {
        return new DeadlineRule(ClockUnit.CALENDAR_DAYS, amount);
    }

    public static DeadlineRule months(int amount) {
        return new DeadlineRule(ClockUnit.MONTHS, amount);
    }

    public static DeadlineRule years(int amount) {
        return new DeadlineRule(ClockUnit.YEARS, amount);
    }

    public static DeadlineRule hours(int amount) {
        return new DeadlineRule(ClockUnit.HOURS, amount);
    }
}
