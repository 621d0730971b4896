package org.shuangda.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shuangda.audit.ActorSnapshots.ActorSnapshot;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every {@link AuditableChange} on the chain, atomically with the change it describes.
 *
 * <p>Deliberately a plain, synchronous {@code @EventListener}, not a transactional or asynchronous one: the
 * entry is built at publication (actor, client address, {@code occurred_at} = publication time) and kept in
 * the publisher's transaction ({@link TransactionAuditBuffer}); all of that transaction's entries are
 * written, in publication order, just before it commits, in the same transaction — so the entry commits
 * with its change and disappears with it on rollback, and a change that cannot be audited fails. Written
 * means: appended to the chain if the chain lock ({@link ChainAppender}) is free, else queued in
 * {@code audit_pending} for the {@link AuditChainer} ({@link ChainWriter}); no audited transaction waits
 * for another's audit append.
 *
 * <p>Consequence: entries are chained in the order they reach the chain, while {@code occurred_at} is
 * publication time, so a later id may carry a slightly earlier {@code occurred_at} (more so for entries
 * that waited in the queue until the chainer folded them). The order of the trail is the id order (what
 * the hash chain proves); {@code occurred_at} says when the change was made.
 *
 * <p>A publisher without a transaction gets one opened here and its entry written at once, the same way.
 * A read-only transaction must not change anything, so publishing in one fails loudly rather than losing
 * the entry. Entries published inside a {@code NESTED} savepoint that is later rolled back to are still
 * appended with the outer transaction (the buffer cannot see savepoints; no code here uses NESTED).
 */
@Component
class AuditRecorder {

    private final ActorSnapshots actors;
    private final ChainWriter writer;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditRecorder(ActorSnapshots actors, ChainWriter writer, PlatformTransactionManager transactions, Clock clock) {
        this.actors = actors;
        this.writer = writer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    public void record(AuditableChange change) {
        if (change.changesNothing()) {
            return;
        }
        HashedContent entry = entryFor(change);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                throw new IllegalStateException("audited change " + change.action() + " " + change.objectType()
                        + " published in a read-only transaction: it cannot be recorded");
            }
            TransactionAuditBuffer.add(writer, entry);
        } else {
            Boolean chained = ownTransaction.execute(status -> writer.write(List.of(entry)));
            if (!Boolean.TRUE.equals(chained)) {
                writer.pendingCommitted();
            }
        }
    }

    /** Everything but the chain position, which is assigned when appended. */
    private HashedContent entryFor(AuditableChange change) {
        Objects.requireNonNull(change.action(), "an audited change needs an action");
        ActorSnapshot actor = actors.of(change);
        Map<String, Object> before = SecretFields.withoutSecrets(CanonicalJson.normaliseMap(change.before()));
        Map<String, Object> after = SecretFields.withoutSecrets(CanonicalJson.normaliseMap(change.after()));
        return new HashedContent(0, clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor.userId(), actor.username(), actor.name(), actor.unitId(), actor.unitName(),
                actor.unitPath(), actor.regionPath(), actors.clientIp(), change.action().name(),
                CanonicalJson.clean(change.objectType()), CanonicalJson.clean(change.objectId()),
                CanonicalJson.clean(change.summary()), before, after);
    }
}
