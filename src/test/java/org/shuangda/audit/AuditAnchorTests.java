package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shuangda.audit.AuditTestActors.SYSTEM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuangda.audit.ChainVerification.Problem;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a hash chain cannot show by itself, shown with the anchors written outside the database: entries cut
 * off the end, and the chain rewritten and re-hashed from some entry on, also right after the anchor that the
 * N-th entry brings (driven by entry count, not by waiting). Tampering is rolled back afterwards.
 */
@WebTest
class AuditAnchorTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired AuditChain chain;
    @Autowired AuditAnchors anchors;
    @Autowired JdbcClient jdbc;
    @Autowired ChainTampering chainTampering;
    @Autowired TransactionTemplate transactions;
    @Autowired AuditChainer chainer;
    @Value("${shuangda.audit.anchor-every-entries}") long everyEntries;

    @Test
    void theHeadIsWrittenDownOnceAndAnIntactChainMatchesIt() {
        publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "before", Map.of()));
        anchors.anchorNow(); // the head is anchored (by this call, or already after its commit every N entries)
        int before = anchors.read().size();
        long last = publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "anchored", Map.of()));

        AuditAnchors.Anchor anchor = anchors.anchorNow().orElseThrow();
        anchors.anchorNow(); // nothing new on the chain: no second line

        assertThat(anchor.entryId()).isGreaterThanOrEqualTo(last);
        assertThat(anchor.hash()).isEqualTo(jdbc.sql("select hash from audit_entry where id = :id")
                .param("id", anchor.entryId()).query(String.class).single());
        assertThat(anchors.read()).hasSize(before + 1).last().isEqualTo(anchor);
        ChainVerification verified = chain.verify();
        assertThat(verified.intact()).as(verified.reason()).isTrue();
    }

    @Test
    void theCommitThatCrossesEveryNEntriesWritesAnAnchorRightAfterIt() {
        long head = head();
        long boundary = (head / everyEntries + 1) * everyEntries;
        int before = anchors.read().size();

        publishMany(uniqueType(), boundary - head - 1); // up to just before the multiple of N
        assertThat(anchors.read()).as("no multiple of %d crossed yet", everyEntries).hasSize(before);

        publishMany(uniqueType(), 2); // across it
        awaitAnchors(before + 1);
        AuditAnchors.Anchor anchor = anchors.read().get(before);
        assertThat(anchor.entryId()).isGreaterThanOrEqualTo(boundary + 1);
        assertThat(anchor.hash()).isEqualTo(jdbc.sql("select hash from audit_entry where id = :id")
                .param("id", anchor.entryId()).query(String.class).single());
    }

    @Test
    void aCutTailIsReportedRightAfterTheNextAnchorWrittenByEntryCount() {
        AuditAnchors.Anchor anchor = crossTheNextMultiple();
        long cut = anchor.entryId() - 2;

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("delete from audit_entry where id >= :id").param("id", cut).update();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(result.firstBrokenId()).isEqualTo(cut);
        assertThat(result.missingUpTo()).isEqualTo(anchor.entryId());
        assertThat(chain.verify().intact()).as("rolled back").isTrue();
    }

    @Test
    void aRewrittenHeadEntryIsReportedRightAfterTheNextAnchorWrittenByEntryCount() {
        long target = crossTheNextMultiple().entryId();

        ChainVerification result = tamperedThen(() -> rewriteAsHead(target, "edited"));

        assertThat(result.intact()).as("the anchor written after the commit disagrees").isFalse();
        assertThat(result.problem()).isEqualTo(Problem.ANCHOR_MISMATCH);
        assertThat(result.firstBrokenId()).isEqualTo(target);
    }

    @Test
    void aLaterAnchorOfTheSameEntryDoesNotHideAnEarlierOneThatDisagrees() throws IOException {
        publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "original", Map.of()));
        AuditAnchors.Anchor anchor = anchors.anchorNow().orElseThrow();
        long target = anchor.entryId();
        byte[] file = Files.readAllBytes(anchors.file());
        ChainVerification result;
        try {
            // e.g. a second instance (or a start-up) anchoring the entry after it had been rewritten
            result = tamperedThen(() -> {
                rewriteAsHead(target, "edited");
                String forged = jdbc.sql("select hash from audit_entry where id = :id").param("id", target)
                        .query(String.class).single();
                appendLine(new AuditAnchors.Anchor(anchor.at().plusSeconds(1), target, forged));
            });
        } finally {
            Files.write(anchors.file(), file); // the forged line goes; the database was rolled back
        }

        assertThat(result.problem()).isEqualTo(Problem.ANCHOR_MISMATCH);
        assertThat(result.firstBrokenId()).isEqualTo(target);
        assertThat(chain.verify().intact()).as("rolled back").isTrue();
    }

    @Test
    void entriesCutOffTheEndAreFoundThroughTheAnchor() {
        String type = uniqueType();
        long first = publish(AuditableChange.created(SYSTEM, type, 1, "stays", Map.of()));
        long cut = publish(AuditableChange.created(SYSTEM, type, 2, "cut off", Map.of()));
        publish(AuditableChange.created(SYSTEM, type, 3, "cut off too", Map.of()));
        long anchored = anchors.anchorNow().orElseThrow().entryId();

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("delete from audit_entry where id >= :id").param("id", cut).update();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(result.firstBrokenId()).isEqualTo(cut);
        assertThat(result.missingUpTo()).isEqualTo(anchored);
        assertThat(result.checkedEntries()).isEqualTo(first);
        assertThat(chain.verify().intact()).as("rolled back").isTrue();
    }

    @Test
    void aRewrittenAndReHashedEndIsFoundThroughTheAnchor() {
        String type = uniqueType();
        long target = publish(AuditableChange.created(SYSTEM, type, 1, "original", Map.of()));
        anchors.anchorNow();

        ChainVerification result = tamperedThen(() -> rewriteAsHead(target, "edited"));

        assertThat(result.intact()).as("the anchor disagrees").isFalse();
        assertThat(result.problem()).isEqualTo(Problem.ANCHOR_MISMATCH);
        assertThat(result.firstBrokenId()).isEqualTo(target);
    }

    /**
     * Someone who knows the algorithm makes {@code target} the newest entry (deleting what follows), edits its
     * summary and recomputes its hash: the chain alone stays consistent, since nothing follows that entry.
     */
    private void rewriteAsHead(long target, String summary) {
        OffsetDateTime at = jdbc.sql("select occurred_at from audit_entry where id = :id").param("id", target)
                .query(OffsetDateTime.class).single();
        String clientIp = jdbc.sql("select client_ip from audit_entry where id = :id").param("id", target)
                .query(String.class).optional().orElse(null);
        String previous = jdbc.sql("select prev_hash from audit_entry where id = :id").param("id", target)
                .query(String.class).single();
        String actorName = jdbc.sql("select actor_name from audit_entry where id = :id").param("id", target)
                .query(String.class).single(); // the tests' system actor
        String type = jdbc.sql("select object_type from audit_entry where id = :id").param("id", target)
                .query(String.class).single();
        String objectId = jdbc.sql("select object_id from audit_entry where id = :id").param("id", target)
                .query(String.class).single();
        String rehashed = new HashedContent(target, at.toInstant(), null, null, actorName, null, null, null, null,
                clientIp, "CREATE", type, objectId, summary, Map.of(), Map.of()).hash(previous);
        jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        jdbc.sql("delete from audit_entry where id > :id").param("id", target).update();
        jdbc.sql("update audit_entry set summary = :s, hash = :hash where id = :id").param("s", summary)
                .param("hash", rehashed).param("id", target).update();
    }

    /**
     * Publishes, in one transaction, as many entries as take the chain across its next multiple of N, and
     * returns the anchor that the commit wrote (naming the newest entry, the last one published).
     */
    private AuditAnchors.Anchor crossTheNextMultiple() {
        long head = head();
        int before = anchors.read().size();
        String type = uniqueType();
        publishMany(type, (head / everyEntries + 1) * everyEntries - head);
        List<AuditAnchors.Anchor> after = awaitAnchors(before + 1);
        long newest = jdbc.sql("select max(id) from audit_entry where object_type = :t").param("t", type)
                .query(Long.class).single();
        assertThat(after.get(before).entryId()).isGreaterThanOrEqualTo(newest);
        return after.get(before);
    }

    /**
     * The anchors once there are {@code count}: at once when the entries went onto the chain with their commit;
     * if the chain lock was busy they waited in audit_pending, and the chainer's commit writes the anchor.
     */
    private List<AuditAnchors.Anchor> awaitAnchors(int count) {
        chainer.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> anchors.read().size() >= count);
        List<AuditAnchors.Anchor> all = anchors.read();
        assertThat(all).as("one anchor right after the commit").hasSize(count);
        return all;
    }

    private void publishMany(String type, long count) {
        transactions.executeWithoutResult(s -> {
            for (int n = 0; n < count; n++) {
                events.publishEvent(AuditableChange.created(SYSTEM, type, n, "entry " + n, Map.of()));
            }
        });
    }

    private long head() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private void appendLine(AuditAnchors.Anchor anchor) {
        try {
            Files.writeString(anchors.file(), anchor.line(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChainVerification tamperedThen(Runnable tampering) {
        return chainTampering.tamperedThen(tampering);
    }

    private long publish(AuditableChange change) {
        return chainTampering.publish(change);
    }

    private static String uniqueType() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
