package org.shuangda.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Window counters per key (minute and day), in memory: enough for one JVM (the unit tests); with several nodes
 * the platform's database limiter counts for all of them ({@code platform.nodes.DatabaseRateLimiter}). Each
 * key's window starts at its first use, not at the clock's full minute: a window fixed to the clock would let
 * twice the limit through around a boundary (the limit at 10:00:59 and again at 10:01:00). Old windows are
 * dropped as new ones start.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private record Counter(long start, long length, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Counter> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int limit, long windowMillis) {
        long now = clock.millis();
        Counter w = windows.compute(id(key, windowMillis), (k, old) -> old == null || now - old.start() >= windowMillis
                ? new Counter(now, windowMillis, new AtomicInteger()) : old);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= e.getValue().length());
        }
        return w.count().incrementAndGet() <= limit;
    }

    @Override
    public Map<String, Window> peek(Collection<String> keys, long windowMillis) {
        long now = clock.millis();
        Map<String, Window> running = new LinkedHashMap<>();
        for (String key : keys) {
            Counter w = windows.get(id(key, windowMillis));
            if (w != null && now - w.start() < windowMillis) {
                running.put(key, new Window(w.count().get(), Instant.ofEpochMilli(w.start() + windowMillis)));
            }
        }
        return running;
    }

    private static String id(String key, long windowMillis) {
        return key + "@" + windowMillis;
    }
}
