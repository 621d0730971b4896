package org.shuangda.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for clues; lists are limited by the bound unit-owned scope predicate. */
@Repository
class ClueStore {

    private static final String SELECT = """
            select l.*, u.name as unit_name, c.number as case_number
              from clue l join unit u on u.id = l.unit_id left join enforcement_case c on c.id = l.case_id
            """;
    private static final String VISIBLE =
            " (:all or l.unit_path like any(:unitPatterns) or l.region_path like any(:regionPatterns)) ";

    private final JdbcClient jdbc;
    private final ClockStore clocks;

    ClueStore(JdbcClient jdbc, ClockStore clocks) {
        this.jdbc = jdbc;
        this.clocks = clocks;
    }

    long insert(Clue c, String createdBy) {
        return jdbc.sql("""
                insert into clue (number, unit_id, unit_path, region_path, source, source_ref, filing_id, received_at,
                                  subject, subject_uscc, content, due_on, created_by)
                values (:number, :unit, :unitPath, :regionPath, :source, :sourceRef, :filing, :received, :subject,
                        :uscc, :content, :due, :by)
                returning id""").param("number", c.number()).param("unit", c.unitId()).param("unitPath", c.unitPath())
                .param("regionPath", c.regionPath()).param("source", c.source().name())
                .param("sourceRef", c.sourceRef()).param("filing", c.filingId()).param("received", c.receivedAt())
                .param("subject", c.subject()).param("uscc", c.subjectUscc()).param("content", c.content())
                .param("due", null).param("by", createdBy).query(Long.class).single();
    }

    Optional<Clue> find(long id) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id).query(this::clue).optional();
    }

    /** Serialises deliveries of one filing's referral until the transaction ends. */
    void lockFiling(long filingId) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", 7_000_000_000L + filingId).query(Object.class).list();
    }

    Optional<Long> idOfFiling(long filingId) {
        return jdbc.sql("select id from clue where filing_id = :f").param("f", filingId).query(Long.class).optional();
    }

    List<Clue> list(DataScope scope, ClueStatus status, int limit, int offset) {
        return jdbc.sql(SELECT + " where " + VISIBLE
                + " and (cast(:status as text) is null or l.status = :status)"
                + " order by l.received_at desc, l.id desc limit :limit offset :offset")
                .params(scope.unitParams()).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset).query(this::clue).list();
    }

    /** Clues under verification in scope whose clock runs out by {@code until}, soonest first. */
    List<Clue> dueBy(DataScope scope, LocalDate until) {
        return jdbc.sql(SELECT + " where " + VISIBLE + " and l.status = 'VERIFYING' and l.due_on <= :until"
                + " order by l.due_on limit 50").params(scope.unitParams()).param("until", until).query(this::clue)
                .list();
    }

    void decide(long id, ClueStatus status, String reason, LocalDate on, String by, Long caseId) {
        jdbc.sql("""
                update clue set status = :status, outcome_reason = :reason, decided_on = :on, decided_by = :by,
                       case_id = :case, due_on = null, version = version + 1 where id = :id""")
                .param("status", status.name()).param("reason", reason).param("on", on).param("by", by)
                .param("case", caseId).param("id", id).update();
    }

    /** Caches the due day of the running clock (null while stopped) for lists and to-dos. */
    void setDue(long id, LocalDate due) {
        jdbc.sql("update clue set due_on = :due, version = version + 1 where id = :id").param("due", due)
                .param("id", id).update();
    }

    private Clue clue(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        LocalDateTime received = rs.getObject("received_at", LocalDateTime.class);
        Deadline clock = clocks.deadline(ClockStore.Owner.CLUE, id, received,
                DeadlineRule.workingDays(Clue.VERIFICATION_WORKING_DAYS));
        return new Clue(id, rs.getString("number"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("region_path"), ClueSource.valueOf(rs.getString("source")),
                rs.getString("source_ref"), rs.getObject("filing_id", Long.class), received, rs.getString("subject"),
                rs.getString("subject_uscc"), rs.getString("content"), ClueStatus.valueOf(rs.getString("status")),
                clock, rs.getString("outcome_reason"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getObject("case_id", Long.class), rs.getString("case_number"),
                rs.getInt("version"));
    }
}
