package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangda.ShuangdaApplication;
import org.shuangda.platform.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The embedded PostgreSQL starts beside the context (first start ≤ 10 s); its failures and leftovers still count. */
class EmbeddedDatabaseEarlyStartTest {

    @Test
    void theStartedServerIsHandedOverAndServesQueries(@TempDir Path data) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data, 0, false);
        EmbeddedDatabaseEarlyStart.Startup startup = new EmbeddedDatabaseEarlyStart.Startup(properties);
        try (EmbeddedDatabase database = startup.take(properties)) {
            startup.destroy(); // the context closing first must not stop what the configuration owns
            try (var connection = database.postgres().getPostgresDatabase().getConnection();
                    var rs = connection.createStatement().executeQuery("select 1 from pg_database where datname = 'shuangda'")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void aServerNobodyTookIsStoppedWhenTheContextCloses(@TempDir Path data) throws Exception {
        EmbeddedDatabaseEarlyStart.Startup startup =
                new EmbeddedDatabaseEarlyStart.Startup(new EmbeddedDatabaseProperties(data, 0, false));
        startup.destroy(); // waits for the start, then stops it and releases the folder
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).isFalse();
        try (DataDirectoryLock again = DataDirectoryLock.acquire(data)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aSecondApplicationOnTheSameFolderStillStopsWithTheClearMessage(@TempDir Path data) throws Exception {
        try (DataDirectoryLock first = DataDirectoryLock.acquire(data)) {
            // command-line arguments: they outrank the test configuration's ephemeral database
            assertThatThrownBy(() -> new SpringApplicationBuilder(ShuangdaApplication.class)
                    .run("--server.port=0", "--shuangda.embedded.data-dir=" + data,
                            "--shuangda.embedded.ephemeral=false", "--shuangda.demo.enabled=false").close())
                    .hasStackTraceContaining("Another Shuangda is already running");
        }
    }
}
