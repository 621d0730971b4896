package org.shuangda.cases.transfer;

import org.shuangda.shared.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of 建议移送 opinions, scoped by the case's unit (agency view or prosecutor oversight). */
@Repository
class OpinionStore {

    /** Who sees an opinion: the agency by its case scope, the prosecutor by the oversight scope. */
    record Reach(DataScope view, DataScope oversee) {

        SqlPredicate predicate() {
            return SqlPredicate.anyOf(view.unitOwned("c.unit_path", "c.region_path", "agency"),
                    oversee.unitOwned("c.unit_path", "c.region_path", "oversee"));
        }
    }

    private static final String SELECT = """
            select o.*, c.number as case_number, c.title as case_title, u.name as unit_name
              from transfer_opinion o join enforcement_case c on c.id = o.case_id join pub_unit u on u.id = o.unit_id
            """;

    private final JdbcClient jdbc;

    private final Rulebook rulebook;

    OpinionStore(JdbcClient jdbc, Rulebook rulebook) {
        this.rulebook = rulebook;
        this.jdbc = jdbc;
    }

    List<TransferOpinion> list(Reach reach, Long caseId, LocalDateTime now, WorkingCalendar calendar) {
        SqlPredicate sees = reach.predicate();
        return jdbc.sql(SELECT + " where " + sees.sql() + " and (cast(:c as bigint) is null or o.case_id = :c)"
                + " order by o.issued_at desc, o.id desc limit 500").params(sees.params()).param("c", caseId)
                .query((rs, n) -> row(rs, now, calendar)).list();
    }

    Optional<TransferOpinion> find(Reach reach, long id, LocalDateTime now, WorkingCalendar calendar) {
        SqlPredicate sees = reach.predicate();
        return jdbc.sql(SELECT + " where " + sees.sql() + " and o.id = :id").params(sees.params()).param("id", id)
                .query((rs, n) -> row(rs, now, calendar)).optional();
    }

    boolean openFor(long caseId) {
        return jdbc.sql("select count(*) from transfer_opinion where case_id = :c and answered_at is null")
                .param("c", caseId).query(Long.class).single() > 0;
    }

    long insert(long caseId, long unitId, long issuerUnitId, String opinion, LocalDateTime at, String by) {
        return jdbc.sql("""
                insert into transfer_opinion (case_id, unit_id, issued_by_unit_id, opinion, issued_at, issued_by)
                values (:c, :u, :i, :o, :at, :by) returning id""").param("c", caseId).param("u", unitId)
                .param("i", issuerUnitId).param("o", opinion).param("at", Instants.instant(at)).param("by", by)
                .query(Long.class).single();
    }

    /** Writes the answer if the opinion is still at {@code expectedVersion}; false when it is not. */
    boolean update(TransferOpinion o, int expectedVersion) {
        return jdbc.sql("""
                update transfer_opinion set answer = :a, answered_at = :at, answered_by = :by, version = version + 1
                 where id = :id and version = :version""").param("a", o.answer()).param("at", Instants.instant(o.answeredAt()))
                .param("by", o.answeredBy()).param("id", o.id()).param("version", expectedVersion).update() == 1;
    }

    private TransferOpinion row(ResultSet rs, LocalDateTime now, WorkingCalendar calendar) throws SQLException {
        LocalDateTime issued = Instants.wallTime(rs, "issued_at");
        LocalDateTime answered = Instants.wallTime(rs, "answered_at");
        return new TransferOpinion(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("case_title"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("opinion"),
                issued, rs.getString("issued_by"), rs.getString("answer"), answered, rs.getString("answered_by"),
                answered == null ? Oversight.answerClock(issued, now, calendar, rulebook) : null, rs.getInt("version"));
    }
}
