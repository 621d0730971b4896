package org.shuangda.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import org.shuangda.audit.ActorSnapshots.ActorSnapshot;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link AuditableChange} to the chain.
 *
 * <p>Deliberately a plain, synchronous {@code @EventListener}, not a transactional or asynchronous one:
 * the entry is written in the publisher's transaction, so it commits with the change it records and
 * disappears with it on rollback; a change that cannot be audited fails. {@code REQUIRED} opens a
 * transaction only for a publisher that has none.
 *
 * <p>Appends are serialised by a transaction-scoped advisory lock held until commit, so the next writer
 * reads a committed head. This relies on READ COMMITTED (the default): under REPEATABLE READ a publisher
 * whose snapshot predates the lock would read a stale head, and the primary key then refuses the duplicate
 * id rather than letting it fork the chain.
 */
@Component
class AuditRecorder {

    /** Key of the advisory lock that guards the head of the chain ("SDAUDIT" in ASCII). */
    static final long CHAIN_LOCK = 0x53_44_41_55_44_49_54L;

    private final JdbcClient jdbc;
    private final ActorSnapshots actors;

    AuditRecorder(JdbcClient jdbc, ActorSnapshots actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    private record Head(long id, String hash) {
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditableChange change) {
        if (change.changesNothing()) {
            return;
        }
        Objects.requireNonNull(change.action(), "an audited change needs an action");
        ActorSnapshot actor = actors.of(change);
        Map<String, Object> before = SecretFields.withoutSecrets(CanonicalJson.normaliseMap(change.before()));
        Map<String, Object> after = SecretFields.withoutSecrets(CanonicalJson.normaliseMap(change.after()));

        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().listOfRows();
        Head head = jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash"))).optional()
                .orElse(new Head(0, HashedContent.GENESIS));

        HashedContent content = new HashedContent(head.id() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor.userId(), actor.username(), actor.name(), actor.unitId(), actor.unitName(),
                actor.unitPath(), actor.regionPath(), ActorSnapshots.clientIp(), change.action().name(),
                CanonicalJson.clean(change.objectType()), CanonicalJson.clean(change.objectId()),
                CanonicalJson.clean(change.summary()), before, after);
        insert(content, head.hash(), content.hash(head.hash()));
    }

    private void insert(HashedContent c, String prevHash, String hash) {
        jdbc.sql("""
                insert into audit_entry (id, occurred_at, actor_user_id, actor_username, actor_name, actor_unit_id,
                       actor_unit_name, actor_unit_path, actor_region_path, client_ip, action, object_type,
                       object_id, summary, before, after, prev_hash, hash)
                values (:id, :occurredAt, :actorUserId, :actorUsername, :actorName, :actorUnitId, :actorUnitName,
                       :actorUnitPath, :actorRegionPath, :clientIp, :action, :objectType, :objectId, :summary,
                       cast(:before as jsonb), cast(:after as jsonb), :prevHash, :hash)""")
                .param("id", c.id())
                .param("occurredAt", OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC))
                .param("actorUserId", c.actorUserId(), java.sql.Types.BIGINT)
                .param("actorUsername", c.actorUsername(), java.sql.Types.VARCHAR)
                .param("actorName", c.actorName(), java.sql.Types.VARCHAR)
                .param("actorUnitId", c.actorUnitId(), java.sql.Types.BIGINT)
                .param("actorUnitName", c.actorUnitName(), java.sql.Types.VARCHAR)
                .param("actorUnitPath", c.actorUnitPath(), java.sql.Types.VARCHAR)
                .param("actorRegionPath", c.actorRegionPath(), java.sql.Types.VARCHAR)
                .param("clientIp", c.clientIp(), java.sql.Types.VARCHAR)
                .param("action", c.action())
                .param("objectType", c.objectType(), java.sql.Types.VARCHAR)
                .param("objectId", c.objectId(), java.sql.Types.VARCHAR)
                .param("summary", c.summary(), java.sql.Types.VARCHAR)
                .param("before", CanonicalJson.write(c.before()))
                .param("after", CanonicalJson.write(c.after()))
                .param("prevHash", prevHash)
                .param("hash", hash)
                .update();
    }
}
