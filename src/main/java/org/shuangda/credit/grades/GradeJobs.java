package org.shuangda.credit.grades;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shuangda.credit.CreditFactRecorded;
import org.shuangda.entities.EntityEstablishmentChanged;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When grades are computed: every entity on the first start (no full run recorded yet) and monthly (cron
 * {@code shuangda.credit.grades.cron}, default 02:00 on the 1st, Asia/Shanghai), both in a background thread of
 * their own so the start is not held up; and one entity whenever a fact joins its record ({@link
 * CreditFactRecorded}, after commit) or its 成立日期 changes ({@link EntityEstablishmentChanged}). Full runs asked for while one is running are merged into one more run.
 *
 * <p>On shutdown the worker is stopped (a running computation may finish, for up to {@link #FINISH_ON_STOP})
 * before the audit trail's shutdown anchor (phase 0) is written: a run that committed after the anchor would
 * leave its audit entry unanchored until the next start, and the next start's check would find the chain
 * longer than it was left.
 */
@Component
class GradeJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GradeJobs.class);

    private final RiskGradeService grades;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "credit-grades");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private static final long FINISH_ON_STOP = 30; // seconds
    private volatile boolean running;
    private final Readiness readiness;

    GradeJobs(RiskGradeService grades, Readiness readiness) {
        this.grades = grades;
        this.readiness = readiness;
    }

    /** The first run grades the population as prepared: after demo data loading in the background, if any. */
    @EventListener
    void started(ApplicationReadyEvent event) {
        readiness.whenReady(() -> {
            if (!grades.everComputed()) {
                requestFullRun("START");
            }
        });
    }

    @Scheduled(cron = "${shuangda.credit.grades.cron:0 0 2 1 * *}", zone = "Asia/Shanghai")
    // once across nodes (platform.nodes.JobLockConfiguration); held at least 5 minutes against clock skew
    @SchedulerLock(name = "credit-grades-monthly", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void monthly() {
        requestFullRun("MONTHLY");
    }

    @ApplicationModuleListener
    void on(CreditFactRecorded fact) {
        grades.recompute(Actor.system("信用风险分类"), fact.entityId(), "FACT");
    }

    /** A new 成立日期 may move the entity in or out of the newly-established factor: regraded at once. */
    @ApplicationModuleListener
    void on(EntityEstablishmentChanged changed) {
        grades.recompute(Actor.system("信用风险分类"), changed.entityId(), "ESTABLISHED");
    }

    @org.springframework.transaction.event.TransactionalEventListener
    void on(RiskSchemeSaved saved) {
        requestFullRun("SCHEME");
    }

    @EventListener
    void on(FullRunRequested request) {
        requestFullRun(request.reason());
    }

    /** Queues a full computation unless one is already waiting to start. */
    void requestFullRun(String reason) {
        if (worker.isShutdown() || !queued.compareAndSet(false, true)) {
            return; // stopping: the next start's monthly or first run takes it up
        }
        worker.submit(() -> {
            queued.set(false);
            try {
                grades.recomputeAll(Actor.system("信用风险分类"), reason);
            } catch (RuntimeException e) {
                log.error("Credit-risk grade computation ({}) failed", reason, e);
            }
        });
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(FINISH_ON_STOP, TimeUnit.SECONDS)) {
                log.warn("A credit-risk grade computation did not finish within {} s of the shutdown: stopped",
                        FINISH_ON_STOP);
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the audit anchors' lifecycle (phase 0), after the web server stopped taking requests. */
    @Override
    public int getPhase() {
        return 100;
    }
}
