package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.shuangda.audit.AuditTestActors.SYSTEM;

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
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While another transaction holds the chain lock, audited transactions commit at once with their entries
 * queued in {@code audit_pending}; the chainer then folds them into a dense, intact chain, exactly once each.
 *
 * <p>A crash between commit and folding is simulated by committing pending rows without the after-commit
 * signal: the periodic sweep folds them, which is also what happens at the next start (the table is an
 * ordinary persistent one and the sweep runs from start-up). A real restart would cost another embedded
 * PostgreSQL and Spring context for the same code path, so it is not done here.
 */
@WebTest
class AuditPendingTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired AuditChain chain;
    @Autowired AuditChainer chainer;
    @Autowired PendingEntryStore pending;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired UserDetailsService accounts;

    @Test
    void writersCommitWithoutWaitingWhileTheLockIsHeldAndTheChainerFoldsEachEntryOnce() throws Exception {
        String type = uniqueType();
        int threads = 6;
        int perThread = 5;
        try (LockHolder holder = new LockHolder()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = thread * 100 + i;
                        transactions.executeWithoutResult(s -> {
                            publish(type, n + "a");
                            publish(type, n + "b");
                        });
                        transactions.executeWithoutResult(s -> {
                            publish(type, n + "x");
                            s.setRollbackOnly();
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS); // would time out if a writer waited for the lock
            }
            pool.shutdown();

            assertThat(holder.stillHolding()).as("all committed while the chain lock was held").isTrue();
            assertThat(pendingCount(type)).isEqualTo(threads * perThread * 2);
            assertThat(chainedCount(type)).isZero();
            assertThat(chain.verify().pendingEntries()).isGreaterThanOrEqualTo(threads * perThread * 2);
        }
        chainer.drain();

        assertThat(pendingCount(type)).isZero();
        List<String> objects = jdbc.sql("select object_id from audit_entry where object_type = :type")
                .param("type", type).query(String.class).list();
        assertThat(objects).hasSize(threads * perThread * 2).doesNotHaveDuplicates()
                .allMatch(id -> !id.endsWith("x"));
        ChainVerification after = chain.verify();
        assertThat(after.intact()).as(after.reason()).isTrue();
        assertThat(after.checkedEntries()).as("dense").isEqualTo(after.headId());
    }

    @Test
    void oneTransactionsPendingEntriesAreChainedConsecutivelyInPublicationOrder() throws Exception {
        String type = uniqueType();
        try (LockHolder holder = new LockHolder()) {
            CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
                for (String step : List.of("c", "a", "b")) {
                    publish(type, step);
                }
            })).get(30, TimeUnit.SECONDS);
            assertThat(pendingCount(type)).isEqualTo(3);
        }
        chainer.drain();

        List<Long> ids = jdbc.sql("select id from audit_entry where object_type = :type order by id")
                .param("type", type).query(Long.class).list();
        assertThat(jdbc.sql("select object_id from audit_entry where object_type = :type order by id")
                .param("type", type).query(String.class).list()).containsExactly("c", "a", "b");
        assertThat(ids.get(2) - ids.get(0)).isEqualTo(2);
    }

    @Test
    void aTransactionThatFailsAtCommitLeavesNoPendingRow() throws Exception {
        String type = uniqueType();
        jdbc.sql("create table if not exists audit_probe_deferred (name text unique deferrable initially deferred)")
                .update();
        try (LockHolder holder = new LockHolder()) {
            // the entry is queued in beforeCommit, then the deferred unique check fails the commit itself
            CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
                jdbc.sql("insert into audit_probe_deferred values (:n), (:n)").param("n", type).update();
                publish(type, "1");
            }));
            assertThatThrownBy(() -> failing.get(30, TimeUnit.SECONDS)).rootCause()
                    .hasMessageContaining("audit_probe_deferred");
            assertThat(holder.stillHolding()).isTrue();
        }
        assertThat(pendingCount(type)).isZero();
        chainer.drain();
        assertThat(chainedCount(type)).isZero();
    }

    @Test
    void pendingRowsCanBeDeletedOnlyWhileHoldingTheChainLockAndNeverUpdated() {
        assertThatThrownBy(() -> jdbc.sql("delete from audit_pending").update())
                .hasMessageContaining("only allowed to the audit chainer");
        assertThatThrownBy(() -> jdbc.sql("update audit_pending set summary = 'x'").update())
                .hasMessageContaining("only allowed to the audit chainer");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_pending").update())
                .hasMessageContaining("only allowed to the audit chainer");
    }

    @Test
    void rowsLeftWithoutASignalAreFoldedByTheSweep() throws Exception {
        String type = uniqueType();
        HashedContent entry = new HashedContent(0, java.time.Instant.parse("2026-03-01T02:00:00Z"), null, null,
                null, null, null, null, null, null, "CREATE", type, "crashed", "committed, never signalled",
                Map.of(), Map.of("k", "v"));
        transactions.executeWithoutResult(s -> pending.insert(List.of(entry))); // as if the process died now

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (chainedCount(type) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(chainedCount(type)).isEqualTo(1);
        assertThat(pendingCount(type)).isZero();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void thePageAndTheApiSayHowManyEntriesArePending() throws Exception {
        String type = uniqueType();
        AuditTestActors actors = new AuditTestActors(accounts, events, transactions);
        try (LockHolder holder = new LockHolder()) {
            CompletableFuture.runAsync(() -> actors.publishAs("licheng.officer",
                    AuditableChange.created(SYSTEM, type, 1, "pending", Map.of()))).get(30, TimeUnit.SECONDS);

            String page = mvc.perform(get("/audit").with(demoUsers.as("changzhi.auditor"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"audit-pending\"").contains("条记录正在入链");
            String otherCounty = mvc.perform(get("/audit").with(demoUsers.as("pingshun.auditor")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(otherCounty).as("another county's pending entry is not counted there")
                    .doesNotContain("id=\"audit-pending\"");
            mvc.perform(get("/api/v1/audit/verify").with(demoUsers.as("changzhi.auditor"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.pendingEntries").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        }
        chainer.drain();
        String page = mvc.perform(get("/audit").with(demoUsers.as("changzhi.auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"audit-pending\"");
        assertThat(chainedCount(type)).isEqualTo(1);
    }

    /** Holds the chain lock in a transaction of its own until closed, as a long chain append would. */
    private final class LockHolder implements AutoCloseable {

        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> holding;

        LockHolder() throws InterruptedException {
            holding = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
                jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ChainStore.CHAIN_LOCK)
                        .query().listOfRows();
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        }

        boolean stillHolding() {
            return !holding.isDone();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        }
    }

    private void publish(String type, String objectId) {
        events.publishEvent(AuditableChange.created(SYSTEM, type, objectId, "object " + objectId, Map.of()));
    }

    private long pendingCount(String type) {
        return jdbc.sql("select count(*) from audit_pending where object_type = :type").param("type", type)
                .query(Long.class).single();
    }

    private long chainedCount(String type) {
        return jdbc.sql("select count(*) from audit_entry where object_type = :type").param("type", type)
                .query(Long.class).single();
    }

    private static String uniqueType() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
