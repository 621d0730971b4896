package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sampling_objection} (V190). */
@Repository
class ObjectionStore {

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long sampleId, Objection.Kind kind, LocalDate filedOn, String applicant, String content, String by,
            Instant at) {
        return jdbc.sql("""
                        insert into sampling_objection (sample_id, kind, filed_on, applicant, content, created_by,
                               created_at)
                        values (:sample, :kind, :filed, :applicant, :content, :by, :at) returning id""")
                .param("sample", sampleId).param("kind", kind.name()).param("filed", filedOn)
                .param("applicant", applicant).param("content", content).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
    }

    boolean decide(long id, LocalDate on, Objection.Outcome outcome, String decision, String by) {
        return jdbc.sql("""
                        update sampling_objection set decided_on = :on, outcome = :outcome, decision = :decision,
                               decided_by = :by
                         where id = :id and decided_on is null""")
                .param("on", on).param("outcome", outcome.name()).param("decision", decision).param("by", by)
                .param("id", id).update() == 1;
    }

    Optional<Objection> find(long id) {
        return jdbc.sql("select * from sampling_objection where id = :id").param("id", id)
                .query(ObjectionStore::map).optional();
    }

    List<Objection> ofSample(long sampleId) {
        return jdbc.sql("select * from sampling_objection where sample_id = :id order by id").param("id", sampleId)
                .query(ObjectionStore::map).list();
    }

    private static Objection map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Objection(rs.getLong("id"), rs.getLong("sample_id"), Objection.Kind.valueOf(rs.getString("kind")),
                rs.getObject("filed_on", LocalDate.class), rs.getString("applicant"), rs.getString("content"),
                rs.getObject("decided_on", LocalDate.class), outcome == null ? null : Objection.Outcome.valueOf(outcome),
                rs.getString("decision"), rs.getString("decided_by"));
    }
}
