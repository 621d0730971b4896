package org.shuangda.credit.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily evaluation of the credit warnings at {@code shuangda.credit.warnings.cron} (default 06:20 Beijing
 * time). A bean of its own so that {@link WarningEvaluator#evaluateAll} runs through its transactional proxy: the
 * advisory lock {@code credit_warning:daily} it takes is transaction-scoped and would be released at once without
 * a transaction around it.
 */
@Component
class WarningDailyJob {

    private static final Logger log = LoggerFactory.getLogger(WarningDailyJob.class);

    private final WarningEvaluator evaluator;

    WarningDailyJob(WarningEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Scheduled(cron = "${shuangda.credit.warnings.cron:0 20 6 * * *}", zone = "Asia/Shanghai")
    // once across nodes (platform.nodes.JobLockConfiguration); held at least 5 minutes against clock skew
    @SchedulerLock(name = "credit-warnings-daily", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void daily() {
        log.info("Credit warnings: {} raised by the daily evaluation", evaluator.evaluateAll());
    }
}
