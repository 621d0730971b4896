package org.shuangda.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors (锚点): the chain's head (id and hash) written down outside the database, to a file that only grows
 * ({@code shuangda.audit.anchor-file}) and to the application log. A hash chain cannot show by itself that
 * entries were cut off its end or that the whole chain was rewritten by someone with the database's superuser
 * rights; {@link AuditChain#verify()} compares the chain with these anchors and can — but only up to the last
 * anchor: what was appended after it can be cut or rewritten unseen. So the gap is kept short (issue 11; it
 * used to be up to an hour): an anchor is written
 * <ul>
 * <li>at start-up, once the migrations ran and the chain is readable, and on a graceful shutdown
 * ({@link AnchorLifecycle});</li>
 * <li>after every {@code shuangda.audit.anchor-every-entries} entries (default 1,000): the transaction whose
 * append crosses a multiple of that number writes one right after its commit ({@link #appended});</li>
 * <li>every {@code shuangda.audit.anchor-interval} (default 5 minutes), for a quiet trail.</li>
 * </ul>
 * Each anchor is written in a transaction of its own holding {@code pg_try_advisory_xact_lock}: with several
 * instances only one writes at a time (the others skip that anchor: one just being written records the head
 * as well). A line is written only when the head moved since the last one.
 *
 * <p>One line per anchor: {@code <instant> <entry id> <hash>}. A line that cannot be read is reported in the
 * log and skipped.
 */
@Component
public class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    /** An entry's id and hash as they were at {@code at}. */
    public record Anchor(Instant at, long entryId, String hash) {

        String line() {
            return at + " " + entryId + " " + hash + "\n";
        }
    }

    private final ChainStore chain;
    private final Clock clock;
    private final Path file;
    private final long everyEntries;
    private final TransactionTemplate ownTransaction;

    AuditAnchors(ChainStore chain, Clock clock, PlatformTransactionManager transactions,
            @Value("${shuangda.audit.anchor-file:${shuangda.embedded.data-dir:data}/audit-anchors.txt}") Path file,
            @Value("${shuangda.audit.anchor-every-entries:1000}") long everyEntries) {
        this.chain = chain;
        this.clock = clock;
        this.file = file;
        this.everyEntries = everyEntries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where the anchors are written. */
    Path file() {
        return file;
    }

    @Scheduled(fixedDelayString = "${shuangda.audit.anchor-interval:5m}",
            initialDelayString = "${shuangda.audit.anchor-interval:5m}")
    void periodically() {
        anchorQuietly("interval");
    }

    /**
     * Called by {@link ChainAppender} inside the appending transaction with the ids it appended: if they
     * cross a multiple of {@code anchor-every-entries}, an anchor is written right after that transaction
     * commits (not before: the anchor must name a committed entry), once per transaction.
     */
    void appended(long firstId, long lastId) {
        if (everyEntries <= 0 || lastId / everyEntries == (firstId - 1) / everyEntries
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.getSynchronizations().stream()
                        .anyMatch(AnchorAfterCommit.class::isInstance)) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new AnchorAfterCommit());
    }

    /** After the commit, in a transaction of its own; never throws into the committed caller. */
    private final class AnchorAfterCommit implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            anchorQuietly("every " + everyEntries + " entries");
        }
    }

    /** {@link #anchorNow()}, with a failure logged instead of thrown (jobs, commits, start and shutdown). */
    Optional<Anchor> anchorQuietly(String why) {
        try {
            return anchorNow();
        } catch (RuntimeException e) {
            log.error("Could not write the audit anchor ({}) to {}", why, file.toAbsolutePath(), e);
            return Optional.empty();
        }
    }

    /**
     * Writes the chain's newest entry down, unless it is already the last anchor. Empty for an empty chain,
     * and when another instance is writing an anchor at this moment.
     */
    public synchronized Optional<Anchor> anchorNow() {
        Optional<Anchor> written = ownTransaction.execute(status -> {
            if (!chain.tryAnchorLock()) {
                log.debug("Another instance is writing an audit anchor: skipped");
                return Optional.<Anchor>empty();
            }
            Optional<Anchor> head = chain.head().map(h -> new Anchor(clock.instant(), h.id(), h.hash()));
            if (head.isEmpty()) {
                return head;
            }
            List<Anchor> anchors = read();
            if (!anchors.isEmpty() && anchors.get(anchors.size() - 1).entryId() == head.get().entryId()) {
                return Optional.of(anchors.get(anchors.size() - 1));
            }
            append(head.get()); // while holding the lock: instances sharing the file never interleave
            log.info("Audit anchor: entry {} has hash {} (written to {})", head.get().entryId(), head.get().hash(),
                    file.toAbsolutePath());
            return head;
        });
        return written == null ? Optional.empty() : written;
    }

    /** The anchors written so far, oldest first. */
    public List<Anchor> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Anchor> anchors = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (line.isBlank()) {
                    continue;
                }
                try {
                    anchors.add(new Anchor(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
                } catch (RuntimeException e) {
                    log.warn("Unreadable line in the audit anchors {}: {}", file.toAbsolutePath(), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return anchors;
    }

    private void append(Anchor anchor) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(anchor.line().getBytes(StandardCharsets.UTF_8)));
                channel.force(true); // on disk before we say it is written
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
