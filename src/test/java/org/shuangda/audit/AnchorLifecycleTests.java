package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangda.ShuangdaApplication;
import org.shuangda.shared.AuditableChange;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The anchors at start-up and on shutdown, with the whole application started twice on one (kept) embedded
 * database: the shutdown of the first run anchors its newest entry, the start of the second run anchors
 * the chain as it finds it (into a fresh file, to see that anchor alone), its shutdown anchors what it added.
 */
class AnchorLifecycleTests {

    @Test
    void theChainIsAnchoredWhenTheApplicationStopsAndWhenItStartsAgain(@TempDir Path data) {
        Path firstFile = data.resolve("anchors-first.txt");
        Path secondFile = data.resolve("anchors-second.txt");
        long firstHead;
        try (ConfigurableApplicationContext app = start(data, firstFile)) {
            assertThat(anchors(app).read()).as("an empty chain at start: nothing to anchor").isEmpty();
            firstHead = publish(app, "first run");
            assertThat(anchors(app).read()).as("not yet: a few entries, no interval passed").isEmpty();
        }
        List<AuditAnchors.Anchor> first = new AuditAnchorsReader(firstFile).read();
        assertThat(first).as("the shutdown anchor").hasSize(1);
        // the newest entry at shutdown: ours, or one a background job of the first start wrote after ours (the
        // first risk-grade run is audited); the second start finds the chain ending exactly there
        assertThat(first.get(0).entryId()).isGreaterThanOrEqualTo(firstHead);

        long secondHead;
        try (ConfigurableApplicationContext app = start(data, secondFile)) {
            List<AuditAnchors.Anchor> atStart = anchors(app).read();
            assertThat(atStart).as("the start-up anchor").hasSize(1);
            assertThat(atStart.get(0).entryId()).isEqualTo(first.get(0).entryId());
            assertThat(atStart.get(0).hash()).isEqualTo(first.get(0).hash());
            secondHead = publish(app, "second run");
        }
        List<AuditAnchors.Anchor> second = new AuditAnchorsReader(secondFile).read();
        assertThat(second).hasSize(2);
        // as in the first run: ours, or a background job's entry written after it (the first risk-grade run waits
        // for the start to be ready, so it may fall into either run)
        assertThat(second.get(1).entryId()).as("the shutdown anchor of the second run")
                .isGreaterThanOrEqualTo(secondHead);
    }

    private static ConfigurableApplicationContext start(Path data, Path anchorFile) {
        // command-line arguments: they outrank the test configuration's ephemeral database and its anchor file
        return new SpringApplicationBuilder(ShuangdaApplication.class).run("--server.port=0",
                "--shuangda.embedded.data-dir=" + data.resolve("db"), "--shuangda.embedded.ephemeral=false",
                "--shuangda.demo.enabled=false", "--shuangda.audit.anchor-file=" + anchorFile);
    }

    private static AuditAnchors anchors(ConfigurableApplicationContext app) {
        return app.getBean(AuditAnchors.class);
    }

    /** Publishes three changes and returns the newest entry's id. */
    private static long publish(ConfigurableApplicationContext app, String summary) {
        ApplicationEventPublisher events = app;
        app.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
            for (int n = 1; n <= 3; n++) {
                events.publishEvent(AuditableChange.created(AuditTestActors.SYSTEM, "anchor-lifecycle-test", n,
                        summary, Map.of()));
            }
        });
        return app.getBean(JdbcClient.class).sql("select max(id) from audit_entry").query(Long.class).single();
    }

    /** The anchors of a file once the application that wrote them is gone. */
    private record AuditAnchorsReader(Path file) {
        List<AuditAnchors.Anchor> read() {
            return new AuditAnchors(null, null, null, file, 0).read();
        }
    }
}
