package org.shuangda.cases.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for publications: scoped lists for the office, unscoped public reads of what is published. */
@Repository
class PublicationStore {

    private static final String SELECT = """
            select p.*, u.path as unit_path, r.path as region_path
              from penalty_publication p join unit u on u.id = p.unit_id join region r on r.code = u.region_code
            """;
    private static final String SCOPED = " (:all or u.path like any(:unitPatterns) or r.path like any(:regionPatterns)) ";
    private static final String PUBLIC = """
             p.status <> 'PENDING' and (cast(:q as text) is null
               or (p.decision_number || ' ' || p.party_name || ' ' || coalesce(p.uscc, '') || ' ' || p.facts) ilike :like)
            """;

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PenaltyPublication> list(DataScope scope, PublicationStatus status) {
        return jdbc.sql(SELECT + " where " + SCOPED + """
                  and (cast(:status as text) is null or p.status = :status)
                order by (p.status = 'PENDING') desc, p.due_on, p.id desc limit 500""").params(scope.unitParams())
                .param("status", status == null ? null : status.name()).query(PublicationStore::row).list();
    }

    Optional<PenaltyPublication> find(DataScope scope, long id) {
        return jdbc.sql(SELECT + " where p.id = :id and " + SCOPED).params(scope.unitParams()).param("id", id)
                .query(PublicationStore::row).optional();
    }

    PublicationPage published(String query, int page, int size) {
        String q = query == null || query.isBlank() ? null : query.strip();
        String like = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<PenaltyPublication> rows = jdbc.sql(SELECT + " where " + PUBLIC
                        + " order by p.decided_on desc, p.id desc limit :size offset :offset")
                .param("q", q).param("like", like).param("size", size).param("offset", page * size)
                .query(PublicationStore::row).list();
        long total = jdbc.sql("select count(*) from penalty_publication p where " + PUBLIC).param("q", q)
                .param("like", like).query(Long.class).single();
        return new PublicationPage(rows, total);
    }

    Optional<PenaltyPublication> findPublished(long id) {
        return jdbc.sql(SELECT + " where p.id = :id and p.status <> 'PENDING'").param("id", id)
                .query(PublicationStore::row).optional();
    }

    boolean existsForCase(long caseId) {
        return jdbc.sql("select count(*) from penalty_publication where case_id = :c").param("c", caseId)
                .query(Long.class).single() > 0;
    }

    long insert(PenaltyPublication p) {
        return jdbc.sql("""
                insert into penalty_publication (case_id, unit_id, decision_number, decided_on, due_on, party_kind,
                       party_name, uscc, facts, legal_basis, penalty, authority, status)
                values (:case, :unit, :number, :decided, :due, :kind, :party, :uscc, :facts, :basis, :penalty,
                        :authority, 'PENDING') returning id""")
                .param("case", p.caseId()).param("unit", p.unitId()).param("number", p.decisionNumber())
                .param("decided", p.decidedOn()).param("due", p.dueOn()).param("kind", p.partyKind())
                .param("party", p.partyName()).param("uscc", p.uscc()).param("facts", p.facts())
                .param("basis", p.legalBasis()).param("penalty", p.penalty()).param("authority", p.authority())
                .query(Long.class).single();
    }

    boolean publish(long id, int version, String by) {
        return jdbc.sql("""
                update penalty_publication set status = 'PUBLISHED', published_at = now(), published_by = :by,
                       version = version + 1 where id = :id and version = :version""")
                .param("by", by).param("id", id).param("version", version).update() == 1;
    }

    boolean correct(long id, int version, PenaltyPublication.Content c) {
        return jdbc.sql("""
                update penalty_publication set party_name = :party, facts = :facts, legal_basis = :basis,
                       penalty = :penalty, corrected = true, version = version + 1
                 where id = :id and version = :version""")
                .param("party", c.partyName()).param("facts", c.facts()).param("basis", c.legalBasis())
                .param("penalty", c.penalty()).param("id", id).param("version", version).update() == 1;
    }

    boolean withdraw(long id, int version) {
        return jdbc.sql("""
                update penalty_publication set status = 'WITHDRAWN', version = version + 1
                 where id = :id and version = :version""").param("id", id).param("version", version).update() == 1;
    }

    void revision(long id, String kind, String reason, PenaltyPublication.Content c, String actor) {
        jdbc.sql("""
                insert into penalty_publication_revision (publication_id, kind, reason, party_name, facts, legal_basis,
                       penalty, actor) values (:id, :kind, :reason, :party, :facts, :basis, :penalty, :actor)""")
                .param("id", id).param("kind", kind).param("reason", reason).param("party", c.partyName())
                .param("facts", c.facts()).param("basis", c.legalBasis()).param("penalty", c.penalty())
                .param("actor", actor).update();
    }

    List<PublicationRevision> revisions(long id) {
        return jdbc.sql("select * from penalty_publication_revision where publication_id = :id order by at, id")
                .param("id", id).query((rs, n) -> new PublicationRevision(rs.getString("kind"), rs.getString("reason"),
                        rs.getString("party_name"), rs.getString("facts"), rs.getString("legal_basis"),
                        rs.getString("penalty"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static PenaltyPublication row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new PenaltyPublication(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"),
                rs.getString("unit_path"), rs.getString("region_path"), rs.getString("decision_number"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("party_kind"), rs.getString("party_name"), rs.getString("uscc"), rs.getString("facts"),
                rs.getString("legal_basis"), rs.getString("penalty"), rs.getString("authority"),
                PublicationStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant(), rs.getString("published_by"),
                rs.getBoolean("corrected"), rs.getInt("version"));
    }

}
