package org.shuangda.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The user a bearer token acts for, kept for a few seconds. A call-centre system sends hundreds of calls a
 * second with one token, and loading the token, the user, the unit and every role with its scope on each
 * call cost three queries and most of the request's CPU. Only tokens that resolved to a user are kept (an
 * unknown token is looked up every time, so a new token works at once), keyed by the token's SHA-256.
 *
 * <p>Revocation is effective at once on every node: {@link BearerTokenFilter} keeps a cached user only while
 * one indexed read finds the token active and the user's {@code rights_version} unchanged (every change of
 * roles, unit, password or state bumps it). Saving a user, a role or a token also empties this node's cache
 * when the transaction commits; {@link #TTL} only bounds how long the roles and scopes are reused.
 */
@Component
class BearerUsers {

    static final Duration TTL = Duration.ofSeconds(5);
    /** Tokens are few (one per connected system); the bound only guards memory against odd clients. */
    static final int MAX_ENTRIES = 1_000;

    private record Entry(SignedInUser user, long loadedAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every eviction: a load that started before it must not be kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final LongSupplier clock;

    BearerUsers() {
        this(System::nanoTime);
    }

    BearerUsers(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    Optional<SignedInUser> get(String tokenHash) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() - entry.loadedAt() > TTL.toNanos()) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    /** Read before loading from the database; pass it to {@link #put}. */
    long generation() {
        return generation.get();
    }

    /** Keeps what was loaded, unless an eviction happened since the load began (it may be stale). */
    void put(String tokenHash, SignedInUser user, long loadedInGeneration) {
        if (generation.get() != loadedInGeneration) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // crude but bounded; refills from the database within one call per token
        }
        Entry entry = new Entry(user, clock.getAsLong());
        entries.put(tokenHash, entry);
        if (generation.get() != loadedInGeneration) {
            entries.remove(tokenHash, entry); // an eviction ran between the check and the put
        }
    }

    /** Forgets everything now and again when the current transaction commits (if there is one). */
    void evictAll() {
        generation.incrementAndGet();
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a request that loaded the old state before the commit must not keep it for a whole TTL
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    entries.clear();
                }
            });
        }
    }

    int size() {
        return entries.size();
    }
}
