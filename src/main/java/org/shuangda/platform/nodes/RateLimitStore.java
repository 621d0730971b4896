package org.shuangda.platform.nodes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.RateLimiter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The window counters of {@link DatabaseRateLimiter} (table {@code rate_limit_window}, V164). */
@Component
class RateLimitStore {

    private final JdbcClient jdbc;

    RateLimitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one use of {@code key} in its window of {@code windowMillis} and returns the uses so far in it; a
     * window that began at or before {@code now - windowMillis} starts again at {@code now}. One statement, so
     * two nodes counting the same key at once serialise on its row and neither count is lost.
     */
    int countUse(String key, long windowMillis, Instant now) {
        return jdbc.sql("""
                insert into rate_limit_window as w (key, window_ms, window_start, used)
                values (:key, :ms, :now, 1)
                on conflict (key, window_ms) do update
                   set window_start = case when w.window_start <= :expired then excluded.window_start
                                           else w.window_start end,
                       used = case when w.window_start <= :expired then 1 else w.used + 1 end
                returning used""")
                .param("key", key).param("ms", windowMillis).param("now", at(now))
                .param("expired", at(now.minusMillis(windowMillis)))
                .query(Integer.class).single();
    }

    /**
     * The running windows of {@code keys} of {@code windowMillis} each (a window that began at or before
     * {@code now - windowMillis} ended, as in {@link #countUse}), without counting a use. One primary-key read.
     */
    Map<String, RateLimiter.Window> running(Collection<String> keys, long windowMillis, Instant now) {
        Map<String, RateLimiter.Window> running = new LinkedHashMap<>();
        jdbc.sql("""
                select key, used, window_start from rate_limit_window
                 where key = any(:keys) and window_ms = :ms and window_start > :expired""")
                .param("keys", keys.toArray(String[]::new)).param("ms", windowMillis)
                .param("expired", at(now.minusMillis(windowMillis)))
                .query((rs, n) -> running.put(rs.getString("key"), new RateLimiter.Window(rs.getInt("used"),
                        rs.getObject("window_start", OffsetDateTime.class).toInstant().plusMillis(windowMillis))))
                .list();
        return running;
    }

    /** Drops windows that ended before {@code now}; returns how many. */
    int dropEnded(Instant now) {
        return jdbc.sql("delete from rate_limit_window where window_start + window_ms * interval '1 millisecond' < :now")
                .param("now", at(now)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
