package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InMemoryRateLimiter;

/**
 * The windows of {@link BearerFailureLimits} on the shared limiter's counters (here the in-memory one; the
 * application's counts in the database, {@code platform.nodes.TwoNodesTests} spreads the failures over two
 * nodes): the failure that reaches the limit starts the block, the block lasts {@code block-minutes} from it and
 * is not lengthened by later failures.
 */
class BearerFailureWindowTest {

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-12-02T10:00:00Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    private final BearerFailureLimits limits = new BearerFailureLimits(new InMemoryRateLimiter(clock), clock, 3, 5, 5);

    @Test
    void theThirdFailureBlocksTheAddressForFiveMinutesFromIt() {
        limits.failed("203.0.113.1", "sd_aaaaaaa");
        now.addAndGet(60_000);
        limits.failed("203.0.113.1", "sd_bbbbbbb");
        assertThat(limits.blocked("203.0.113.1", "sd_ccccccc")).isEmpty();
        now.addAndGet(60_000);
        limits.failed("203.0.113.1", "sd_ccccccc");
        assertThat(limits.blocked("203.0.113.1", "sd_ddddddd")).contains(Duration.ofMinutes(5));
        assertThat(limits.blocked("203.0.113.2", "sd_aaaaaaa")).as("the prefix failed once only").isEmpty();

        now.addAndGet(60_000);
        limits.failed("203.0.113.1", "sd_eeeeeee"); // a call in flight when the block began
        assertThat(limits.blocked("203.0.113.1", "sd_ddddddd")).as("not lengthened").contains(Duration.ofMinutes(4));
        now.addAndGet(Duration.ofMinutes(4).toMillis());
        assertThat(limits.blocked("203.0.113.1", "sd_ddddddd")).isEmpty();
        limits.failed("203.0.113.1", "sd_fffffff");
        assertThat(limits.blocked("203.0.113.1", "sd_ddddddd")).as("the failures' window ended with the block")
                .isEmpty();
    }

    @Test
    void aPrefixHammeredFromManyAddressesIsBlockedAndNoAddressIs() {
        for (int i = 0; i < 3; i++) {
            limits.failed("203.0.113." + (10 + i), "sd_leaked1");
        }
        assertThat(limits.blocked("203.0.113.50", "sd_leaked1")).isPresent();
        assertThat(limits.blocked("203.0.113.10", "sd_other12")).isEmpty();
    }
}
