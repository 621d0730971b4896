package org.shuangda.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.RateLimiter;
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
 * is closed for a few minutes, which at worst delays the one token that has it.
 *
 * <p>The counts are the shared {@link RateLimiter}'s (in PostgreSQL, {@code rate_limit_window}), so failures
 * spread over several nodes add up and a block set by one node holds on all of them (issue 19). Two windows
 * per address and per prefix: the failures ({@code token-failures:…}, of {@code window-minutes}) and the block
 * ({@code token-block:…}, of {@code block-minutes}, started by the failure that reaches the limit). Every call
 * looks at the blocks (one primary-key read for both keys); only a failure counts. A failure after a block
 * ended but inside the failures' window that was already full blocks again at once (with the default
 * settings, window and block of equal length, that window has always ended with the block).
 */
@Component
class BearerFailureLimits {

    static final int PREFIX = 10;

    private final RateLimiter limiter;
    private final Clock clock;
    private final int maxFailures;
    private final long windowMillis;
    private final long blockMillis;

    BearerFailureLimits(RateLimiter limiter, Clock clock,
            @Value("${shuangda.security.token-failures.max-failures:20}") int maxFailures,
            @Value("${shuangda.security.token-failures.window-minutes:5}") int windowMinutes,
            @Value("${shuangda.security.token-failures.block-minutes:5}") int blockMinutes) {
        this.limiter = limiter;
        this.clock = clock;
        this.maxFailures = Math.max(1, maxFailures);
        this.windowMillis = Duration.ofMinutes(windowMinutes).toMillis();
        this.blockMillis = Duration.ofMinutes(blockMinutes).toMillis();
    }

    static String prefixOf(String token) {
        return token.substring(0, Math.min(PREFIX, token.length()));
    }

    /** How long the address or the prefix is still blocked; empty when neither is. */
    Optional<Duration> blocked(String address, String prefix) {
        Instant now = clock.instant();
        return limiter.peek(List.of(block(address(address)), block(prefixKey(prefix))), blockMillis).values().stream()
                .map(w -> Duration.between(now, w.ends()))
                .filter(left -> !left.isNegative() && !left.isZero())
                .max(Duration::compareTo);
    }

    /** Counts one failed token of this address and prefix; the failure that reaches the limit starts a block. */
    void failed(String address, String prefix) {
        for (String key : List.of(address(address), prefixKey(prefix))) {
            if (!limiter.tryAcquire("token-failures:" + key, maxFailures - 1, windowMillis)) {
                // a block already running is not lengthened: its window started with the first failure over the limit
                limiter.tryAcquire(block(key), Integer.MAX_VALUE, blockMillis);
            }
        }
    }

    private static String address(String address) {
        return "a:" + address;
    }

    private static String prefixKey(String prefix) {
        return "p:" + prefix;
    }

    private static String block(String key) {
        return "token-block:" + key;
    }
}
