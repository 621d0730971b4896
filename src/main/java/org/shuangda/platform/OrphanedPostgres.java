package org.shuangda.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash ({@code kill -9}, power loss of the JVM only) the embedded PostgreSQL may outlive its
 * Shuangda and keep {@code postmaster.pid}. We hold the data-directory lock, so no live Shuangda owns it:
 * stop it (PostgreSQL shuts down cleanly on SIGTERM) before starting our own.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() || !lines.get(0).strip().matches("\\d+")
                ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (process.isEmpty() || !process.get().isAlive() || !isPostgres(process.get())) {
            return; // a stale pid file: PostgreSQL itself recovers from it
        }
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by a Shuangda that did not shut down",
                process.get().pid());
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("An orphaned PostgreSQL (pid " + process.get().pid() + ") still runs on "
                    + cluster.toAbsolutePath() + "; stop it by hand", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }
}
