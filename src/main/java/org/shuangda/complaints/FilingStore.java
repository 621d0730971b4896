package org.shuangda.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for filings. No scope decisions here: callers pass the scope or check it on the loaded row. */
@Repository
class FilingStore {

    /** The stored answer of an idempotent API call. */
    record Existing(long id, String trackingNo, String requestHash, String replayCode) {
    }

    /** A filer's ciphertexts, for the assigned handler and for key rotation. */
    record Secrets(String name, String phone, String idNumber, String address) {
    }

    static final String FROM = """
              from filing f join unit u on u.id = f.unit_id join region ur on ur.code = u.region_code
              join region r on r.code = f.region_code left join app_user h on h.id = f.handler_user_id
              left join filing m on m.id = f.merged_into_id
            """;
    static final String SELECT = """
            select f.*, r.name as region_name, u.name as unit_name, u.path as unit_path, ur.path as unit_region_path,
                   h.display_name as handler_name, m.tracking_no as merged_into_no
            """ + FROM;
    static final String SCOPE = " (:all or u.path like any(:unitPatterns) or ur.path like any(:regionPatterns)) ";

    private final JdbcClient jdbc;

    FilingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private final java.util.ArrayDeque<Long> numbers = new java.util.ArrayDeque<>();

    /** The next tracking number's serial, taken from the sequence 50 at a time (gaps are harmless). */
    synchronized long nextNumber() {
        if (numbers.isEmpty()) {
            numbers.addAll(jdbc.sql("select nextval('filing_number_seq') from generate_series(1, 50)")
                    .query(Long.class).list());
        }
        return numbers.poll();
    }

    /** Inserts the filing; empty when a filing with the same client and Idempotency-Key already exists. */
    Optional<Long> insert(NewFiling n) {
        return jdbc.sql("""
                with f as (insert into filing (tracking_no, query_code_hash, track, channel, category, status, content, region_code,
                    target_name, target_uscc, filer_kind, anonymous, filer_name, filer_phone, filer_id_number,
                    filer_address, filer_name_masked, filer_phone_masked, unit_id, client_user_id, idempotency_key,
                    request_hash, replay_code, source_ip, created_by, split_from_id, audited)
                values (:no, :hash, :track, :channel, :category, 'RECEIVED', :content, :region, :target, :uscc, :kind,
                    :anonymous, :name, :phone, :idn, :address, :nameMasked, :phoneMasked, :unit, :client, :key,
                    :requestHash, :replay, :ip, :createdBy, :splitFrom, false)
                on conflict (client_user_id, idempotency_key) where idempotency_key is not null do nothing
                returning id, unit_id, created_by)
                insert into filing_event (filing_id, kind, status, unit_id, actor)
                select id, 'RECEIVED', 'RECEIVED', unit_id, created_by from f returning filing_id""")
                .params(params(n)).query(Long.class).optional();
    }

