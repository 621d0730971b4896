package org.shuangda.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Instants in SQL: every point in time is a {@code timestamptz} column (V147 converted the last
 * {@code timestamp without time zone} ones), read as an instant and handed to the domain as the wall time of the
 * platform's zone, Asia/Shanghai, the zone of the {@code Clock} bean that the legal clocks count in
 * ({@code calendar.Deadline}, {@code LocalDateTime.now(clock)}); a wall time is written back as the instant it
 * names in that zone. Neither the JVM's zone nor the database session's decides what a stored time means.
 */
public final class Instants {

    /** The platform's zone (the same as {@code calendar.WorkingCalendar.ZONE}). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Instants() {
    }

    /** The {@code timestamptz} column as the wall time in {@link #ZONE}, or null. */
    public static LocalDateTime wallTime(ResultSet rs, String column) throws SQLException {
        return wallTime(rs.getObject(column, OffsetDateTime.class));
    }

    /** The {@code timestamptz} column at {@code index} as the wall time in {@link #ZONE}, or null. */
    public static LocalDateTime wallTime(ResultSet rs, int index) throws SQLException {
        return wallTime(rs.getObject(index, OffsetDateTime.class));
    }

    public static LocalDateTime wallTime(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    /** The instant a wall time in {@link #ZONE} names, as a parameter for a {@code timestamptz} column; null stays null. */
    public static OffsetDateTime instant(LocalDateTime wallTime) {
        return wallTime == null ? null : wallTime.atZone(ZONE).toOffsetDateTime();
    }
}
