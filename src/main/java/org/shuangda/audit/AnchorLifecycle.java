package org.shuangda.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * An audit anchor ({@link AuditAnchors}) at start-up and on a graceful shutdown, so that the chain is
 * anchored as it was when the application stopped and as it is found again at the next start: entries cut
 * or rewritten while no instance ran are reported by the next check, not only after the next anchor.
 *
 * <p>Phase 0: started after every singleton, so after Flyway migrated the database, and before the web
 * server (which starts late) takes requests; stopped after the web server stopped taking them and the task
 * scheduler stopped (both stop early), but before the connection pool and the embedded database are closed
 * (beans are destroyed after every lifecycle stopped). Before the shutdown anchor, entries still waiting in
 * {@code audit_pending} are folded into the chain, so the anchor covers them.
 *
 * <p>Under {@code prod}, the start also warns when the anchor file lies inside the database's data folder
 * (the server's {@code data_directory}, where this connection may read it, or the embedded data folder): who
 * can rewrite the database there can rewrite the anchors with it, and the anchors would prove nothing.
 */
@Component
class AnchorLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnchorLifecycle.class);

    private final AuditAnchors anchors;
    private final AuditChainer chainer;
    private final ChainStore store;
    private final Environment environment;
    private volatile boolean running;

    AnchorLifecycle(AuditAnchors anchors, AuditChainer chainer, ChainStore store, Environment environment) {
        this.anchors = anchors;
        this.chainer = chainer;
        this.store = store;
        this.environment = environment;
    }

    @Override
    public void start() {
        running = true;
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            misplaced(anchors.file(), dataFolders()).ifPresent(folder -> log.warn("The audit anchor file {} lies "
                    + "inside the database's data folder {}: whoever can rewrite the database there can rewrite the "
                    + "anchors too. Put it on storage the database's administrators cannot rewrite "
                    + "(SHUANGDA_AUDIT_ANCHOR_FILE).", anchors.file().toAbsolutePath(), folder));
        }
        anchors.anchorQuietly("start-up");
    }

    @Override
    public void stop() {
        running = false;
        try {
            chainer.drain();
        } catch (RuntimeException e) {
            log.warn("Could not fold the pending audit entries before the shutdown anchor; the next start does", e);
        }
        anchors.anchorQuietly("shutdown");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    private List<Path> dataFolders() {
        List<Path> folders = new ArrayList<>();
        store.dataDirectory().ifPresent(d -> folders.add(Path.of(d)));
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) { // the embedded database
            folders.add(Path.of(environment.getProperty("shuangda.embedded.data-dir", "data")));
        }
        return folders;
    }

    /** The first of {@code folders} that contains {@code file} (symbolic links followed where they exist). */
    static Optional<Path> misplaced(Path file, Collection<Path> folders) {
        Path real = real(file);
        return folders.stream().map(AnchorLifecycle::real).filter(real::startsWith).findFirst();
    }

    /** The absolute path with the links of its existing part resolved (the rest may not exist yet). */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
