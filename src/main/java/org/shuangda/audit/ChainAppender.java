package org.shuangda.audit;

import java.util.List;
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

    private final ChainStore store;
    private final AuditAnchors anchors;

    ChainAppender(ChainStore store, AuditAnchors anchors) {
        this.store = store;
        this.anchors = anchors;
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
        boolean locked = store.tryLock();
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
        store.lock();
    }

    private void appendLocked(List<HashedContent> entries) {
        ChainStore.Head head = store.head().orElse(new ChainStore.Head(0, HashedContent.GENESIS));
        long id = head.id();
        String previousHash = head.hash();
        for (HashedContent pending : entries) {
            HashedContent content = pending.at(++id);
            String hash = content.hash(previousHash);
            store.insert(content, previousHash, hash);
            previousHash = hash;
        }
        anchors.appended(head.id() + 1, id); // every N entries an anchor, after this transaction's commit
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // without a transaction the lock would be released at once and the head could fork
            throw new IllegalStateException("audit entries can only be appended inside a transaction");
        }
    }
}
