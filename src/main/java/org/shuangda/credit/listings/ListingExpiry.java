package org.shuangda.credit.listings;

import java.time.Clock;
import java.time.LocalDate;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily job: serious listings whose three years have ended leave the list (Order 44 art.21). Idempotent: a
 * second run finds nothing to remove. The public pages never wait for it (they compare the period with today).
 */
@Component
class ListingExpiry {

    private static final Logger log = LoggerFactory.getLogger(ListingExpiry.class);

    private final CreditListings listings;
    private final Clock clock;

    ListingExpiry(CreditListings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Scheduled(cron = "${shuangda.credit.listing-expiry-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
    // once across nodes (platform.nodes.JobLockConfiguration); held at least 5 minutes against clock skew
    @SchedulerLock(name = "credit-listing-expiry", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void daily() {
        int removed = listings.expire(Actor.system("严重违法失信名单期满移出"),
                LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
        log.info("Serious-violation list: {} listings removed at the end of their period", removed);
    }
}
