package org.shuangda.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filing aggregate's table and its history: {@link #find}, {@link #insert}, {@link #update} with the
 * expected version. It persists what the aggregate decided and decides nothing itself; no scope either
 * (callers check it on the loaded row or pass a predicate to {@link FilingListStore}). Other modules' data
 * comes through the published views {@code pub_unit}, {@code pub_region} and {@code pub_user}.
 */
@Repository
class FilingStore {

    /** The stored answer of an idempotent API call. */
    record Existing(long id, String trackingNo, String requestHash, String replayCode) {
    }

    /** A filer's ciphertexts, for the assigned handler. */
    record Secrets(String name, String phone, String idNumber, String address) {
    }

    /** The aggregate's columns (never the ciphertexts), with the joins a {@link FilingView} shows. */
    static final String COLUMNS = """
            select f.id, f.tracking_no, f.track, f.channel, f.category, f.status, f.content, f.region_code,
                   f.target_name, f.target_uscc, f.filer_kind, f.anonymous, f.filer_name_masked, f.filer_phone_masked,
                   f.unit_id, f.handler_user_id, f.received_at, f.accepted_at, f.referred_at, f.decided_at,
                   f.refusal_ground, f.outcome, f.result_text, f.verify_extension, f.clue_id, f.clue_number,
                   f.case_number, f.notice_from, f.notified_at, f.merged_into_id, f.split_from_id, f.rating,
                   f.rating_comment, f.rated_at, f.version, r.path as region_path, r.name as region_name,
                   u.name as unit_name, u.path as unit_path, u.region_path as unit_region_path,
                   h.display_name as handler_name, m.tracking_no as merged_into_no,
                   (select json_agg(json_build_object('from', p.from_at, 'to', p.to_at, 'reason', p.reason)
                                    order by p.id)::text
                      from filing_clock_pause p where p.filing_id = f.id) as pauses
            """;
    static final String FROM = """
              from filing f join pub_unit u on u.id = f.unit_id join pub_region r on r.code = f.region_code
              left join pub_user h on h.id = f.handler_user_id left join filing m on m.id = f.merged_into_id
            """;

    private static final tools.jackson.databind.json.JsonMapper PAUSES_JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final tools.jackson.core.type.TypeReference<List<Map<String, Object>>> PAUSE_ROWS =
            new tools.jackson.core.type.TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ArrayDeque<Long> numbers = new ArrayDeque<>();

    FilingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next tracking number's serial, taken from the sequence 50 at a time (gaps are harmless). */
    synchronized long nextNumber() {
        if (numbers.isEmpty()) {
            numbers.addAll(jdbc.sql("select nextval('filing_number_seq') from generate_series(1, 50)")
                    .query(Long.class).list());
        }
        return numbers.poll();
    }

    /**
     * Inserts the filing received at {@code receivedAt} with its first history line, in one statement (the
     * intake's hot path); empty when a filing with the same client and Idempotency-Key already exists.
     */
    Optional<Long> insert(NewFiling n, LocalDateTime receivedAt) {
        return jdbc.sql("""
                with f as (insert into filing (tracking_no, query_code_hash, track, channel, category, status, content, region_code,
                    target_name, target_uscc, filer_kind, anonymous, filer_name, filer_phone, filer_id_number,
                    filer_address, filer_name_masked, filer_phone_masked, unit_id, client_user_id, idempotency_key,
                    request_hash, replay_code, source_ip, created_by, split_from_id, audited, received_at)
                values (:no, :hash, :track, :channel, :category, 'RECEIVED', :content, :region, :target, :uscc, :kind,
                    :anonymous, :name, :phone, :idn, :address, :nameMasked, :phoneMasked, :unit, :client, :key,
                    :requestHash, :replay, :ip, :createdBy, :splitFrom, false, :receivedAt)
                on conflict (client_user_id, idempotency_key) where idempotency_key is not null do nothing
                returning id, unit_id, created_by, received_at)
                insert into filing_event (filing_id, kind, status, unit_id, actor, at)
                select id, 'RECEIVED', 'RECEIVED', unit_id, created_by, received_at from f returning filing_id""")
                .params(params(n)).param("receivedAt", instant(receivedAt)).query(Long.class).optional();
    }

