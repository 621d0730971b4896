package org.shuangda.shared;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Window counters per client address (minute and day), in memory: enough for one node; with several nodes the
 * platform's database limiter counts for all of them ({@code platform.nodes.DatabaseRateLimiter}). Each key's window starts at its first use, not at the clock's
 * full minute: a window fixed to the clock would let twice the limit through around a boundary (the limit at
 * 10:00:59 and again at 10:01:00). Old windows are dropped as new ones start.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private record Window(long start, long length, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int limit, long windowMillis) {
        long now = clock.millis();
        String id = key + "@" + windowMillis;
        Window w = windows.compute(id, (k, old) -> old == null || now - old.start() >= windowMillis
                ? new Window(now, windowMillis, new AtomicInteger()) : old);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= e.getValue().length());
        }
        return w.count().incrementAndGet() <= limit;
    }
}
