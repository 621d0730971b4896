package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangda.audit.AuditTestActors.SYSTEM;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuangda.audit.ChainVerification.Problem;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a hash chain cannot show by itself, shown with the anchors written outside the database: entries cut
 * off the end, and the chain rewritten and re-hashed from some entry on. Tampering is rolled back afterwards.
 */
@WebTest
class AuditAnchorTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired AuditChain chain;
    @Autowired AuditAnchors anchors;
    @Autowired JdbcClient jdbc;
    @Autowired ChainTampering chainTampering;
    @Autowired TransactionTemplate transactions;

    @Test
    void theHeadIsWrittenDownOnceAndAnIntactChainMatchesIt() {
        long last = publish(AuditableChange.created(SYSTEM, uniqueType(), 1, "anchored", Map.of()));
        int before = anchors.read().size();

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
        // someone who knows the algorithm edits the newest entry and recomputes its hash: the chain alone
        // stays consistent, since nothing follows that entry
        OffsetDateTime at = jdbc.sql("select occurred_at from audit_entry where id = :id").param("id", target)
                .query(OffsetDateTime.class).single();
        String clientIp = jdbc.sql("select client_ip from audit_entry where id = :id").param("id", target)
                .query(String.class).optional().orElse(null);
        String previous = jdbc.sql("select prev_hash from audit_entry where id = :id").param("id", target)
                .query(String.class).single();
        String actorName = jdbc.sql("select actor_name from audit_entry where id = :id").param("id", target)
                .query(String.class).single(); // the tests' system actor
        String rehashed = new HashedContent(target, at.toInstant(), null, null, actorName, null, null, null, null,
                clientIp, "CREATE", type, "1", "edited", Map.of(), Map.of()).hash(previous);

        ChainVerification result = tamperedThen(() -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("delete from audit_entry where id > :id").param("id", target).update();
            jdbc.sql("update audit_entry set summary = 'edited', hash = :hash where id = :id")
                    .param("hash", rehashed).param("id", target).update();
        });

        assertThat(result.intact()).as("the anchor disagrees").isFalse();
        assertThat(result.problem()).isEqualTo(Problem.ANCHOR_MISMATCH);
        assertThat(result.firstBrokenId()).isEqualTo(target);
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
