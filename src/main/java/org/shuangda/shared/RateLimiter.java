package org.shuangda.shared;

/**
 * Window counters per key (a client address with what it asks: the public form, the tracking page, the
 * restoration pages). Each key's window starts at its first use, not at the clock's full minute: a window fixed
 * to the clock would let twice the limit through around a boundary. The application's bean counts in the
 * database, so the limits hold across every node ({@code platform.nodes.DatabaseRateLimiter});
 * {@link InMemoryRateLimiter} counts for one JVM.
 */
public interface RateLimiter {

    /** Counts one use; false when {@code key} already used {@code limit} in the current window. */
    boolean tryAcquire(String key, int limit, long windowMillis);
}
