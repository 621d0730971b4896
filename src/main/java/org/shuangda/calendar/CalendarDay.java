package org.shuangda.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date on the calendar.
 *
 * @param date the date
 * @param kind workday, weekend, holiday or make-up workday
 * @param name the holiday period it belongs to (e.g. 国庆节) for holidays and make-up workdays; else null
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
