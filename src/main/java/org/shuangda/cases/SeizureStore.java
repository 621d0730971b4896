package org.shuangda.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 查封扣押 records of cases and their items (V117). */
@Repository
class SeizureStore {

    private final JdbcClient jdbc;

    SeizureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, SeizureRecord.Order o, String number, String by, OffsetDateTime at) {
        long id = jdbc.sql("""
                insert into case_seizure (case_id, measure, place, decision_number, decided_on, recorded_at, recorded_by)
                values (:c, :m, :p, :n, :d, :at, :by) returning id""").param("c", caseId).param("m", o.measure().name())
                .param("p", o.place()).param("n", number).param("d", o.decidedOn()).param("at", at).param("by", by)
                .query(Long.class).single();
        for (int i = 0; i < o.items().size(); i++) {
            SeizureItem item = o.items().get(i);
            jdbc.sql("""
                    insert into case_seizure_item (seizure_id, position, name, specification, quantity, unit_label, value)
                    values (:s, :i, :n, :spec, :q, :u, :v)""").param("s", id).param("i", i).param("n", item.name())
                    .param("spec", item.specification()).param("q", item.quantity()).param("u", item.unitLabel())
                    .param("v", item.value()).update();
        }
        return id;
    }

    void release(long id, LocalDate on, String reason, SeizureDisposal disposal) {
        jdbc.sql("update case_seizure set released_on = :on, release_reason = :r, disposal = :d where id = :id")
                .param("on", on).param("r", reason).param("d", disposal.name()).param("id", id).update();
    }

    /** The items of every seizure of the case, oldest seizure first (what feeds the 案值: {@link CaseValue}). */
    List<SeizureItem> itemsOfCase(long caseId) {
        return jdbc.sql("""
                select i.* from case_seizure_item i join case_seizure s on s.id = i.seizure_id
                 where s.case_id = :c order by s.id, i.position""").param("c", caseId)
                .query((r, n) -> new SeizureItem(r.getString("name"), r.getString("specification"),
                        r.getObject("quantity", BigDecimal.class), r.getString("unit_label"),
                        r.getObject("value", BigDecimal.class))).list();
    }

    /** Gives the release its 文号 (解除查封（扣押）决定书). */
    void releaseNumber(long id, String number) {
        jdbc.sql("update case_seizure set release_number = :n where id = :id").param("n", number).param("id", id)
                .update();
    }

    /** The case's latest seizure record. */
    Optional<SeizureRecord> latest(long caseId) {
        return jdbc.sql("select * from case_seizure where case_id = :c order by id desc limit 1").param("c", caseId)
                .query((rs, n) -> row(rs)).optional();
    }

    private SeizureRecord row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<SeizureItem> items = jdbc.sql("select * from case_seizure_item where seizure_id = :s order by position")
                .param("s", id).query((r, n) -> new SeizureItem(r.getString("name"), r.getString("specification"),
                        r.getObject("quantity", BigDecimal.class), r.getString("unit_label"),
                        r.getObject("value", BigDecimal.class))).list();
        String disposal = rs.getString("disposal");
        return new SeizureRecord(id, rs.getLong("case_id"), SeizureMeasure.valueOf(rs.getString("measure")),
                rs.getString("place"), rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"), items,
                rs.getObject("released_on", LocalDate.class), rs.getString("release_reason"),
                disposal == null ? null : SeizureDisposal.valueOf(disposal), rs.getString("release_number"));
    }
}
