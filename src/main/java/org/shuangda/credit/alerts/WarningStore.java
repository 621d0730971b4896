package org.shuangda.credit.alerts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code credit_warning} table (V159), and the reads of this module's record the warnings are built from
 * ({@code credit_fact}: failed samples, display periods; {@code credit_complaint}: filings received).
 */
@Repository
class WarningStore {

    private static final String COLUMNS = """
            select w.id, w.kind, w.subject, w.entity_id, w.region_path, w.summary, w.fact_ids, w.filing_ids,
                   w.raised_at, w.acknowledged_at, w.acknowledged_by, w.ack_note, w.version
              from credit_warning w
            """;

    /** A warning to raise. {@code quietSince}: none of the same kind and subject raised after it may exist. */
    record Raise(WarningKind kind, String dedupeKey, String subjectKey, Long entityId, String subject,
            String regionPath, String summary, List<Long> factIds, List<Long> filingIds, Instant raisedAt,
            Instant quietSince) {
    }

    private final JdbcClient jdbc;

    WarningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new warning's id, or empty when it (or one of its kind for the subject within the window) exists. */
    Optional<Long> raise(Raise r) {
        // one writer per subject at a time: the quiet-window check and the insert see each other's rows
        jdbc.sql("select pg_advisory_xact_lock(hashtext('credit_warning:' || :kind || ':' || :subject))")
                .param("kind", r.kind().name()).param("subject", r.subjectKey()).query((rs, n) -> 1).list();
        return jdbc.sql("""
                        insert into credit_warning (kind, dedupe_key, subject_key, entity_id, subject, region_path,
                                                    summary, fact_ids, filing_ids, raised_at)
                        select :kind, :dedupe, :subject, :entity, :name, :region, :summary, :facts, :filings, :at
                         where not exists (select 1 from credit_warning
                                            where kind = :kind and subject_key = :subject and raised_at > :quiet)
                        on conflict (dedupe_key) do nothing
                        returning id""")
                .param("kind", r.kind().name()).param("dedupe", r.dedupeKey()).param("subject", r.subjectKey())
                .param("entity", r.entityId()).param("name", r.subject()).param("region", r.regionPath())
                .param("summary", r.summary()).param("facts", r.factIds().toArray(Long[]::new))
                .param("filings", r.filingIds().toArray(Long[]::new)).param("at", Timestamp.from(r.raisedAt()))
                .param("quiet", Timestamp.from(r.quietSince())).query(Long.class).optional();
    }

