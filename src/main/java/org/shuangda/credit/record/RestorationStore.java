package org.shuangda.credit.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code credit_restoration} and {@code credit_restoration_paper} tables (V150). */
@Repository
class RestorationStore {

    private static final String COLUMNS = """
            select id, number, fact_id, entity_id, entity_name, uscc, decision_number, unit_id, unit_path, region_path,
                   applicant_name, applicant_phone, commitment, status, received_on, accept_due, missing_papers,
                   accepted_on, decide_due, extension_days, extension_approval, decided_on, refusal_reason, decided_by,
                   applied_at, version
              from credit_restoration r
            """;

    private final JdbcClient jdbc;

    RestorationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Restoration r, String queryCodeHash, Instant now) {
        return jdbc.sql("""
                        insert into credit_restoration (number, query_code_hash, fact_id, entity_id, entity_name, uscc,
                               decision_number, unit_id, unit_path, region_path, applicant_name, applicant_phone,
                               commitment, status, received_on, accept_due, applied_at, updated_at)
                        values (:number, :hash, :fact, :entity, :entityName, :uscc, :decision, :unit, :unitPath,
                                :regionPath, :name, :phone, :commitment, :status, :received, :acceptDue, :now, :now)
                        returning id
                        """)
                .param("number", r.number()).param("hash", queryCodeHash).param("fact", r.factId())
                .param("entity", r.entityId()).param("entityName", r.entityName()).param("uscc", r.uscc())
                .param("decision", r.decisionNumber()).param("unit", r.unitId()).param("unitPath", r.unitPath())
                .param("regionPath", r.regionPath()).param("name", r.applicantName())
                .param("phone", r.applicantPhone()).param("commitment", r.commitment())
                .param("status", r.status().name()).param("received", r.receivedOn())
                .param("acceptDue", r.acceptDue()).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Persists a step's result; false when someone changed the application meanwhile. */
    boolean update(Restoration r, int expectedVersion, Instant now) {
        return jdbc.sql("""
                        update credit_restoration
                           set status = :status, accept_due = :acceptDue, missing_papers = :missing,
                               accepted_on = :acceptedOn, decide_due = :decideDue, extension_days = :extension,
                               extension_approval = :approval, decided_on = :decidedOn, refusal_reason = :refusal,
                               decided_by = :decidedBy, updated_at = :now, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", r.status().name()).param("acceptDue", r.acceptDue())
                .param("missing", r.missingPapers()).param("acceptedOn", r.acceptedOn())
                .param("decideDue", r.decideDue()).param("extension", r.extensionDays())
                .param("approval", r.extensionApproval()).param("decidedOn", r.decidedOn())
                .param("refusal", r.refusalReason()).param("decidedBy", r.decidedBy())
                .param("now", Timestamp.from(now)).param("id", r.id()).param("version", expectedVersion)
                .update() == 1;
    }

    Optional<Restoration> find(SqlPredicate visible, long id) {
        return jdbc.sql(COLUMNS + " where r.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(RestorationStore::map).optional();
    }

    /** The application with this number and query code hash (the applicant's tracking). */
    Optional<Restoration> byNumber(String number, String queryCodeHash) {
        return jdbc.sql(COLUMNS + " where r.number = :number and r.query_code_hash = :hash")
                .param("number", number).param("hash", queryCodeHash).query(RestorationStore::map).optional();
    }

    /** Applications in scope, open ones first by their running due day, then the newest. */
    List<Restoration> list(SqlPredicate visible, RestorationStatus status, int limit) {
        return jdbc.sql(COLUMNS + " where " + visible.sql() + (status == null ? "" : " and r.status = :status")
                        + " order by (r.status in ('SUBMITTED', 'PAPERS_MISSING', 'ACCEPTED')) desc,"
                        + " coalesce(case r.status when 'SUBMITTED' then r.accept_due when 'ACCEPTED' then r.decide_due end,"
                        + " date '9999-12-31'), r.id desc limit :limit")
                .params(visible.params()).param("status", status == null ? null : status.name())
                .param("limit", limit).query(RestorationStore::map).list();
    }

    /** Open applications whose running clock (acceptance, or decision once accepted) ends on or before {@code until}. */
    List<Restoration> runningDueBy(java.time.LocalDate until) {
        return jdbc.sql(COLUMNS + " where (r.status = 'SUBMITTED' and r.accept_due <= :until)"
                        + " or (r.status = 'ACCEPTED' and r.decide_due <= :until) order by r.id")
                .param("until", until).query(RestorationStore::map).list();
    }

    boolean openForFact(long factId) {
        return jdbc.sql("select exists (select 1 from credit_restoration where fact_id = :fact"
                        + " and status in ('SUBMITTED', 'PAPERS_MISSING', 'ACCEPTED'))")
                .param("fact", factId).query(Boolean.class).single();
    }

    /** Applications of the fact, newest first (for the record page). */
    List<Restoration> ofFacts(List<Long> factIds) {
        if (factIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where r.fact_id in (:facts) order by r.id desc").param("facts", factIds)
                .query(RestorationStore::map).list();
    }

    long addPaper(long restorationId, String name, String contentType, long size, String key, Instant at) {
        return jdbc.sql("""
                        insert into credit_restoration_paper (restoration_id, name, content_type, size_bytes, file_key,
                                                              added_at)
                        values (:r, :name, :type, :size, :key, :at) returning id
                        """)
                .param("r", restorationId).param("name", name).param("type", contentType).param("size", size)
                .param("key", key).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    List<RestorationPaper> papers(long restorationId) {
        return jdbc.sql("select id, restoration_id, name, content_type, size_bytes, file_key, added_at"
                        + " from credit_restoration_paper where restoration_id = :r order by id")
                .param("r", restorationId).query((rs, n) -> new RestorationPaper(rs.getLong("id"), rs.getLong("restoration_id"),
                        rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("file_key"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    static Restoration map(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new Restoration(rs.getLong("id"), rs.getString("number"), rs.getLong("fact_id"),
                rs.getLong("entity_id"), rs.getString("entity_name"), rs.getString("uscc"),
                rs.getString("decision_number"), unitId, rs.getString("unit_path"), rs.getString("region_path"),
                rs.getString("applicant_name"), rs.getString("applicant_phone"), rs.getString("commitment"),
                RestorationStatus.valueOf(rs.getString("status")), date(rs, "received_on"), date(rs, "accept_due"),
                rs.getString("missing_papers"), date(rs, "accepted_on"), date(rs, "decide_due"),
                rs.getInt("extension_days"), rs.getString("extension_approval"), date(rs, "decided_on"),
                rs.getString("refusal_reason"), rs.getString("decided_by"),
                rs.getTimestamp("applied_at").toInstant(), rs.getInt("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
