package org.shuangda.cases;

import org.shuangda.shared.Instants;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Deadline.Extension;
import org.shuangda.calendar.Deadline.Pause;
import org.shuangda.calendar.Rulebook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pauses and extensions of clue and case clocks, read into {@link Deadline} values and written from a
 * {@link LegalClock}'s changes, for {@link CaseStore} and {@link ClueStore}. {@code owner} is {@code clue_id}
 * or {@code case_id}; it is one of two constants, never user input.
 */
@Repository
class ClockStore {

    enum Owner {
        CLUE("clue_id", "VERIFICATION", "clue"),
        CASE("case_id", "DECISION", "enforcement_case");

        final String column;
        final String clock;
        /** The owner's own table, whose unit gives the region of the rule (a province may keep its own). */
        final String table;

        Owner(String column, String clock, String table) {
            this.column = column;
            this.clock = clock;
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    private final Rulebook rulebook;

    ClockStore(JdbcClient jdbc, Rulebook rulebook) {
        this.jdbc = jdbc;
        this.rulebook = rulebook;
    }

    LegalClock load(Owner owner, long id, LocalDateTime start, String ruleKey) {
        return new LegalClock(deadlines(owner, Map.of(id, start), ruleKey).get(id));
    }

    /** The clocks of several owners at once ({@code starts}: owner id → start), with two queries. */
    Map<Long, Deadline> deadlines(Owner owner, Map<Long, LocalDateTime> starts, String ruleKey) {
        Long[] ids = starts.keySet().toArray(Long[]::new);
        Map<Long, List<Pause>> pauses = new HashMap<>();
        jdbc.sql("select " + owner.column + ", from_at, to_at, reason from case_clock_pause where " + owner.column
                + " = any(:ids) order by from_at, id").param("ids", ids)
                .query(rs -> {
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Pause(
                            Instants.wallTime(rs, 2), Instants.wallTime(rs, 3), rs.getString(4)));
                });
        Map<Long, List<Extension>> extensions = new HashMap<>();
        jdbc.sql("select " + owner.column + ", amount, approval from case_clock_extension where " + owner.column
                + " = any(:ids) order by id").param("ids", ids)
                .query(rs -> {
                    extensions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Extension(rs.getInt(2), rs.getString(3)));
                });
        Map<Long, String> regions = new HashMap<>();
        jdbc.sql("select o.id, u.region_path from " + owner.table + " o join pub_unit u on u.id = o.unit_id "
                + "where o.id = any(:ids)").param("ids", ids)
                .query(rs -> {
                    regions.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, Deadline> clocks = new HashMap<>();
        // each clock counts the rulebook's version in force on its own start day (a later change never moves it),
        // in its unit's region (a province's own version where it keeps one)
        starts.forEach((id, start) -> clocks.put(id, new Deadline(start,
                rulebook.rule(ruleKey, start.toLocalDate(), regions.get(id)).deadlineRule(),
                pauses.getOrDefault(id, List.of()), extensions.getOrDefault(id, List.of()))));
        return clocks;
    }

    /** Writes the pauses, resumptions and extensions made on {@code clock} since it was loaded. */
    void save(Owner owner, long id, LegalClock clock) {
        for (LegalClock.Change change : clock.changes()) {
            if (change instanceof LegalClock.Paused p) {
                jdbc.sql("insert into case_clock_pause (" + owner.column + ", clock, reason, note, from_at) "
                        + "values (:id, :clock, :reason, :note, :at)").param("id", id).param("clock", owner.clock)
                        .param("reason", p.reason().name()).param("note", p.note()).param("at", Instants.instant(p.at())).update();
            } else if (change instanceof LegalClock.Resumed r) {
                jdbc.sql("update case_clock_pause set to_at = :at where " + owner.column + " = :id and to_at is null")
                        .param("id", id).param("at", Instants.instant(r.at())).update();
            } else if (change instanceof LegalClock.Extended e) {
                jdbc.sql("insert into case_clock_extension (" + owner.column + ", clock, amount, approval, approved_by) "
                        + "values (:id, :clock, :amount, :approval, :by)").param("id", id).param("clock", owner.clock)
                        .param("amount", e.amount()).param("approval", e.approval()).param("by", e.approvedBy())
                        .update();
            }
        }
    }
}
