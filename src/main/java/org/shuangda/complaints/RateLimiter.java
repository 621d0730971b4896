package org.shuangda.complaints;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window counters per client address (minute and day), in memory: enough for one instance; behind a
 * load balancer the proxy's own limits apply as well. Old windows are dropped as new ones start.
 */
final class RateLimiter {

    private record Window(long start, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one use; false when {@code key} already used {@code limit} in the current window. */
    boolean tryAcquire(String key, int limit, long windowMillis) {
        long now = clock.millis();
        long start = now - now % windowMillis;
        String id = key + "@" + windowMillis;
        Window w = windows.compute(id, (k, old) -> old == null || old.start() != start
                ? new Window(start, new AtomicInteger()) : old);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().start() < start);
        }
        return w.count().incrementAndGet() <= limit;
    }
}
