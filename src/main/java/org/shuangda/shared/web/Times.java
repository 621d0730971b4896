package org.shuangda.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock face of the platform: every time a person reads (pages, documents' date lines, exports) goes through
 * here, in the configured zone ({@code shuangda.time-zone}, default Asia/Shanghai) and one format: dates
 * {@code yyyy-MM-dd}, times {@code yyyy-MM-dd HH:mm} (audit lists {@code yyyy-MM-dd HH:mm:ss}).
 * <p>
 * In templates: {@code ${@times.dateTime(x)}}, {@code ${@times.date(x)}}, {@code ${@times.seconds(x)}}; never
 * {@code #temporals.format} ({@code TimesFormattingTest} fails on one).
 * <p>
 * What each kind of value means:
 * <ul>
 * <li>{@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Date}: an instant, shown in the zone
 * (PostgreSQL's driver reads a {@code timestamptz} as an {@code OffsetDateTime} at UTC, the JVM's zone is whatever
 * the host has: neither may decide the time shown).</li>
 * <li>{@link LocalDateTime}: by the platform's convention already the wall time in the zone (the {@code Clock} bean
 * runs in it; stores hand {@code timestamptz} columns to the domain as it through {@code shared.Instants}), shown as
 * is.</li>
 * <li>{@link LocalDate}: a day.</li>
 * </ul>
 * {@code null} is shown as the empty string.
 */
@Component("times")
public class Times {

    public static final String DATE = "yyyy-MM-dd";
    public static final String DATE_TIME = "yyyy-MM-dd HH:mm";
    public static final String DATE_TIME_SECONDS = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern(DATE);
    private static final DateTimeFormatter DATE_TIME_FORMAT = DateTimeFormatter.ofPattern(DATE_TIME);
    private static final DateTimeFormatter SECONDS_FORMAT = DateTimeFormatter.ofPattern(DATE_TIME_SECONDS);

    private final ZoneId zone;

    public Times(@Value("${shuangda.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** For unit tests and code outside Spring: the default zone, Asia/Shanghai. */
    public static Times shanghai() {
        return new Times("Asia/Shanghai");
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code yyyy-MM-dd HH:mm} in the zone. */
    public String dateTime(Object value) {
        return format(value, DATE_TIME_FORMAT, false);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in the zone (audit and identity-opening lists, where seconds are evidence). */
    public String seconds(Object value) {
        return format(value, SECONDS_FORMAT, false);
    }

    /** {@code yyyy-MM-dd}: the day in the zone. */
    public String date(Object value) {
        return format(value, DATE_FORMAT, true);
    }

    /** Today in the zone, {@code yyyy-MM-dd} (a form's default date). */
    public String today() {
        return DATE_FORMAT.format(java.time.LocalDate.now(zone));
    }

    /** The value as a wall time in the zone (null for null or a bare date). */
    public LocalDateTime local(Object value) {
        TemporalAccessor t = inZone(value);
        if (t instanceof ZonedDateTime z) {
            return z.toLocalDateTime();
        }
        return t instanceof LocalDateTime l ? l : null;
    }

    private String format(Object value, DateTimeFormatter format, boolean dateOnly) {
        if (value == null) {
            return "";
        }
        TemporalAccessor t = inZone(value);
        if (t instanceof LocalDate day && !dateOnly) {
            return DATE_FORMAT.format(day);
        }
        return format.format(t);
    }

    private TemporalAccessor inZone(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone);
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("not a time: " + value.getClass().getName());
    }
}
