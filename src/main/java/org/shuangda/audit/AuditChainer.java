package org.shuangda.audit;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.annotation.PreDestroy;
import org.shuangda.audit.PendingEntryStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds committed {@code audit_pending} rows into the chain, oldest first, {@value #BATCH} at a time: each
 * batch in one transaction that waits for the chain lock, appends the entries with dense ids and the SM3
 * chain and deletes the rows it folded, so a row is either pending or chained, never both nor neither.
 *
 * <p>Runs on one worker thread of its own, woken after the commit of every transaction that left rows
 * pending ({@link #signal()}), and by a sweep every 250 ms that finds rows left by a crash or by a signal
 * lost to an error (and, at start, rows committed before a shutdown). Several application instances are
 * safe: the chain lock lets one fold at a time, and the others then find the rows gone. Only committed rows
 * are visible to it (READ COMMITTED), so a row of a transaction still in flight is folded by a later pass.
 */
@Component
public class AuditChainer {

    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final ChainAppender appender;
    private final PendingEntryStore pending;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "audit-chainer");
        thread.setDaemon(true);
        return thread;
    });
    /** A fold is queued and has not started yet: further signals need not queue another. */
    private final AtomicBoolean queued = new AtomicBoolean();

    AuditChainer(ChainAppender appender, PendingEntryStore pending, PlatformTransactionManager transactionManager) {
        this.appender = appender;
        this.pending = pending;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Asks the worker to fold soon; returns at once and never throws: it runs after a commit, where an
     * exception would make a committed change look failed to its caller.
     */
    void signal() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("Folding pending audit entries failed; the sweep retries", e);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.set(false); // shutting down: the rows wait in audit_pending for the sweep after the next start
        }
    }

    @Scheduled(fixedDelayString = "${shuangda.audit.chainer-sweep-ms:250}")
    void sweep() {
        if (pending.any()) {
            signal();
        }
    }

    /**
     * Folds every committed pending row now, on the caller's thread, and returns how many it folded. For
     * tests that run audited work concurrently and then count {@code audit_entry}, and for the worker.
     */
    public long drain() {
        long folded = 0;
        int batch;
        do {
            batch = foldBatch();
            folded += batch;
        } while (batch == BATCH);
        return folded;
    }

    private int foldBatch() {
        Integer folded = transactions.execute(status -> {
            if (!pending.any()) {
                return 0; // nothing to do: do not take the lock, writers keep the direct path
            }
            // lock first, then read: another instance's chainer may have folded these rows meanwhile
            appender.lock();
            List<Pending> rows = pending.oldest(BATCH);
            if (!rows.isEmpty()) {
                appender.append(rows.stream().map(Pending::content).toList());
                pending.delete(rows);
            }
            return rows.size();
        });
        return folded == null ? 0 : folded;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
