package org.shuangda.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failure limits of bearer-token authentication: after {@code max-failures} unknown or revoked tokens within
 * {@code window-minutes}, from one client address ({@code shared.web.ClientAddress}, so a forged
 * {@code X-Forwarded-For} from an untrusted address counts against that address) or with one token prefix
 * (the first {@value #PREFIX} characters, as the token screen lists them), further tokens from that address,
 * or with that prefix, answer 429 for {@code block-minutes} without being looked up.
 *
 * <p>Why not the password form's lockout: that locks an account, and whoever types five wrong passwords for
 * a username would switch off every integration acting for it. These limits lock no account and no other
 * token: a guesser's address is stopped, and a prefix that someone hammers (a leaked half of a token)
 * is closed for a few minutes, which at worst delays the one token that has it. The counts live in memory
 * per node (unlike the public form's limits, counted in the database): a restart forgets them, and a
 * guesser spread over N nodes gets N times the budget, which for 24 random bytes is still nothing. At most
 * {@value #MAX_KEYS} addresses and prefixes are tracked; beyond that, expired entries are dropped first and then the map is cleared
 * (better to forget than to let guessed addresses fill the memory).
 */
@Component
class BearerFailureLimits {

    static final int PREFIX = 10;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    BearerFailureLimits(Clock clock,
            @Value("${shuangda.security.token-failures.max-failures:20}") int maxFailures,
            @Value("${shuangda.security.token-failures.window-minutes:5}") int windowMinutes,
            @Value("${shuangda.security.token-failures.block-minutes:5}") int blockMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
        this.block = Duration.ofMinutes(blockMinutes);
    }

    static String prefixOf(String token) {
        return token.substring(0, Math.min(PREFIX, token.length()));
    }

    /** How long the address or the prefix is still blocked; empty when neither is. */
    Optional<Duration> blocked(String address, String prefix) {
        Instant now = clock.instant();
        Duration left = Duration.ZERO;
        for (String key : new String[] {"a:" + address, "p:" + prefix}) {
            Counter counter = counters.get(key);
            if (counter != null) {
                Duration remaining = counter.blockedFor(now);
                if (remaining.compareTo(left) > 0) {
                    left = remaining;
                }
            }
        }
        return left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Counts one failed token of this address and prefix. */
    void failed(String address, String prefix) {
        Instant now = clock.instant();
        if (counters.size() >= MAX_KEYS) {
            counters.values().removeIf(c -> c.expired(now));
            if (counters.size() >= MAX_KEYS) {
                counters.clear();
            }
        }
        counters.computeIfAbsent("a:" + address, k -> new Counter()).fail(now);
        counters.computeIfAbsent("p:" + prefix, k -> new Counter()).fail(now);
    }

    private final class Counter {
        private Instant windowStart = Instant.MIN;
        private int failures;
        private Instant blockedUntil = Instant.MIN;

        synchronized void fail(Instant now) {
            if (now.isAfter(windowStart.plus(window)) || windowStart == Instant.MIN) {
                windowStart = now;
                failures = 0;
            }
            failures++;
            if (failures >= maxFailures) {
                blockedUntil = now.plus(block);
                failures = 0;
                windowStart = now;
            }
        }

        synchronized Duration blockedFor(Instant now) {
            return now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }

        synchronized boolean expired(Instant now) {
            return !now.isBefore(blockedUntil) && (windowStart == Instant.MIN || now.isAfter(windowStart.plus(window)));
        }
    }
}
