package org.shuangda.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.shared.InvalidInput;

/**
 * The dates a person may give for anything the platform counts on the {@link WorkingCalendar}: due dates,
 * reporting periods, registration days, campaign periods. From 1 January 1949 to 31 December 2100; anything
 * else is a typing error, refused where it enters as invalid input naming the field ({@code error.dateRange},
 * 422) rather than carried into a calculation or a stored row. Validators call {@link #check}.
 */
public final class PlausibleDates {

    public static final LocalDate FIRST = LocalDate.of(1949, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** Adds {@code error.dateRange} on {@code field} unless {@code date} is null or within the range. */
    public static void check(InvalidInput.Collector problems, String field, LocalDate date) {
        if (date != null && !contains(date)) {
            problems.add(field, "error.dateRange", FIRST.toString(), LAST.toString());
        }
    }

    /** The same for a moment: its date must lie within the range. */
    public static void check(InvalidInput.Collector problems, String field, LocalDateTime moment) {
        check(problems, field, moment == null ? null : moment.toLocalDate());
    }
}
