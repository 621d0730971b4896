package org.shuangda.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code credit_fact} table (V125): one row per fact, unique on (source_ref, kind). */
@Repository
class CreditFactStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() { };

    static final String COLUMNS = """
            select id, entity_id, kind, source_module, source_ref, occurred_on, unit_id, region_path, summary,
                   detail::text as detail, tier, public_from, public_until, hidden_at, hidden_reason, recorded_at
              from credit_fact
            """;

    private final JdbcClient jdbc;

    CreditFactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when the same (source_ref, kind) was recorded before. */
    Optional<Long> insert(NewCreditFact f) {
        return jdbc.sql("""
                        insert into credit_fact (entity_id, kind, source_module, source_ref, occurred_on, unit_id,
                                                 region_path, summary, detail, tier, public_from, public_until)
                        values (:entityId, :kind, :sourceModule, :sourceRef, :occurredOn, :unitId, :regionPath,
                                :summary, cast(:detail as jsonb), :tier, :publicFrom, :publicUntil)
                        on conflict (source_ref, kind) do nothing
                        returning id
                        """)
                .param("entityId", f.entityId()).param("kind", f.kind().name())
                .param("sourceModule", f.sourceModule()).param("sourceRef", f.sourceRef())
                .param("occurredOn", f.occurredOn()).param("unitId", f.unitId())
                .param("regionPath", f.regionPath()).param("summary", f.summary())
                .param("detail", JSON.writeValueAsString(f.detail())).param("tier", f.tier().name())
                .param("publicFrom", f.publicFrom()).param("publicUntil", f.publicUntil())
                .query(Long.class).optional();
    }

    /** The entity's facts, newest first (same day: last recorded first). */
    List<CreditFact> ofEntity(long entityId) {
        return jdbc.sql(COLUMNS + " where entity_id = :id order by occurred_on desc, id desc")
                .param("id", entityId).query(CreditFactStore::map).list();
    }

    Optional<CreditFact> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(CreditFactStore::map).optional();
    }

    /** Ends a fact's public display; false when it had ended already (so a second run changes nothing). */
    boolean hide(long id, String reason, Instant at) {
        return jdbc.sql("update credit_fact set hidden_at = :at, hidden_reason = :reason"
                        + " where id = :id and hidden_at is null")
                .param("id", id).param("reason", reason).param("at", Timestamp.from(at)).update() == 1;
    }

    /**
     * Ends the display of up to {@code limit} facts whose last day shown is before {@code today}, in one statement,
     * after taking the expiry lock for this transaction (false from {@link #tryExpiryLock}: another instance runs
     * it); returns the ids hidden (none once nothing is left, so a second run changes nothing). The batch starts
     * after {@code after} (the last fact of the previous batch) and is read through the partial index on
     * (public_until, id), so a run of many batches does not scan again what it hid already.
     */
    ExpiredBatch hideExpired(LocalDate today, String reason, Instant at, int limit, ExpiryCursor after) {
        List<ExpiryCursor> hidden = jdbc.sql("""
                        update credit_fact f set hidden_at = :at, hidden_reason = :reason
                          from (select id from credit_fact
                                 where hidden_at is null and public_until is not null and public_until < :today
                                   and (public_until, id) > (:afterDay, :afterId)
                                 order by public_until, id limit :limit
                                 for update skip locked) due
                         where f.id = due.id
                        returning f.id, f.public_until
                        """)
                .param("today", today).param("reason", reason).param("at", Timestamp.from(at)).param("limit", limit)
                .param("afterDay", after.lastDayShown()).param("afterId", after.id())
                .query((rs, n) -> new ExpiryCursor(rs.getObject("public_until", LocalDate.class), rs.getLong("id")))
                .list();
        ExpiryCursor next = hidden.stream().max(java.util.Comparator.comparing(ExpiryCursor::lastDayShown)
                .thenComparingLong(ExpiryCursor::id)).orElse(after);
        return new ExpiredBatch(hidden.stream().map(ExpiryCursor::id).toList(), next);
    }

    /** The expiry job's transaction-scoped lock ("SDCREXP"): one instance at a time. */
    boolean tryExpiryLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", EXPIRY_LOCK)
                .query(Boolean.class).single());
    }

    static final long EXPIRY_LOCK = 0x5344435245585050L >>> 8;

    static CreditFact map(ResultSet rs, int n) throws SQLException {
        String detail = rs.getString("detail");
        Timestamp hidden = rs.getTimestamp("hidden_at");
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new CreditFact(rs.getLong("id"), rs.getLong("entity_id"), CreditFactKind.valueOf(rs.getString("kind")),
                rs.getString("source_module"), rs.getString("source_ref"),
                rs.getObject("occurred_on", LocalDate.class), unitId, rs.getString("region_path"),
                rs.getString("summary"), detail == null ? Map.of() : JSON.readValue(detail, DETAIL),
                DisplayTier.valueOf(rs.getString("tier")), rs.getObject("public_from", LocalDate.class),
                rs.getObject("public_until", LocalDate.class), hidden == null ? null : hidden.toInstant(),
                rs.getString("hidden_reason"), rs.getTimestamp("recorded_at").toInstant());
    }
}