    /** The daily evaluation's lock (held until commit): false when another instance is evaluating. */
    boolean tryEvaluationLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('credit_warning:daily'))")
                .query(Boolean.class).single());
    }

    List<Warning> list(SqlPredicate visible, boolean open, int limit, int offset) {
        return jdbc.sql(COLUMNS + " where " + visible.sql() + " and (w.acknowledged_at is null) = :open"
                        + " order by w.raised_at desc, w.id desc limit :limit offset :offset")
                .params(visible.params()).param("open", open).param("limit", limit).param("offset", offset)
                .query(WarningStore::map).list();
    }

    long count(SqlPredicate visible, boolean open) {
        return jdbc.sql("select count(*) from credit_warning w where " + visible.sql()
                        + " and (w.acknowledged_at is null) = :open")
                .params(visible.params()).param("open", open).query(Long.class).single();
    }

    Optional<Warning> find(long id) {
        return jdbc.sql(COLUMNS + " where w.id = :id").param("id", id).query(WarningStore::map).optional();
    }

    boolean acknowledge(long id, int expected, String by, String note, Instant at) {
        return jdbc.sql("""
                        update credit_warning set acknowledged_at = :at, acknowledged_by = :by, ack_note = :note,
                                                  version = version + 1
                         where id = :id and version = :expected and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("note", note).param("id", id)
                .param("expected", expected).update() == 1;
    }

    // ---- the facts behind warnings (credit_fact, this module's record)

    List<BehindFact> facts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, entity_id, kind, occurred_on, summary, region_path, public_until from credit_fact
                         where id = any(:ids) order by occurred_on desc, id desc""")
                .param("ids", ids.toArray(Long[]::new)).query(WarningStore::fact).list();
    }

    /** The entity's failed samples since {@code since} (exclusive), oldest first. */
    List<BehindFact> failedSamples(long entityId, LocalDate since) {
        return jdbc.sql("""
                        select id, entity_id, kind, occurred_on, summary, region_path, public_until from credit_fact
                         where entity_id = :entity and kind = 'SAMPLE_FAILED' and occurred_on > :since
                         order by occurred_on, id""")
                .param("entity", entityId).param("since", since).query(WarningStore::fact).list();
    }

    /** Entities with at least {@code min} failed samples since {@code since}: the daily job's candidates. */
    List<Long> entitiesWithFailedSamples(LocalDate since, int min) {
        return jdbc.sql("""
                        select entity_id from credit_fact where kind = 'SAMPLE_FAILED' and occurred_on > :since
                         group by entity_id having count(*) >= :min""")
                .param("since", since).param("min", min).query(Long.class).list();
    }

    /** The entity's negative facts since {@code since}, newest first (what a grade warning points at). */
    List<Long> negativeFacts(long entityId, LocalDate since, int limit) {
        return jdbc.sql("""
                        select id from credit_fact
                         where entity_id = :entity and occurred_on >= :since
                           and kind not in ('SAMPLE_PASSED', 'ABNORMAL_REMOVED', 'SERIOUS_REMOVED', 'RESTORED')
                         order by occurred_on desc, id desc limit :limit""")
                .param("entity", entityId).param("since", since).param("limit", limit).query(Long.class).list();
    }

    /** Facts still shown whose last day lies in [from, to]. */
    List<BehindFact> displayEnding(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, entity_id, kind, occurred_on, summary, region_path, public_until from credit_fact
                         where hidden_at is null and public_until between :from and :to
                         order by public_until, id""")
                .param("from", from).param("to", to).query(WarningStore::fact).list();
    }

    // ---- the filings received (credit_complaint)

    boolean noteComplaint(NotedComplaint c, String targetUscc) {
        return jdbc.sql("""
                        insert into credit_complaint (filing_id, tracking_no, track, category, region_path,
                                                      target_name, target_uscc, entity_id, received_at)
                        values (:id, :no, :track, :category, :region, :name, :uscc, :entity, :at)
                        on conflict (filing_id) do nothing""")
                .param("id", c.filingId()).param("no", c.trackingNo()).param("track", c.track())
                .param("category", c.category()).param("region", c.regionPath()).param("name", c.targetName())
                .param("uscc", targetUscc).param("entity", c.entityId()).param("at", Timestamp.from(c.receivedAt())).update() == 1;
    }

    /** Complaints and tips (not enquiries) about an entity received after {@code since}, oldest first. */
    List<NotedComplaint> complaintsAboutEntity(long entityId, Instant since) {
        return jdbc.sql(COMPLAINTS + " and entity_id = :entity order by received_at, filing_id")
                .param("since", Timestamp.from(since)).param("entity", entityId)
                .query(WarningStore::complaint).list();
    }

    List<NotedComplaint> complaintsOfCategory(String category, String regionPath, Instant since) {
        return jdbc.sql(COMPLAINTS + " and category = :category and region_path = :region"
                        + " order by received_at, filing_id")
                .param("since", Timestamp.from(since)).param("category", category).param("region", regionPath)
                .query(WarningStore::complaint).list();
    }

    List<NotedComplaint> complaintsInPlace(String regionPath, Instant since) {
        return jdbc.sql(COMPLAINTS + " and region_path = :region order by received_at, filing_id")
                .param("since", Timestamp.from(since)).param("region", regionPath)
                .query(WarningStore::complaint).list();
    }

    List<NotedComplaint> complaints(List<Long> filingIds) {
        if (filingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select filing_id, tracking_no, track, category, region_path, target_name, entity_id,
                               received_at
                          from credit_complaint where filing_id = any(:ids) order by received_at, filing_id""")
                .param("ids", filingIds.toArray(Long[]::new)).query(WarningStore::complaint).list();
    }

    /** Subjects with at least {@code min} complaints since {@code since}: the daily job's candidates. */
    List<Long> entitiesComplainedAbout(Instant since, int min) {
        return jdbc.sql("""
                        select entity_id from credit_complaint
                         where entity_id is not null and track <> 'ENQUIRY' and received_at > :since
                         group by entity_id having count(*) >= :min""")
                .param("since", Timestamp.from(since)).param("min", min).query(Long.class).list();
    }

    List<String[]> categoriesComplainedAbout(Instant since, int min) {
        return jdbc.sql("""
                        select category, region_path from credit_complaint
                         where track <> 'ENQUIRY' and received_at > :since
                         group by category, region_path having count(*) >= :min""")
                .param("since", Timestamp.from(since)).param("min", min)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    List<String> placesComplainedAbout(Instant since, int min) {
        return jdbc.sql("""
                        select region_path from credit_complaint where track <> 'ENQUIRY' and received_at > :since
                         group by region_path having count(*) >= :min""")
                .param("since", Timestamp.from(since)).param("min", min).query(String.class).list();
    }

    private static final String COMPLAINTS = """
            select filing_id, tracking_no, track, category, region_path, target_name, entity_id, received_at
              from credit_complaint where track <> 'ENQUIRY' and received_at > :since""";

    private static BehindFact fact(ResultSet rs, int n) throws SQLException {
        return new BehindFact(rs.getLong("id"), rs.getLong("entity_id"), rs.getString("kind"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("summary"), rs.getString("region_path"),
                rs.getObject("public_until", LocalDate.class));
    }

    private static NotedComplaint complaint(ResultSet rs, int n) throws SQLException {
        long entity = rs.getLong("entity_id");
        Long entityId = rs.wasNull() ? null : entity;
        return new NotedComplaint(rs.getLong("filing_id"), rs.getString("tracking_no"), rs.getString("track"),
                rs.getString("category"), rs.getString("region_path"), rs.getString("target_name"), entityId,
                rs.getTimestamp("received_at").toInstant());
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static Warning map(ResultSet rs, int n) throws SQLException {
        long entity = rs.getLong("entity_id");
        Long entityId = rs.wasNull() ? null : entity;
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new Warning(rs.getLong("id"), WarningKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                entityId, rs.getString("region_path"), rs.getString("summary"), longs(rs.getArray("fact_ids")),
                longs(rs.getArray("filing_ids")), rs.getTimestamp("raised_at").toInstant(),
                ack == null ? null : ack.toInstant(), rs.getString("acknowledged_by"), rs.getString("ack_note"),
                rs.getInt("version"));
    }
}
