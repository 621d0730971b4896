package org.shuangda.cases;

import org.shuangda.shared.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of {@link Clue}, with its clock and the due day cached for the to-dos; lists are limited by the
 * bound unit-owned scope predicate. Unit names come from {@code pub_unit}.
 */
@Repository
class ClueStore {

    private static final String SELECT = """
            select l.*, u.name as unit_name, c.number as case_number
              from clue l join pub_unit u on u.id = l.unit_id left join enforcement_case c on c.id = l.case_id
            """;

    private final JdbcClient jdbc;
    private final ClockStore clocks;
    private final WorkingCalendar calendar;

    ClueStore(JdbcClient jdbc, ClockStore clocks, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.calendar = calendar;
    }

    long insert(Clue c, String createdBy) {
        Clue.Received r = c.received();
        return jdbc.sql("""
                insert into clue (number, unit_id, unit_path, region_path, source, source_ref, filing_id, received_at,
                                  subject, subject_uscc, content, due_on, created_by)
                values (:number, :unit, :unitPath, :regionPath, :source, :sourceRef, :filing, :received, :subject,
                        :uscc, :content, :due, :by)
                returning id""").param("number", c.number()).param("unit", c.unit().id())
                .param("unitPath", c.unit().path()).param("regionPath", c.unit().regionPath())
                .param("source", r.source().name()).param("sourceRef", r.sourceRef()).param("filing", r.filingId())
                .param("received", Instants.instant(r.at())).param("subject", r.subject()).param("uscc", r.subjectUscc())
                .param("content", r.content()).param("due", c.dueOn(calendar)).param("by", createdBy)
                .query(Long.class).single();
    }

    /** Writes the clue's outcome and clock if nobody changed it since {@code expectedVersion}. */
    boolean update(Clue c, int expectedVersion) {
        boolean written = jdbc.sql("""
                update clue set status = :status, outcome_reason = :reason, decided_on = :on, decided_by = :by,
                       case_id = :case, due_on = :due, version = version + 1
                 where id = :id and version = :version""")
                .param("status", c.status().name()).param("reason", c.outcomeReason()).param("on", c.decidedOn())
                .param("by", c.decidedBy()).param("case", c.caseId()).param("due", c.dueOn(calendar))
                .param("id", c.id()).param("version", expectedVersion).update() == 1;
        if (written) {
            clocks.save(ClockStore.Owner.CLUE, c.id(), c.clock());
        }
        return written;
    }

    /** Rewrites only the cached due day, after the calendar changed under an unchanged clock. */
    void cacheDue(long id, LocalDate due) {
        jdbc.sql("update clue set due_on = :due where id = :id").param("due", due).param("id", id).update();
    }

    /** Clues whose running verification clock spans {@code date}, by id after {@code afterId}. */
    List<CachedDueDates.Cached> runningOver(LocalDate date, long afterId, int limit) {
        return jdbc.sql("""
                select id, received_at, due_on from clue
                 where status = 'VERIFYING' and due_on >= :date and received_at < :dayAfter and id > :after
                 order by id limit :limit""").param("date", date).param("dayAfter", Instants.instant(date.plusDays(1).atStartOfDay()))
                .param("after", afterId).param("limit", limit).query(CachedDueDates::cached).list();
    }

    Optional<Clue> find(long id) {
        return jdbc.sql("select * from clue where id = :id").param("id", id).query(this::clue).optional();
    }

    Optional<ClueView> view(long id) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id).query(this::viewRow).optional();
    }

    /** Serialises deliveries of one filing's referral until the transaction ends. */
    void lockFiling(long filingId) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", 7_000_000_000L + filingId).query(Object.class).list();
    }

    void lockSourceRef(String sourceRef) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:r))").param("r", sourceRef).query(Object.class).list();
    }

    Optional<Long> idOfSourceRef(ClueSource source, String sourceRef) {
        return jdbc.sql("select id from clue where source = :s and source_ref = :r order by id limit 1")
                .param("s", source.name()).param("r", sourceRef).query(Long.class).optional();
    }

    Optional<Long> idOfFiling(long filingId) {
        return jdbc.sql("select id from clue where filing_id = :f").param("f", filingId).query(Long.class).optional();
    }

    List<ClueView> list(DataScope scope, ClueStatus status, int limit, int offset) {
        return list(scope, status, Clues.COLUMNS.fallback(), limit, offset);
    }

    List<ClueView> list(DataScope scope, ClueStatus status, ListSort sort, int limit, int offset) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql(SELECT + " where " + visible.sql()
                + " and (cast(:status as text) is null or l.status = :status)"
                + Clues.COLUMNS.orderBy(sort) + " limit :limit offset :offset")
                .params(visible.params()).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset).query(this::viewRow).list();
    }

    /** Clues under verification in scope: how many, and how many past their (cached) due day. */
    long[] verifyingCounts(DataScope scope, LocalDate today) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql("select count(*), count(*) filter (where l.due_on < :today) from clue l where "
                + visible.sql() + " and l.status = 'VERIFYING'").params(visible.params()).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Clues under verification in scope whose clock runs out by {@code until}, soonest first. */
    List<ClueView> dueBy(DataScope scope, LocalDate until) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql(SELECT + " where " + visible.sql() + " and l.status = 'VERIFYING' and l.due_on <= :until"
                + " order by l.due_on limit 50").params(visible.params()).param("until", until).query(this::viewRow)
                .list();
    }

    private static SqlPredicate visible(DataScope scope) {
        return scope.unitOwned("l.unit_path", "l.region_path");
    }

    private ClueView viewRow(ResultSet rs, int row) throws SQLException {
        return ClueView.of(clue(rs, row), rs.getString("unit_name"), rs.getString("case_number"));
    }

    private Clue clue(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        LocalDateTime received = Instants.wallTime(rs, "received_at");
        return new Clue(id, rs.getString("number"), new OwningUnit(rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("region_path")), new Clue.Received(ClueSource.valueOf(rs.getString("source")),
                        rs.getString("source_ref"), rs.getObject("filing_id", Long.class), received,
                        rs.getString("subject"), rs.getString("subject_uscc"), rs.getString("content")),
                ClueStatus.valueOf(rs.getString("status")), clocks.load(ClockStore.Owner.CLUE, id, received, RuleKeys.CLUE_VERIFICATION),
                rs.getString("outcome_reason"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getObject("case_id", Long.class), rs.getInt("version"));
    }

    /** A clue whose verification clock ends soon (for the daily notices). */
    record DueClue(long id, String number, String subject, long unitId, java.time.LocalDate due) {
    }

    /** Clues under verification whose clock (the cached due day) ends from {@code from} to {@code to}. */
    java.util.List<DueClue> verificationDueBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                select l.id, l.number, l.subject, l.unit_id, l.due_on from clue l
                 where l.status = 'VERIFYING' and l.due_on between :from and :to
                 order by l.due_on, l.id""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new DueClue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }
}