    Optional<Existing> findByIdempotencyKey(long clientUserId, String key) {
        return jdbc.sql("""
                select id, tracking_no, request_hash, replay_code from filing
                 where client_user_id = :client and idempotency_key = :key""")
                .param("client", clientUserId).param("key", key)
                .query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /**
     * The filing, its row locked until the transaction ends: for writers that must not lose a race with
     * another writer (the clue listeners, which cannot ask a person to retry).
     */
    Optional<Filing> findForUpdate(long id) {
        jdbc.sql("select id from filing where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    Optional<Filing> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FilingStore::map).optional();
    }

    Optional<Filing> findByTrackingNo(String trackingNo) {
        return jdbc.sql(SELECT + " where f.tracking_no = :no").param("no", trackingNo).query(FilingStore::map)
                .optional();
    }

    Optional<String> codeHash(long id) {
        return jdbc.sql("select query_code_hash from filing where id = :id").param("id", id).query(String.class)
                .optional();
    }

    List<Filing> list(DataScope scope, FilingFilter filter, int limit, int offset) {
        return jdbc.sql(SELECT + " where " + SCOPE + FILTER + " order by f.received_at desc, f.id desc limit :limit offset :offset")
                .params(scope.unitParams()).params(filterParams(filter)).param("limit", limit).param("offset", offset)
                .query(FilingStore::map).list();
    }

    long count(DataScope scope, FilingFilter filter) {
        return jdbc.sql("select count(*) " + FROM + " where " + SCOPE + FILTER).params(scope.unitParams())
                .params(filterParams(filter)).query(Long.class).single();
    }

    /** Open filings of the scope, for clocks, to-dos and overdue lists. */
    List<Filing> open(DataScope scope) {
        return jdbc.sql(SELECT + " where " + SCOPE + " and (f.status in ('RECEIVED','ACCEPTED','REFERRED') "
                + "or (f.notice_from is not null and f.notified_at is null and not f.anonymous))"
                + " order by f.received_at").params(scope.unitParams()).query(FilingStore::map).list();
    }

    private static final String FILTER = """
             and (cast(:status as text) is null or f.status = :status)
             and (cast(:track as text) is null or f.track = :track)
             and (cast(:unitId as bigint) is null or f.unit_id = :unitId)
             and (cast(:q as text) is null or f.tracking_no = :q or f.target_name like '%' || :q || '%')
            """;

    private static Map<String, Object> filterParams(FilingFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", f.status() == null ? null : f.status().name());
        p.put("track", f.track() == null ? null : f.track().name());
        p.put("unitId", f.unitId());
        p.put("q", f.query() == null || f.query().isBlank() ? null : f.query().strip());
        return p;
    }

    Secrets secrets(long id) {
        return jdbc.sql("select filer_name, filer_phone, filer_id_number, filer_address from filing where id = :id")
                .param("id", id).query((rs, n) -> new Secrets(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).single();
    }

    void addEvent(long filingId, FilingEventKind kind, FilingStatus status, Long unitId, String reason, String actor) {
        jdbc.sql("""
                insert into filing_event (filing_id, kind, status, unit_id, reason, actor)
                values (:f, :kind, :status, :unit, :reason, :actor)""")
                .param("f", filingId).param("kind", kind.name()).param("status", status.name()).param("unit", unitId)
                .param("reason", reason).param("actor", actor).update();
    }

    List<FilingEvent> events(long filingId) {
        return jdbc.sql("""
                select e.at, e.kind, e.status, u.name as unit_name, e.reason, e.actor
                  from filing_event e left join unit u on u.id = e.unit_id
                 where e.filing_id = :f order by e.id""").param("f", filingId)
                .query((rs, n) -> new FilingEvent(local(rs, "at"), FilingEventKind.valueOf(rs.getString("kind")),
                        FilingStatus.valueOf(rs.getString("status")), rs.getString("unit_name"), rs.getString("reason"),
                        rs.getString("actor")))
                .list();
    }

    /** Runs one guarded update; false when someone changed the filing in between (version moved). */
    boolean update(long id, int version, String assignments, Map<String, Object> params) {
        return jdbc.sql("update filing set " + assignments + ", version = version + 1 where id = :id and version = :version")
                .params(params).param("id", id).param("version", version).update() == 1;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    static Filing map(ResultSet rs, int row) throws SQLException {
        String ground = rs.getString("refusal_ground");
        String outcome = rs.getString("outcome");
        return new Filing(rs.getLong("id"), rs.getString("tracking_no"), Track.valueOf(rs.getString("track")),
                Channel.valueOf(rs.getString("channel")), Category.valueOf(rs.getString("category")),
                FilingStatus.valueOf(rs.getString("status")), rs.getString("content"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getString("target_name"), rs.getString("target_uscc"),
                FilerKind.valueOf(rs.getString("filer_kind")), rs.getBoolean("anonymous"),
                rs.getString("filer_name_masked"), rs.getString("filer_phone_masked"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("unit_region_path"),
                rs.getObject("handler_user_id", Long.class), rs.getString("handler_name"), local(rs, "received_at"),
                local(rs, "accepted_at"), local(rs, "referred_at"), local(rs, "decided_at"),
                ground == null ? null : RefusalGround.valueOf(ground), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("result_text"), rs.getString("verify_extension"), rs.getObject("clue_id", Long.class),
                rs.getString("clue_number"), rs.getString("case_number"), rs.getObject("notice_from", LocalDate.class),
                local(rs, "notified_at"), rs.getObject("merged_into_id", Long.class), rs.getString("merged_into_no"),
                rs.getObject("split_from_id", Long.class), rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"), rs.getInt("version"));
    }

    static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(WorkingCalendar.ZONE).toLocalDateTime();
    }

    static OffsetDateTime instant(LocalDateTime beijing) {
        return beijing == null ? null : beijing.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
    }

    private static Map<String, Object> params(NewFiling n) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("no", n.trackingNo());
        p.put("hash", n.queryCodeHash());
        p.put("track", n.track().name());
        p.put("channel", n.channel().name());
        p.put("category", n.category().name());
        p.put("content", n.content());
        p.put("region", n.regionCode());
        p.put("target", n.targetName());
        p.put("uscc", n.targetUscc());
        p.put("kind", n.filerKind().name());
        p.put("anonymous", n.anonymous());
        p.put("name", n.nameCipher());
        p.put("phone", n.phoneCipher());
        p.put("idn", n.idCipher());
        p.put("address", n.addressCipher());
        p.put("nameMasked", n.nameMasked());
        p.put("phoneMasked", n.phoneMasked());
        p.put("unit", n.unitId());
        p.put("client", n.clientUserId());
        p.put("key", n.idempotencyKey());
        p.put("requestHash", n.requestHash());
        p.put("replay", n.replayCode());
        p.put("ip", n.sourceIp());
        p.put("createdBy", n.createdBy());
        p.put("splitFrom", n.splitFromId());
        return p;
    }
}
