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

/**
 * Anchors (锚点): the chain's head (id and hash) written down outside the database every hour, to a file that
 * only grows ({@code shuangda.audit.anchor-file}, by default beside the embedded database's files; put it on
 * other storage in production) and to the application log. A hash chain cannot show by itself that entries were
 * cut off its end or that the whole chain was rewritten by someone with the database's superuser rights;
 * {@link AuditChain#verify()} compares the chain with these anchors and can.
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

    AuditAnchors(ChainStore chain, Clock clock,
            @Value("${shuangda.audit.anchor-file:${shuangda.embedded.data-dir:data}/audit-anchors.txt}") Path file) {
        this.chain = chain;
        this.clock = clock;
        this.file = file;
    }

    @Scheduled(cron = "${shuangda.audit.anchor-cron:0 0 * * * *}", zone = "Asia/Shanghai")
    void hourly() {
        try {
            anchorNow();
        } catch (RuntimeException e) {
            log.error("Could not write the audit anchor to {}", file.toAbsolutePath(), e);
        }
    }

    /** Writes the chain's newest entry down, unless it is already the last anchor; empty for an empty chain. */
    public synchronized Optional<Anchor> anchorNow() {
        Optional<Anchor> head = chain.head().map(h -> new Anchor(clock.instant(), h.id(), h.hash()));
        if (head.isEmpty()) {
            return head;
        }
        List<Anchor> anchors = read();
        if (!anchors.isEmpty() && anchors.get(anchors.size() - 1).entryId() == head.get().entryId()) {
            return Optional.of(anchors.get(anchors.size() - 1));
        }
        append(head.get());
        log.info("Audit anchor: entry {} has hash {} (written to {})", head.get().entryId(), head.get().hash(),
                file.toAbsolutePath());
        return head;
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
