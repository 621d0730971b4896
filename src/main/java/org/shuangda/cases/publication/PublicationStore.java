package org.shuangda.cases.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of publication records and their public history: scoped reads for the office (the deciding unit from
 * organization's {@code pub_unit}), unscoped public reads of what is published. It writes what the aggregate
 * returns and decides no state.
 */
@Repository
class PublicationStore {

    private static final String SELECT = """
            select p.*, u.path as unit_path, u.region_path
              from penalty_publication p join pub_unit u on u.id = p.unit_id
            """;
    private static final String PUBLIC = """
             p.status <> 'PENDING' and (cast(:q as text) is null
               or (p.decision_number || ' ' || p.party_name || ' ' || coalesce(p.uscc, '') || ' ' || p.facts) ilike :like)
            """;
    /** Within the display period, the date range and the region (each filter off when its parameter is null). */
    private static final String SHOWN = """
             and p.published_at >= :since
             and (cast(:from as date) is null or p.decided_on >= :from)
             and (cast(:to as date) is null or p.decided_on <= :to)
             and (cast(:region as text) is null or u.region_path like :region)
            """;

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublicationView> list(DataScope scope, PublicationStatus status) {
        SqlPredicate inScope = scoped(scope);
        return jdbc.sql(SELECT + " where " + inScope.sql() + """
                  and (cast(:status as text) is null or p.status = :status)
                order by (p.status = 'PENDING') desc, p.due_on, p.id desc limit 500""").params(inScope.params())
                .param("status", status == null ? null : status.name()).query(PublicationStore::view).list();
    }

    Optional<PublicationView> find(DataScope scope, long id) {
        SqlPredicate inScope = scoped(scope);
        return jdbc.sql(SELECT + " where p.id = :id and " + inScope.sql()).params(inScope.params()).param("id", id)
                .query(PublicationStore::view).optional();
    }

    PublicationPage published(String query, int page, int size, Instant shownSince) {
        return shown(query, null, null, null, shownSince, page, size);
    }

    /**
     * Records on the public site: published (or withdrawn) on or after {@code shownSince} (the display period,
     * V211), matching the text, decided within {@code from..to}, of an authority in the region at {@code regionPath}.
     */
    PublicationPage shown(String query, LocalDate from, LocalDate to, String regionPath, Instant shownSince, int page,
            int size) {
        String q = query == null || query.isBlank() ? null : query.strip();
        String like = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " from penalty_publication p join pub_unit u on u.id = p.unit_id where " + PUBLIC + SHOWN;
        List<PenaltyPublication> rows = jdbc.sql("select p.*" + where
                        + " order by p.decided_on desc, p.id desc limit :size offset :offset")
                .param("q", q).param("like", like).param("since", at(shownSince)).param("from", from)
                .param("to", to).param("region", regionPath == null ? null : regionPath + "%")
                .param("size", size).param("offset", page * size)
                .query(PublicationStore::row).list();
        long total = jdbc.sql("select count(*)" + where).param("q", q).param("like", like)
                .param("since", at(shownSince)).param("from", from).param("to", to)
                .param("region", regionPath == null ? null : regionPath + "%").query(Long.class).single();
        return new PublicationPage(rows, total);
    }

    /** An organisation's records on the public site, by its USCC (a person has none here), newest first. */
    List<PenaltyPublication> shownFor(String uscc, Instant shownSince, int limit) {
        return jdbc.sql("""
                select p.* from penalty_publication p
                 where p.uscc = :uscc and p.party_kind = 'ENTITY' and p.status <> 'PENDING' and p.published_at >= :since
                 order by p.decided_on desc, p.id desc limit :limit""")
                .param("uscc", uscc).param("since", at(shownSince)).param("limit", limit)
                .query(PublicationStore::row).list();
    }

    Optional<PenaltyPublication> findPublished(long id, Instant shownSince) {
        return jdbc.sql("""
                select * from penalty_publication p
                 where p.id = :id and p.status <> 'PENDING' and p.published_at >= :since""")
                .param("id", id).param("since", at(shownSince)).query(PublicationStore::row).optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /** Pending records whose publication period (after the decision day, up to the due day) holds {@code date}. */
    List<PenaltyPublication> pendingCovering(LocalDate date) {
        return jdbc.sql("""
                select * from penalty_publication
                 where status = 'PENDING' and decided_on < :date and due_on >= :date order by id""")
                .param("date", date).query(PublicationStore::row).list();
    }

    boolean existsForCase(long caseId) {
        return jdbc.sql("select count(*) from penalty_publication where case_id = :c").param("c", caseId)
                .query(Long.class).single() > 0;
    }

    long insert(PenaltyPublication p) {
        PenaltyPublication.Content c = p.content();
        return jdbc.sql("""
                insert into penalty_publication (case_id, unit_id, decision_number, decided_on, due_on, party_kind,
                       party_name, uscc, facts, legal_basis, penalty, authority, status)
                values (:case, :unit, :number, :decided, :due, :kind, :party, :uscc, :facts, :basis, :penalty,
                        :authority, :status) returning id""")
                .param("case", p.caseId()).param("unit", p.unitId()).param("number", p.decisionNumber())
                .param("decided", p.decidedOn()).param("due", p.dueOn()).param("kind", p.partyKind())
                .param("party", c.partyName()).param("uscc", p.uscc()).param("facts", c.facts())
                .param("basis", c.legalBasis()).param("penalty", c.penalty()).param("authority", p.authority())
                .param("status", p.status().name()).query(Long.class).single();
    }

    /** Writes the record as the aggregate left it, if it is still at {@code expectedVersion}; false when not. */
    boolean update(PenaltyPublication p, int expectedVersion) {
        PenaltyPublication.Content c = p.content();
        return jdbc.sql("""
                update penalty_publication set due_on = :due, party_name = :party, facts = :facts,
                       legal_basis = :basis, penalty = :penalty, status = :status, published_at = :publishedAt,
                       published_by = :publishedBy, corrected = :corrected, version = version + 1
                 where id = :id and version = :version""")
                .param("due", p.dueOn()).param("party", c.partyName()).param("facts", c.facts())
                .param("basis", c.legalBasis()).param("penalty", c.penalty()).param("status", p.status().name())
                .param("publishedAt", p.publishedAt() == null ? null : p.publishedAt().atOffset(ZoneOffset.UTC))
                .param("publishedBy", p.publishedBy()).param("corrected", p.corrected()).param("id", p.id())
                .param("version", expectedVersion).update() == 1;
    }

    /** One entry of the public history: what the record showed after a step, why, by whom, when. */
    void revision(long id, String kind, String reason, PenaltyPublication.Content c, String actor, Instant at) {
        jdbc.sql("""
                insert into penalty_publication_revision (publication_id, kind, reason, party_name, facts, legal_basis,
                       penalty, actor, at) values (:id, :kind, :reason, :party, :facts, :basis, :penalty, :actor, :at)""")
                .param("id", id).param("kind", kind).param("reason", reason).param("party", c.partyName())
                .param("facts", c.facts()).param("basis", c.legalBasis()).param("penalty", c.penalty())
                .param("actor", actor).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    List<PublicationRevision> revisions(long id) {
        return jdbc.sql("select * from penalty_publication_revision where publication_id = :id order by at, id")
                .param("id", id).query((rs, n) -> new PublicationRevision(rs.getString("kind"), rs.getString("reason"),
                        rs.getString("party_name"), rs.getString("facts"), rs.getString("legal_basis"),
                        rs.getString("penalty"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static SqlPredicate scoped(DataScope scope) {
        return scope.unitOwned("u.path", "u.region_path");
    }

    private static PublicationView view(ResultSet rs, int n) throws SQLException {
        return new PublicationView(row(rs, n), rs.getString("unit_path"), rs.getString("region_path"));
    }

    private static PenaltyPublication row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new PenaltyPublication(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"),
                rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("party_kind"), rs.getString("uscc"),
                rs.getString("authority"), new PenaltyPublication.Content(rs.getString("party_name"),
                        rs.getString("facts"), rs.getString("legal_basis"), rs.getString("penalty")),
                PublicationStatus.valueOf(rs.getString("status")), published == null ? null : published.toInstant(),
                rs.getString("published_by"), rs.getBoolean("corrected"), rs.getInt("version"));
    }
}