    Optional<Existing> findByIdempotencyKey(long clientUserId, String key) {
        return jdbc.sql("""
                select id, tracking_no, request_hash, replay_code from filing
                 where client_user_id = :client and idempotency_key = :key""")
                .param("client", clientUserId).param("key", key)
                .query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    Optional<FilingView> find(long id) {
        return jdbc.sql(COLUMNS + FROM + " where f.id = :id").param("id", id).query(FilingStore::view).optional();
    }

    /**
     * The filing, its row locked until the transaction ends: for writers that must not lose a race with
     * another writer (the clue listeners, which cannot ask a person to retry).
     */
    Optional<FilingView> findForUpdate(long id) {
        jdbc.sql("select id from filing where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    Optional<FilingView> findByTrackingNo(String trackingNo) {
        return jdbc.sql(COLUMNS + FROM + " where f.tracking_no = :no").param("no", trackingNo)
                .query(FilingStore::view).optional();
    }

    /**
     * Saves what the filing's steps changed and appends the history lines they wrote; false when someone
     * changed the filing since it was loaded at {@code expectedVersion} (nothing is written then).
     */
    boolean update(Filing filing, int expectedVersion) {
        Filing.Saved s = filing.saved();
        boolean updated = jdbc.sql("""
                update filing set track = :track, status = :status, unit_id = :unit, handler_user_id = :handler,
                       accepted_at = :acceptedAt, referred_at = :referredAt, decided_at = :decidedAt,
                       refusal_ground = :ground, outcome = :outcome, result_text = :resultText,
                       verify_extension = :extension, clue_id = :clueId, clue_number = :clueNumber,
                       case_number = :caseNumber, notice_from = :noticeFrom, notified_at = :notifiedAt,
                       merged_into_id = :mergedInto, rating = :rating, rating_comment = :ratingComment,
                       rated_at = :ratedAt, version = version + 1
                 where id = :id and version = :version""")
                .param("track", s.track().name()).param("status", s.status().name()).param("unit", s.unitId())
                .param("handler", s.handlerUserId()).param("acceptedAt", instant(s.acceptedAt()))
                .param("referredAt", instant(s.referredAt())).param("decidedAt", instant(s.decidedAt()))
                .param("ground", name(s.refusalGround())).param("outcome", name(s.outcome()))
                .param("resultText", s.resultText()).param("extension", s.verifyExtension())
                .param("clueId", s.clueId()).param("clueNumber", s.clueNumber()).param("caseNumber", s.caseNumber())
                .param("noticeFrom", s.noticeFrom()).param("notifiedAt", instant(s.notifiedAt()))
                .param("mergedInto", s.mergedIntoId()).param("rating", s.rating())
                .param("ratingComment", s.ratingComment()).param("ratedAt", instant(s.ratedAt()))
                .param("id", s.id()).param("version", expectedVersion).update() == 1;
        if (updated) {
            filing.newLines().forEach(line -> append(s.id(), line));
            writePauses(s.id(), filing);
        }
        return updated;
    }

    /** The end of the open pause and the pause begun since loading (in that order: one open pause at a time). */
    private void writePauses(long filingId, Filing filing) {
        if (filing.pauseEndedAt() != null) {
            String by = filing.newLines().isEmpty() ? null : filing.newLines().get(filing.newLines().size() - 1).actor();
            jdbc.sql("update filing_clock_pause set to_at = :at, resumed_by = :by where filing_id = :f and to_at is null")
                    .param("at", instant(filing.pauseEndedAt())).param("by", by).param("f", filingId).update();
        }
        Filing.PauseBegun begun = filing.pauseBegun();
        if (begun != null) {
            jdbc.sql("""
                    insert into filing_clock_pause (filing_id, reason, note, from_at, paused_by)
                    values (:f, :reason, :note, :at, :by)""")
                    .param("f", filingId).param("reason", begun.reason().name()).param("note", begun.note())
                    .param("at", instant(begun.at())).param("by", begun.by()).update();
        }
    }

    /** The verification pauses read by {@link #COLUMNS} in one JSON array (oldest first), null when none. */
    private static List<Deadline.Pause> pauses(ResultSet rs) throws SQLException {
        String json = rs.getString("pauses");
        if (json == null) {
            return List.of();
        }
        List<Map<String, Object>> rows = PAUSES_JSON.readValue(json, PAUSE_ROWS);
        List<Deadline.Pause> pauses = new java.util.ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object to = row.get("to");
            pauses.add(new Deadline.Pause(beijing((String) row.get("from")), to == null ? null : beijing((String) to),
                    (String) row.get("reason")));
        }
        return pauses;
    }

    /** A timestamptz as JSON writes it ("2026-12-02T10:00:00.5+08:00"), on the Beijing wall clock. */
    private static LocalDateTime beijing(String iso) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(WorkingCalendar.ZONE).toLocalDateTime();
    }

    private void append(long filingId, Filing.Line line) {
        jdbc.sql("""
                insert into filing_event (filing_id, kind, status, unit_id, reason, actor, at)
                values (:f, :kind, :status, :unit, :reason, :actor, :at)""")
                .param("f", filingId).param("kind", line.kind().name()).param("status", line.status().name())
                .param("unit", line.unitId()).param("reason", line.reason()).param("actor", line.actor())
                .param("at", instant(line.at())).update();
    }

