package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.audit.AuditTestActors.SYSTEM;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries are kept with their transaction and appended just before it commits: the chain lock no longer
 * spans the business work, yet entries stay atomic with it, in publication order, with dense ids.
 */
@WebTest
class AuditAppendAtCommitTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired AuditChain chain;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired AuditChainer chainer;

    @Test
    void aLongBusinessTransactionDoesNotHoldUpAnotherTransactionsCommit() throws Exception {
        String type = uniqueType();
        CountDownLatch published = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            events.publishEvent(AuditableChange.created(SYSTEM, type, 1, "slow", Map.of()));
            published.countDown();
            sleep(2000); // the rest of a long business transaction
        }));
        assertThat(published.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        transactions.executeWithoutResult(s -> events.publishEvent(AuditableChange.created(SYSTEM, type, 2, "fast", Map.of())));
        Duration fast = Duration.ofNanos(System.nanoTime() - started);
        slow.get(30, TimeUnit.SECONDS);

        assertThat(fast).isLessThan(Duration.ofSeconds(1));
        assertThat(idOf(type, "2")).as("chained in commit order").isLessThan(idOf(type, "1"));
        assertThat(occurredAt(type, "1")).as("occurred_at is publication time").isBefore(occurredAt(type, "2"));
        assertIntact();
    }

    @Test
    void entriesOfARolledBackTransactionNeverAppear() {
        String type = uniqueType();

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            events.publishEvent(AuditableChange.created(SYSTEM, type, 1, "one", Map.of()));
            events.publishEvent(AuditableChange.created(SYSTEM, type, 2, "two", Map.of()));
            throw new IllegalArgumentException("business rule failed");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(count(type)).isZero();
        assertIntact();
    }

    @Test
    void entriesOfOneTransactionAreConsecutiveInPublicationOrder() {
        String type = uniqueType();

        transactions.executeWithoutResult(s -> {
            for (String step : List.of("c", "a", "b", "d")) {
                events.publishEvent(AuditableChange.created(SYSTEM, type, step, "step " + step, Map.of()));
            }
        });

        List<String> inChainOrder = jdbc.sql("select object_id from audit_entry where object_type = :type order by id")
                .param("type", type).query(String.class).list();
        List<Long> ids = jdbc.sql("select id from audit_entry where object_type = :type order by id")
                .param("type", type).query(Long.class).list();
        assertThat(inChainOrder).containsExactly("c", "a", "b", "d");
        assertThat(ids.get(3) - ids.get(0)).as("no other entry between them").isEqualTo(3);
        assertIntact();
    }

    @Test
    void aFailedAuditWriteRollsTheBusinessChangeBack() {
        String type = uniqueType();
        jdbc.sql("create table if not exists audit_probe (name text primary key)").update();

        // the change is made, then the transaction turns read-only: writing its audit entry must fail
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            jdbc.sql("insert into audit_probe (name) values (:name)").param("name", type).update();
            events.publishEvent(AuditableChange.created(SYSTEM, type, 1, "cannot be written", Map.of()));
            jdbc.sql("set transaction read only").update();
        })).rootCause().hasMessageContaining("read-only transaction");

        assertThat(jdbc.sql("select count(*) from audit_probe where name = :name").param("name", type)
                .query(Long.class).single()).as("no change without its audit entry").isZero();
        assertThat(count(type)).isZero();
        assertIntact();
    }

    @Test
    void publishingInAReadOnlyTransactionFailsLoudly() {
        String type = uniqueType();
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.executeWithoutResult(
                s -> events.publishEvent(AuditableChange.created(SYSTEM, type, 1, "read-only", Map.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only transaction");
        assertThat(count(type)).isZero();
    }

    @Test
    void aRequiresNewTransactionKeepsItsOwnEntries() {
        String type = uniqueType();

        transactions.executeWithoutResult(outer -> {
            events.publishEvent(AuditableChange.created(SYSTEM, type, "outer", "rolled back", Map.of()));
            requiresNew().executeWithoutResult(inner ->
                    events.publishEvent(AuditableChange.created(SYSTEM, type, "inner", "committed", Map.of())));
            events.publishEvent(AuditableChange.created(SYSTEM, type, "outer-2", "rolled back too", Map.of()));
            outer.setRollbackOnly();
        });
        transactions.executeWithoutResult(outer -> {
            events.publishEvent(AuditableChange.created(SYSTEM, type, "outer-3", "committed after inner", Map.of()));
            requiresNew().executeWithoutResult(inner ->
                    events.publishEvent(AuditableChange.created(SYSTEM, type, "inner-2", "committed first", Map.of())));
        });

        assertThat(jdbc.sql("select object_id from audit_entry where object_type = :type order by id")
                .param("type", type).query(String.class).list()).containsExactly("inner", "inner-2", "outer-3");
        assertIntact();
    }

    @Test
    void eightThreadsOfMixedTransactionsKeepTheChainIntactAndDense() throws Exception {
        String type = uniqueType();
        ChainVerification before = chain.verify();
        AtomicInteger expected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    mixed(type, thread * 100 + i, expected);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        chainer.drain(); // entries of writers that found the lock taken wait in audit_pending until folded

        ChainVerification after = chain.verify();
        assertThat(after.intact()).as(after.reason()).isTrue();
        assertThat(count(type)).isEqualTo(expected.get());
        assertThat(after.checkedEntries()).as("dense: no gaps left by rollbacks")
                .isGreaterThanOrEqualTo(before.checkedEntries() + expected.get()).isEqualTo(after.headId());
    }

    /** One of five kinds of transaction, by {@code n}; counts the entries that must commit. */
    private void mixed(String type, int n, AtomicInteger expected) {
        switch (n % 5) {
            case 0 -> transactions.executeWithoutResult(s -> publish(type, n, "single"));
            case 1 -> transactions.executeWithoutResult(s -> {
                publish(type, n, "first of three");
                publish(type, n, "second of three");
                publish(type, n, "third of three");
            });
            case 2 -> transactions.executeWithoutResult(s -> {
                publish(type, n, "rolled back");
                s.setRollbackOnly();
            });
            case 3 -> transactions.executeWithoutResult(s -> {
                publish(type, n, "outer, rolled back");
                requiresNew().executeWithoutResult(inner -> publish(type, n, "inner, committed"));
                s.setRollbackOnly();
            });
            default -> publish(type, n, "no transaction");
        }
        expected.addAndGet(switch (n % 5) { case 1 -> 3; case 2 -> 0; default -> 1; });
    }

    private void publish(String type, int n, String summary) {
        events.publishEvent(AuditableChange.created(SYSTEM, type, n, summary, Map.of("n", n)));
    }

    private TransactionTemplate requiresNew() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    private void assertIntact() {
        ChainVerification result = chain.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
    }

    private long idOf(String type, String objectId) {
        return jdbc.sql("select id from audit_entry where object_type = :type and object_id = :id")
                .param("type", type).param("id", objectId).query(Long.class).single();
    }

    private OffsetDateTime occurredAt(String type, String objectId) {
        return jdbc.sql("select occurred_at from audit_entry where object_type = :type and object_id = :id")
                .param("type", type).param("id", objectId).query(OffsetDateTime.class).single();
    }

    private long count(String type) {
        return jdbc.sql("select count(*) from audit_entry where object_type = :type").param("type", type)
                .query(Long.class).single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String uniqueType() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
