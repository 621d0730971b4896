package org.shuangda.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code calendar_day} table: holidays and make-up workdays, a few hundred rows. */
@Repository
class SpecialDayStore {

    private final JdbcClient jdbc;

    SpecialDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves with every change of calendar_day (trigger of V53). */
    long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    List<CalendarDay> all() {
        return jdbc.sql("select day, kind, name from calendar_day order by day")
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    Optional<StoredSpecialDay> find(LocalDate date) {
        return jdbc.sql("select day, kind, name, updated_by from calendar_day where day = :day")
                .param("day", date)
                .query((rs, n) -> new StoredSpecialDay(new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")), rs.getString("updated_by")))
                .optional();
    }

    List<StoredSpecialDay> ofYear(int year) {
        return jdbc.sql("""
                select day, kind, name, updated_by from calendar_day
                 where day >= :first and day < :next order by day""")
                .param("first", LocalDate.of(year, 1, 1)).param("next", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new StoredSpecialDay(new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")), rs.getString("updated_by")))
                .list();
    }

    /** Inserts unless the date exists (then false): no failed statement, so the transaction stays usable. */
    boolean insert(CalendarDay day, String username) {
        return jdbc.sql("""
                insert into calendar_day (day, kind, name, updated_by, updated_at)
                values (:day, :kind, :name, :by, now()) on conflict (day) do nothing""")
                .param("day", day.date()).param("kind", day.kind().name()).param("name", day.name())
                .param("by", username).update() == 1;
    }

    boolean update(CalendarDay day, String username) {
        return jdbc.sql("""
                update calendar_day set kind = :kind, name = :name, updated_by = :by, updated_at = now()
                 where day = :day""")
                .param("day", day.date()).param("kind", day.kind().name()).param("name", day.name())
                .param("by", username).update() == 1;
    }

    boolean delete(LocalDate date) {
        return jdbc.sql("delete from calendar_day where day = :day").param("day", date).update() == 1;
    }
}
