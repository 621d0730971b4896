package org.shuangda.credit.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.ExpiredBatch;
import org.shuangda.credit.ExpiryCursor;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily end of display periods (SAMR Order 107 art.7–9: a fact stops showing by itself when its period is
 * over): every fact still shown whose last day shown is before today is hidden as "公示期满", in batches of
 * {@code shuangda.credit.expiry-batch} (default 5,000), each its own transaction holding the expiry lock, through
 * {@link CreditFacts#hideExpired}. Idempotent: a second run the same day finds nothing. Runs at
 * {@code shuangda.credit.expiry-cron} (default 00:20 Beijing time); administrators run it now with
 * {@code POST /api/v1/credit/expiry} (CREDIT_SETTINGS).
 */
@Component
public class DisplayExpiry {

    /** What one run did. */
    public record Run(LocalDate today, int hidden, int batches) {
    }

    private static final Logger log = LoggerFactory.getLogger(DisplayExpiry.class);

    private final CreditFacts facts;
    private final Clock clock;
    private final int batch;

    DisplayExpiry(CreditFacts facts, Clock clock, @Value("${shuangda.credit.expiry-batch:5000}") int batch) {
        this.facts = facts;
        this.clock = clock;
        this.batch = Math.max(1, batch);
    }

    @Scheduled(cron = "${shuangda.credit.expiry-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    // once across nodes (platform.nodes.JobLockConfiguration); held at least 5 minutes against clock skew
    @SchedulerLock(name = "credit-display-expiry", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void daily() {
        Run run = run(Actor.system("公示期满停止公示"), today());
        log.info("Credit display expiry {}: {} facts hidden in {} batches", run.today(), run.hidden(), run.batches());
    }

    /** Runs the expiry for {@code today} as an administrator asked (CREDIT_SETTINGS) or as the daily job. */
    public Run runNow(Actor actor) {
        actor.require(Permission.CREDIT_SETTINGS);
        return run(actor, today());
    }

    /** Hides every fact shown past its period before {@code today}; returns how many. */
    public Run run(Actor actor, LocalDate today) {
        int hidden = 0;
        int batches = 0;
        ExpiryCursor after = ExpiryCursor.START;
        List<Long> ids;
        do {
            ExpiredBatch done = facts.hideExpired(actor, today, batch, after);
            ids = done.ids();
            after = done.next();
            hidden += ids.size();
            batches += ids.isEmpty() ? 0 : 1;
        } while (ids.size() == batch);
        return new Run(today, hidden, batches);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
