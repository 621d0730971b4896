package org.shuangda.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-12-02T10:00:59Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @Test
    void theLimitHoldsAcrossTheClocksFullMinute() {
        RateLimiter limiter = new InMemoryRateLimiter(clock);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1", 10, 60_000)).isTrue();
        }
        now.addAndGet(2_000); // 10:01:01: a window fixed to the clock would have started afresh
        assertThat(limiter.tryAcquire("10.0.0.1", 10, 60_000)).isFalse();
        now.addAndGet(58_000); // a minute after the first use
        assertThat(limiter.tryAcquire("10.0.0.1", 10, 60_000)).isTrue();
    }

    @Test
    void eachKeyAndWindowLengthCountsApart() {
        RateLimiter limiter = new InMemoryRateLimiter(clock);
        assertThat(limiter.tryAcquire("a", 1, 60_000)).isTrue();
        assertThat(limiter.tryAcquire("a", 1, 60_000)).isFalse();
        assertThat(limiter.tryAcquire("b", 1, 60_000)).isTrue();
        assertThat(limiter.tryAcquire("a", 5, 86_400_000)).isTrue();
    }

    @Test
    void peekShowsTheRunningWindowWithoutCounting() {
        RateLimiter limiter = new InMemoryRateLimiter(clock);
        assertThat(limiter.peek("k", 60_000)).isEmpty();
        limiter.tryAcquire("k", 2, 60_000);
        Instant started = clock.instant();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.peek("k", 60_000)).contains(new RateLimiter.Window(1, started.plusSeconds(60)));
        }
        assertThat(limiter.tryAcquire("k", 2, 60_000)).as("the looks counted nothing").isTrue();
        assertThat(limiter.peek(java.util.List.of("k", "other"), 60_000)).containsOnlyKeys("k");
        assertThat(limiter.peek("k", 1_000)).as("another window length").isEmpty();
        now.addAndGet(60_000);
        assertThat(limiter.peek("k", 60_000)).as("the window ended").isEmpty();
    }
}
