package org.shuangda.audit;

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
 * rather than letting it fork the chain.
 *
 * <p>Two ways in. A committing business transaction only {@linkplain #tryAppend tries} the lock: if another
 * transaction holds it, it does not wait but leaves its entries in {@code audit_pending}
 * ({@link ChainWriter}), so the chain no longer serialises every write in the application. The
 * {@link AuditChainer}, which folds those pending entries in, {@linkplain #append waits} for the lock. The
 * lock is re-entrant within a transaction: once taken, further appends in it succeed at once.
 */
@Component
class ChainAppender {

    /** Key of the advisory lock that guards the head of the chain ("SDAUDIT" in ASCII; see V51 for pg_locks). */
    static final long CHAIN_LOCK = 0x53_44_41_55_44_49_54L;

    private final JdbcClient jdbc;

    ChainAppender(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, String hash) {
    }

    /**
     * Appends {@code entries} if the chain lock can be had without waiting.
     *
     * @return false, with nothing written, if another transaction holds the lock
     */
    boolean tryAppend(List<HashedContent> entries) {
        if (entries.isEmpty()) {
            return true;
        }
        requireTransaction();
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", CHAIN_LOCK)
                .query(Boolean.class).single();
        if (locked) {
            appendLocked(entries);
        }
        return locked;
    }

    /** Appends {@code entries} (their ids are ignored) as consecutive chain positions, waiting for the lock. */
    void append(List<HashedContent> entries) {
        if (entries.isEmpty()) {
            return;
        }
        lock();
        appendLocked(entries);
    }

    /** Waits for the chain lock and holds it until the caller's transaction ends. */
    void lock() {
        requireTransaction();
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().listOfRows();
    }

    private void appendLocked(List<HashedContent> entries) {
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

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // without a transaction the lock would be released at once and the head could fork
            throw new IllegalStateException("audit entries can only be appended inside a transaction");
        }
    }

    private void insert(HashedContent c, String prevHash, String hash) {
        var insert = jdbc.sql("insert into audit_entry (id, " + ContentColumns.NAMES + ", prev_hash, hash) values (:id, "
                + ContentColumns.VALUES + ", :prevHash, :hash)");
        ContentColumns.bind(insert, c).param("id", c.id()).param("prevHash", prevHash).param("hash", hash).update();
    }
}
