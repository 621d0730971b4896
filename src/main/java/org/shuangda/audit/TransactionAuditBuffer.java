package org.shuangda.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries one transaction has published so far, in publication order, appended to the chain in
 * {@link #beforeCommit} — the last moment still inside the transaction — so the chain lock is held only
 * from the append to the commit, not for the whole business transaction.
 *
 * <p>Bound as a transaction resource under the appender's key and unbound on {@link #suspend()}, so a
 * {@code REQUIRES_NEW} transaction started meanwhile gets a buffer of its own and the outer one finds its
 * own again on {@link #resume()}. A rolled-back transaction never reaches {@code beforeCommit}: its entries
 * are dropped with it. If the append fails, Spring rolls the whole transaction back: no change commits
 * without its audit entry.
 */
final class TransactionAuditBuffer implements TransactionSynchronization {

    private final ChainAppender appender;
    private final List<HashedContent> entries = new ArrayList<>();
    private boolean appended;

    private TransactionAuditBuffer(ChainAppender appender) {
        this.appender = appender;
    }

    /** Adds {@code entry} to the current transaction's buffer, creating and registering it on first use. */
    static void add(ChainAppender appender, HashedContent entry) {
        var buffer = (TransactionAuditBuffer) TransactionSynchronizationManager.getResource(appender);
        if (buffer == null) {
            buffer = new TransactionAuditBuffer(appender);
            TransactionSynchronizationManager.bindResource(appender, buffer);
            TransactionSynchronizationManager.registerSynchronization(buffer);
        }
        buffer.add(entry);
    }

    private void add(HashedContent entry) {
        if (appended) {
            // published by a synchronization that ran after ours: still inside the transaction (the chain
            // lock is already ours), so it goes straight onto the chain rather than being lost
            appender.append(List.of(entry));
        } else {
            entries.add(entry);
        }
    }

    /** Last among the synchronizations, so the lock is taken after any other before-commit work. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        appended = true;
        appender.append(List.copyOf(entries));
        entries.clear();
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResource(appender);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(appender, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(appender);
        entries.clear();
    }
}
