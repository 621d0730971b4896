package org.shuangda.sampling;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily clock sweep (06:40 Beijing time, {@code shuangda.sampling.sweep-cron}; once across nodes): every failed
 * sample whose re-test window closed without a request becomes final (复检期满, {@link SampleSteps#closeRetestWindow},
 * each in its own transaction), so its result is published and becomes a credit fact. Only samples waiting in
 * {@link SampleState#NOTIFIED} are read, in batches by id; the other clocks need no sweep: due days and "overdue" are
 * computed whenever a list or a to-do asks.
 */
@Component
public class SamplingSweep {

    static final Actor SWEEP = Actor.system("抽检复检期满");
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(SamplingSweep.class);

    private final SampleStore store;
    private final SampleSteps steps;
    private final SamplingClocks clocks;

    SamplingSweep(SampleStore store, SampleSteps steps, SamplingClocks clocks) {
        this.store = store;
        this.steps = steps;
        this.clocks = clocks;
    }

    @Scheduled(cron = "${shuangda.sampling.sweep-cron:0 40 6 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "sampling-sweep-daily", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void daily() {
        log.info("Sampling sweep: {} re-test windows closed", sweep());
    }

    /** The sweep now, for an administrator of sampling (SAMPLING_SETTINGS), as the daily job runs it. */
    public int sweep(Actor actor) {
        actor.require(org.shuangda.shared.Permission.SAMPLING_SETTINGS);
        return sweep();
    }

    /** Closes every re-test window that ended before today; answers how many samples became final. */
    public int sweep() {
        int closed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = store.idsInState(SampleState.NOTIFIED, after, BATCH);
            for (long id : batch) {
                after = id;
                try {
                    steps.closeRetestWindow(SWEEP, id);
                    closed++;
                } catch (InvalidInput stillOpen) {
                    // the window runs on (or the sample moved meanwhile): nothing to do today
                }
            }
        } while (batch.size() == BATCH);
        return closed;
    }
}
