package org.shuangda.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param dataDir  folder for the database cluster and the lock file ({@code ./data} by default)
 * @param port     0 picks a free port; set a fixed one to reach the database with psql
 * @param ephemeral true for tests: a fresh cluster in a new sub-folder, deleted on shutdown
 */
@ConfigurationProperties("shuangda.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}
