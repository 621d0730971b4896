package org.shuangda.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the head of the chain, in the given order, in the caller's (already open) transaction.
 *
 * <p>Appends are serialised by a transaction-scoped advisory lock held from here until commit, so the next
 * writer reads a committed head and ids stay dense (last + 1; a rollback releases the lock with the rows,
 * leaving no gap). This relies on READ COMMITTED (the default): under REPEATABLE READ a writer whose
 * snapshot predates the lock would read a stale head, and the primary key then refuses the duplicate id
 * rather than letting it fork the chain. Callers make this the last thing before commit (see
 * {@link AuditRecorder}), so the lock is held only for the append and the commit itself.
 */
@Component
class ChainAppender {

    /** Key of the advisory lock that guards the head of the chain ("SDAUDIT" in ASCII). */
    static final long CHAIN_LOCK = 0x53_44_41_55_44_49_54L;

    private final JdbcClient jdbc;

    ChainAppender(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, String hash) {
    }

    /** Appends {@code entries} (their ids are ignored) as consecutive chain positions. */
    void append(List<HashedContent> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // without a transaction the lock would be released at once and the head could fork
            throw new IllegalStateException("audit entries can only be appended inside a transaction");
        }
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().listOfRows();
        Head head = jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash"))).optional()
                .orElse(new Head(0, HashedContent.GENESIS));
        long id = head.id();
        String previousHash = head.hash();
        for (HashedContent pending : entries) {
            HashedContent content = pending.at(++id);
            String hash = content.hash(previousHash);
            insert(content, previousHash, hash);
            previousHash = hash;
        }
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
