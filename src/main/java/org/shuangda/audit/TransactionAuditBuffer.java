package org.shuangda.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries one transaction has published so far, in publication order, written in {@link #beforeCommit}
 * — the last moment still inside the transaction — by the {@link ChainWriter}: onto the chain if the chain
 * lock is free (then held only from the append to the commit), else into {@code audit_pending} without
 * waiting. In both cases in this transaction: no change commits without its entries. After the commit of a
 * transaction that left its entries pending, the {@link AuditChainer} is signalled to fold them in.
 *
 * <p>Bound as a transaction resource under the writer's key and unbound on {@link #suspend()}, so a
 * {@code REQUIRES_NEW} transaction started meanwhile gets a buffer of its own and the outer one finds its
 * own again on {@link #resume()}. A rolled-back transaction never reaches {@code beforeCommit}: its entries
 * are dropped with it (and any pending row written is rolled back with it). If the write fails, Spring rolls
 * the whole transaction back.
 */
final class TransactionAuditBuffer implements TransactionSynchronization {

    private final ChainWriter writer;
    private final List<HashedContent> entries = new ArrayList<>();
    /** Null until written; then whether the entries went onto the chain (else into the pending queue). */
    private Boolean chained;

    private TransactionAuditBuffer(ChainWriter writer) {
        this.writer = writer;
    }

    /** Adds {@code entry} to the current transaction's buffer, creating and registering it on first use. */
    static void add(ChainWriter writer, HashedContent entry) {
        var buffer = (TransactionAuditBuffer) TransactionSynchronizationManager.getResource(writer);
        if (buffer == null) {
            buffer = new TransactionAuditBuffer(writer);
            TransactionSynchronizationManager.bindResource(writer, buffer);
            TransactionSynchronizationManager.registerSynchronization(buffer);
        }
        buffer.add(entry);
    }

    private void add(HashedContent entry) {
        if (chained != null) {
            // published by a synchronization that ran after ours: still inside the transaction, so it is
            // written at once, the way the others went, rather than being lost
            writer.writeLate(chained, List.of(entry));
        } else {
            entries.add(entry);
        }
    }

    /** Last among the synchronizations, so the lock is tried after any other before-commit work. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        chained = writer.write(List.copyOf(entries));
        entries.clear();
    }

    @Override
    public void afterCommit() {
        if (Boolean.FALSE.equals(chained)) {
            writer.pendingCommitted();
        }
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResource(writer);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(writer, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(writer);
        entries.clear();
    }
}
