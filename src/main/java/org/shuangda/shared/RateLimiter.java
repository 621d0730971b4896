package org.shuangda.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Window counters per key (a client address with what it asks: the public form, the tracking page, the
 * restoration pages; a client address or a token prefix with its failed bearer tokens). Each key's window
 * starts at its first use, not at the clock's full minute: a window fixed to the clock would let twice the
 * limit through around a boundary. The application's bean counts in the database, so the limits hold across
 * every node ({@code platform.nodes.DatabaseRateLimiter}); {@link InMemoryRateLimiter} counts for one JVM (unit
 * tests).
 */
public interface RateLimiter {

    /** A key's running window: the uses counted in it so far, and when it ends. */
    record Window(int used, Instant ends) {
    }

    /** Counts one use; false when {@code key} already used {@code limit} in the current window. */
    boolean tryAcquire(String key, int limit, long windowMillis);

    /**
     * The running windows of {@code keys} (of {@code windowMillis} each), without counting a use: a key with no
     * window, or whose window ended, is not in the answer. One look-up for all of them.
     */
    Map<String, Window> peek(Collection<String> keys, long windowMillis);

    /** {@link #peek(Collection, long)} for one key. */
    default Optional<Window> peek(String key, long windowMillis) {
        return Optional.ofNullable(peek(List.of(key), windowMillis).get(key));
    }
}
