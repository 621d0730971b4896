package org.shuangda.platform.nodes;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.shuangda.shared.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-address limits counted in PostgreSQL, so they hold across every node behind a load balancer: a
 * client spreading its requests over two nodes gets the limit once, not twice. Each use is one upsert on an
 * unlogged table ({@link RateLimitStore}), in a transaction of its own: it commits even when the request's work
 * rolls back (an attempt counts), and works from inside a read-only transaction (the tracking page). A look
 * without counting ({@link #peek}) is one primary-key read on the primary: outside a transaction as it is
 * (the bearer-token filter, on every API call), from inside one in a transaction of its own, so that a
 * read-only transaction routed to the replica does not read counters the replica never receives.
 */
@Component
class DatabaseRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRateLimiter.class);

    private final RateLimitStore store;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DatabaseRateLimiter(RateLimitStore store, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean tryAcquire(String key, int limit, long windowMillis) {
        Integer used = ownTransaction.execute(status -> store.countUse(key, windowMillis, clock.instant()));
        return used != null && used <= limit;
    }

    @Override
    public Map<String, Window> peek(Collection<String> keys, long windowMillis) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return store.running(keys, windowMillis, clock.instant());
        }
        return ownTransaction.execute(status -> store.running(keys, windowMillis, clock.instant()));
    }

    /** Every node may sweep: deleting ended windows twice does no harm. */
    @Scheduled(fixedDelayString = "${shuangda.limits.rate-window-sweep:10m}",
            initialDelayString = "${shuangda.limits.rate-window-sweep:10m}")
    void dropEndedWindows() {
        int dropped = store.dropEnded(clock.instant());
        if (dropped > 0) {
            log.debug("Rate limits: {} ended windows dropped", dropped);
        }
    }
}
