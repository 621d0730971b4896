package org.shuangda.cases;

import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Deadline.Extension;
import org.shuangda.calendar.Deadline.Pause;
import org.shuangda.calendar.DeadlineRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pauses and extensions of clue and case clocks, and the {@link Deadline} values built from them.
 * {@code owner} is {@code clue_id} or {@code case_id}; it is one of two constants, never user input.
 */
@Repository
class ClockStore {

    enum Owner {
        CLUE("clue_id", "VERIFICATION"),
        CASE("case_id", "DECISION");

        final String column;
        final String clock;

        Owner(String column, String clock) {
            this.column = column;
            this.clock = clock;
        }
    }

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Deadline deadline(Owner owner, long id, LocalDateTime start, DeadlineRule rule) {
        List<Pause> pauses = jdbc.sql("select from_at, to_at, reason from case_clock_pause where " + owner.column
                + " = :id order by from_at, id").param("id", id)
                .query((rs, n) -> new Pause(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class),
                        rs.getString(3)))
                .list();
        List<Extension> extensions = jdbc.sql("select amount, approval from case_clock_extension where "
                + owner.column + " = :id order by id").param("id", id)
                .query((rs, n) -> new Extension(rs.getInt(1), rs.getString(2))).list();
        return new Deadline(start, rule, pauses, extensions);
    }

    void pause(Owner owner, long id, PauseReason reason, String note, LocalDateTime at) {
        jdbc.sql("insert into case_clock_pause (" + owner.column + ", clock, reason, note, from_at) "
                + "values (:id, :clock, :reason, :note, :at)").param("id", id).param("clock", owner.clock)
                .param("reason", reason.name()).param("note", note).param("at", at).update();
    }

    void resume(Owner owner, long id, LocalDateTime at) {
        jdbc.sql("update case_clock_pause set to_at = greatest(:at, from_at) where " + owner.column
                + " = :id and to_at is null").param("id", id).param("at", at).update();
    }

    void extend(Owner owner, long id, int amount, String approval, String approvedBy) {
        jdbc.sql("insert into case_clock_extension (" + owner.column + ", clock, amount, approval, approved_by) "
                + "values (:id, :clock, :amount, :approval, :by)").param("id", id).param("clock", owner.clock)
                .param("amount", amount).param("approval", approval).param("by", approvedBy).update();
    }
}
