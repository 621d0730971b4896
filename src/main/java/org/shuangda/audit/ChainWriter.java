package org.shuangda.audit;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a committing transaction's entries without ever waiting for another transaction: onto the chain
 * if the chain lock is free, else into {@code audit_pending} for the {@link AuditChainer}. Either way in the
 * caller's transaction, so the entries commit or roll back with the change they describe.
 */
@Component
class ChainWriter {

    private final ChainAppender appender;
    private final PendingEntryStore pending;
    private final AuditChainer chainer;

    ChainWriter(ChainAppender appender, PendingEntryStore pending, AuditChainer chainer) {
        this.appender = appender;
        this.pending = pending;
        this.chainer = chainer;
    }

    /** @return true if the entries are on the chain, false if they wait in {@code audit_pending} */
    boolean write(List<HashedContent> entries) {
        if (appender.tryAppend(entries)) {
            return true;
        }
        pending.insert(entries);
        return false;
    }

    /**
     * Writes entries published after {@link #write} in the same transaction the way the earlier ones went,
     * so one transaction's entries are never split between the chain and the queue (which would change
     * their order).
     */
    void writeLate(boolean chained, List<HashedContent> entries) {
        if (chained) {
            appender.append(entries); // the lock is already this transaction's: no wait
        } else {
            pending.insert(entries);
        }
    }

    /** To call after the commit of a transaction that left entries pending: folds them in soon. */
    void pendingCommitted() {
        chainer.signal();
    }
}
