package org.shuangda.cases.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for 建议移送 opinions, scoped by the case's unit (agency view or prosecutor oversight). */
@Repository
class OpinionStore {

    record Reach(DataScope view, DataScope oversee) {
    }

    private static final String SELECT = """
            select o.*, c.number as case_number, c.title as case_title, u.name as unit_name
              from transfer_opinion o join enforcement_case c on c.id = o.case_id join unit u on u.id = o.unit_id
             where ((:vAll or c.unit_path like any(:vUnits) or c.region_path like any(:vRegions))
                 or (:oAll or c.unit_path like any(:oUnits) or c.region_path like any(:oRegions)))
            """;

    private final JdbcClient jdbc;

    OpinionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TransferOpinion> list(Reach reach, Long caseId, LocalDateTime now, WorkingCalendar calendar) {
        return bind(jdbc.sql(SELECT + " and (cast(:c as bigint) is null or o.case_id = :c) order by o.issued_at desc, o.id desc"
                + " limit 500"), reach).param("c", caseId).query((rs, n) -> row(rs, now, calendar)).list();
    }

    Optional<TransferOpinion> find(Reach reach, long id, LocalDateTime now, WorkingCalendar calendar) {
        return bind(jdbc.sql(SELECT + " and o.id = :id"), reach).param("id", id)
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
                .param("i", issuerUnitId).param("o", opinion).param("at", at).param("by", by)
                .query(Long.class).single();
    }

    void answer(long id, String answer, LocalDateTime at, String by) {
        jdbc.sql("""
                update transfer_opinion set answer = :a, answered_at = :at, answered_by = :by, version = version + 1
                 where id = :id and answered_at is null""").param("a", answer).param("at", at).param("by", by)
                .param("id", id).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reach r) {
        return spec.param("vAll", r.view().all()).param("vUnits", r.view().unitPatternArray())
                .param("vRegions", r.view().regionPatternArray()).param("oAll", r.oversee().all())
                .param("oUnits", r.oversee().unitPatternArray()).param("oRegions", r.oversee().regionPatternArray());
    }

    private static TransferOpinion row(ResultSet rs, LocalDateTime now, WorkingCalendar calendar) throws SQLException {
        LocalDateTime issued = rs.getObject("issued_at", LocalDateTime.class);
        LocalDateTime answered = rs.getObject("answered_at", LocalDateTime.class);
        return new TransferOpinion(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("case_title"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("opinion"),
                issued, rs.getString("issued_by"), rs.getString("answer"), answered, rs.getString("answered_by"),
                answered == null ? Oversight.answerClock(issued, now, calendar) : null);
    }
}
