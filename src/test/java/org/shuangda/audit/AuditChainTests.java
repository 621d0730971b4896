package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.audit.AuditTestActors.SYSTEM;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shuangda.audit.ChainVerification.Problem;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain against the real embedded PostgreSQL: built intact, tampering and deletion found, the trigger
 * refusing changes, atomicity with the business transaction, concurrent appends. Tampering happens in a
 * transaction that is rolled back after the check, so the shared test database keeps an intact chain.
 */
@WebTest
class AuditChainTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired AuditChain chain;
    @Autowired JdbcClient jdbc;
    @Autowired ChainTampering chainTampering;
    @Autowired TransactionTemplate transactions;
    @Autowired AuditChainer chainer;

    @Test
    void publishedChangesBuildAnIntactChain() {
        ChainVerification before = chain.verify();
        String type = uniqueType();

        long first = publish(AuditableChange.created(SYSTEM, type, 1, "第一条", Map.of("name", "甲")));
        publish(AuditableChange.updated(SYSTEM, type, 1, "第二条", Map.of("name", "甲"), Map.of("name", "乙")));
        long last = publish(AuditableChange.deleted(SYSTEM, type, 1, "第三条", Map.of("name", "乙")));

        ChainVerification after = chain.verify();
        assertThat(before.intact()).as(before.reason()).isTrue();
        assertThat(after.intact()).as(after.reason()).isTrue();
        assertThat(after.checkedEntries()).isEqualTo(before.checkedEntries() + 3);
        assertThat(after.headId()).isEqualTo(last);
        assertThat(last).isEqualTo(first + 2);
        assertThat(after.headHash()).isEqualTo(column(last, "hash"));
        assertThat(column(first + 1, "prev_hash")).isEqualTo(column(first, "hash"));
    }

    @Test
    void firstEntryIsLinkedToTheGenesisHash() {
        publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "ensure one entry", Map.of()));

        assertThat(column(1, "prev_hash")).isEqualTo("0".repeat(64));
    }

    @Test
    void aPublisherWithoutTransactionStillGetsItsEntryCommitted() {
        String type = uniqueType();

        events.publishEvent(AuditableChange.created(SYSTEM, type, 1, "no transaction", Map.of("k", "v")));

        assertThat(count(type)).isEqualTo(1);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anUpdateThatChangesNothingIsNotRecorded() {
        String type = uniqueType();
        events.publishEvent(AuditableChange.updated(SYSTEM, type, 1, "same", Map.of("name", "甲"), Map.of("name", "甲")));

        assertThat(count(type)).isZero();
    }

    @Test
    void editingAnEntryAsSuperuserIsReportedAtThatEntry() {
        String type = uniqueType();
        long target = publish(AuditableChange.created(SYSTEM, type, 1, "will be edited", Map.of("amount", 100)));
        publish(AuditableChange.created(SYSTEM, type, 2, "comes after", Map.of()));

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("update audit_entry set summary = 'nothing to see' where id = :id").param("id", target).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(target);
        assertThat(result.problem()).isEqualTo(Problem.CONTENT_CHANGED);
        assertThat(result.reason()).isEqualTo("entry " + target + ": content changed");
        assertThat(result.checkedEntries()).isEqualTo(target);
        assertThat(chain.verify().intact()).as("rolled back").isTrue();
    }

    @Test
    void editingTheJsonOfAnEntryIsReported() {
        long target = publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "amount", Map.of("amount", 100)));
        publish(AuditableChange.created(SYSTEM, uniqueType(), 2, "after", Map.of()));

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update audit_entry set after = '{\"amount\": 1}' where id = :id").param("id", target).update();
        });

        assertThat(result.firstBrokenId()).isEqualTo(target);
        assertThat(result.problem()).isEqualTo(Problem.CONTENT_CHANGED);
    }

    @Test
    void rehashingAnEditedEntryMovesTheBreakToTheNextEntry() {
        String type = uniqueType();
        long target = publish(AuditableChange.created(SYSTEM, type, 1, "original", Map.of()));
        long next = publish(AuditableChange.created(SYSTEM, type, 2, "next", Map.of()));
        // someone who knows the algorithm edits the summary and recomputes that entry's hash
        OffsetDateTime at = jdbc.sql("select occurred_at from audit_entry where id = :id").param("id", target)
                .query(OffsetDateTime.class).single();
        String clientIp = column(target, "client_ip"); // the test's mock request
        String actorName = column(target, "actor_name"); // the tests' system actor
        String rehashed = new HashedContent(target, at.toInstant(), null, null, actorName, null, null, null, null,
                clientIp, "CREATE", type, "1", "edited", Map.of(), Map.of()).hash(column(target, "prev_hash"));

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("update audit_entry set summary = 'edited', hash = :hash where id = :id")
                    .param("hash", rehashed).param("id", target).update();
        });

        assertThat(result.problem()).isEqualTo(Problem.LINK_BROKEN);
        assertThat(result.firstBrokenId()).isEqualTo(next);
        assertThat(result.reason()).isEqualTo("entry " + next + ": previous-hash link broken");
    }

    @Test
    void deletingAMiddleEntryIsReported() {
        String type = uniqueType();
        long before = publish(AuditableChange.created(SYSTEM, type, 1, "before", Map.of()));
        long deleted = publish(AuditableChange.created(SYSTEM, type, 2, "deleted", Map.of()));
        long after = publish(AuditableChange.created(SYSTEM, type, 3, "after", Map.of()));

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("delete from audit_entry where id = :id").param("id", deleted).update();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.ENTRIES_MISSING);
        assertThat(result.firstBrokenId()).isEqualTo(deleted);
        assertThat(result.missingUpTo()).isEqualTo(deleted);
        assertThat(result.reason()).isEqualTo("entry ids missing between " + before + " and " + after + " (deleted)");
    }

    @Test
    void theApplicationsConnectionCannotUpdateDeleteOrTruncate() {
        long id = publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "fixed", Map.of()));

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'x' where id = :id").param("id", id)
                .update()).isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThat(column(id, "summary")).isEqualTo("fixed");
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndNoGap() {
        String type = uniqueType();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(AuditableChange.created(SYSTEM, type, 1, "rolled back", Map.of()));
            assertThat(count(type)).as("appended only at commit").isZero();
            status.setRollbackOnly();
        });
        publish(AuditableChange.created(SYSTEM, type, 2, "committed", Map.of()));

        assertThat(count(type)).isEqualTo(1);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void eightThreadsAppendingAtOnceKeepTheChainIntact() throws Exception {
        String type = uniqueType();
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    int n = i;
                    transactions.executeWithoutResult(s -> events.publishEvent(
                            AuditableChange.created(SYSTEM, type, thread * 100 + n, "thread " + thread, Map.of("n", n))));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        chainer.drain(); // entries of writers that found the lock taken wait in audit_pending until folded

        ChainVerification result = chain.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(count(type)).isEqualTo(threads * perThread);
    }

    @Test
    void valuesSurviveTheJsonbRoundTripSoTheHashStillMatches() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("zeta", new BigDecimal("1.50"));
        after.put("alpha", 1e20);
        after.put("small", 0.1);
        after.put("long", Long.MAX_VALUE);
        after.put("huge", new BigInteger("123456789012345678901234567890123"));
        after.put("negativeZero", -0.0);
        after.put("text", "引号\" 反斜杠\\ 换行\n 制表\t 控制\u0001 表情😀");
        after.put("nul", "a\u0000b");
        after.put("lone", "x\uD800y");
        after.put("day", LocalDate.of(2026, 1, 7));
        after.put("at", OffsetDateTime.of(2026, 1, 7, 9, 30, 0, 123_456_789, ZoneOffset.ofHours(8)));
        after.put("nested", Map.of("b", List.of(1, "二", Map.of("c", true)), "a", Map.of()));
        after.put("nothing", null);
        after.put("中文键", "值");
        after.put("Upper", "sorted before lower");
        long id = publish(AuditableChange.of(SYSTEM, org.shuangda.shared.AuditAction.IMPORT, "jsonb-roundtrip", "1",
                "round trip \u0000", after));

        ChainVerification result = chain.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        Map<String, Object> stored = CanonicalJson.parseObject(column(id, "after::text"));
        assertThat(stored.get("zeta")).isEqualTo(new BigDecimal("1.5"));
        assertThat(stored.get("text")).isEqualTo("引号\" 反斜杠\\ 换行\n 制表\t 控制\u0001 表情😀");
        assertThat(stored.get("nul")).isEqualTo("a\uFFFDb");
        assertThat(stored.get("at")).isEqualTo("2026-01-07T09:30:00.123456789+08:00");
        assertThat(stored).containsKey("nothing");
        assertThat(column(id, "summary")).isEqualTo("round trip \uFFFD");
    }

    @Test
    void secretsNeverReachTheTable() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", "someone");
        fields.put("password", "Shuangda@2026");
        fields.put("password_hash", "{bcrypt}$2a$10$secretsecret");
        fields.put("token_hash", "abcdef0123");
        fields.put("profile", Map.of("apiToken", "sd_live_token", "phone", "0355-6000100"));
        long id = publish(AuditableChange.updated(SYSTEM, "user", 1, "secret test", Map.of("password", "old-one"), fields));

        String row = jdbc.sql("select a::text from audit_entry a where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(row).contains("someone", "0355-6000100")
                .doesNotContain("Shuangda@2026", "secretsecret", "abcdef0123", "sd_live_token", "old-one",
                        "password", "token");
        assertThat(chain.verify().intact()).isTrue();
    }

    private ChainVerification tamperedThen(Runnable tampering) {
        return chainTampering.tamperedThen(tampering);
    }

    private long publish(AuditableChange change) {
        return chainTampering.publish(change);
    }

    private long count(String type) {
        return jdbc.sql("select count(*) from audit_entry where object_type = :type").param("type", type)
                .query(Long.class).single();
    }

    private String column(long id, String column) {
        String sql = switch (column) {
            case "hash" -> "select hash from audit_entry where id = :id";
            case "prev_hash" -> "select prev_hash from audit_entry where id = :id";
            case "summary" -> "select summary from audit_entry where id = :id";
            case "client_ip" -> "select client_ip from audit_entry where id = :id";
            case "actor_name" -> "select actor_name from audit_entry where id = :id";
            case "after::text" -> "select after::text from audit_entry where id = :id";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql(sql).param("id", id).query(String.class).single();
    }

    private static String uniqueType() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