    List<FilingEvent> history(long filingId) {
        return jdbc.sql("""
                select e.at, e.kind, e.status, u.name as unit_name, e.reason, e.actor
                  from filing_event e left join pub_unit u on u.id = e.unit_id
                 where e.filing_id = :f order by e.id""").param("f", filingId)
                .query((rs, n) -> new FilingEvent(local(rs, "at"), FilingEventKind.valueOf(rs.getString("kind")),
                        FilingStatus.valueOf(rs.getString("status")), rs.getString("unit_name"), rs.getString("reason"),
                        rs.getString("actor")))
                .list();
    }

    Optional<String> codeHash(long id) {
        return jdbc.sql("select query_code_hash from filing where id = :id").param("id", id).query(String.class)
                .optional();
    }

    Secrets secrets(long id) {
        return jdbc.sql("select filer_name, filer_phone, filer_id_number, filer_address from filing where id = :id")
                .param("id", id).query((rs, n) -> new Secrets(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).single();
    }

    /** A split-off tip gets its complaint's filer: the same ciphertexts and masks. */
    void copyFiler(long fromId, long toId) {
        jdbc.sql("""
                update filing t set filer_name = s.filer_name, filer_phone = s.filer_phone,
                       filer_id_number = s.filer_id_number, filer_address = s.filer_address,
                       filer_name_masked = s.filer_name_masked, filer_phone_masked = s.filer_phone_masked
                  from filing s where s.id = :from and t.id = :to""").param("from", fromId).param("to", toId).update();
    }

    boolean hasSplitOff(long id) {
        return jdbc.sql("select exists (select 1 from filing where split_from_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /**
     * Up to {@code limit} new filings whose CREATE audit entry is not written yet (migration V43), locked and
     * skipping those another run holds: the fields the entry shows, no personal data.
     */
    List<Map<String, Object>> unaudited(int limit) {
        return jdbc.sql("""
                select f.id, f.tracking_no, f.track, f.channel, f.category, f.region_code, f.target_name, f.target_uscc,
                       f.anonymous, u.name as unit, f.created_by, f.received_at,
                       (select count(*) from filing_attachment a where a.filing_id = f.id) as attachments
                  from filing f join pub_unit u on u.id = f.unit_id
                 where not f.audited order by f.id limit :limit for update of f skip locked""")
                .param("limit", limit).query().listOfRows();
    }

    void markAudited(Long[] ids) {
        jdbc.sql("update filing set audited = true where id = any(:ids)").param("ids", ids).update();
    }

    static FilingView view(ResultSet rs, int row) throws SQLException {
        return new FilingView(filing(rs, row), rs.getString("region_name"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("unit_region_path"), rs.getString("handler_name"),
                rs.getString("merged_into_no"));
    }

    static Filing filing(ResultSet rs, int row) throws SQLException {
        Matter matter = new Matter(Channel.valueOf(rs.getString("channel")), Category.valueOf(rs.getString("category")),
                rs.getString("content"), rs.getString("region_code"), rs.getString("region_path"),
                rs.getString("target_name"), rs.getString("target_uscc"));
        Filer filer = new Filer(FilerKind.valueOf(rs.getString("filer_kind")), rs.getBoolean("anonymous"),
                rs.getString("filer_name_masked"), rs.getString("filer_phone_masked"));
        String ground = rs.getString("refusal_ground");
        String outcome = rs.getString("outcome");
        return Filing.restore(new Filing.Saved(rs.getLong("id"), rs.getString("tracking_no"),
                Track.valueOf(rs.getString("track")), FilingStatus.valueOf(rs.getString("status")), matter, filer,
                rs.getLong("unit_id"), rs.getObject("handler_user_id", Long.class), local(rs, "received_at"),
                local(rs, "accepted_at"), local(rs, "referred_at"), local(rs, "decided_at"),
                ground == null ? null : RefusalGround.valueOf(ground), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("result_text"), rs.getString("verify_extension"), rs.getObject("clue_id", Long.class),
                rs.getString("clue_number"), rs.getString("case_number"), rs.getObject("notice_from", LocalDate.class),
                local(rs, "notified_at"), rs.getObject("merged_into_id", Long.class),
                rs.getObject("split_from_id", Long.class), rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"), local(rs, "rated_at"), rs.getInt("version")), pauses(rs));
    }

    static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(WorkingCalendar.ZONE).toLocalDateTime();
    }

    static OffsetDateTime instant(LocalDateTime beijing) {
        return beijing == null ? null : beijing.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
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
