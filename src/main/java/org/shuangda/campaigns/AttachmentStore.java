package org.shuangda.campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shuangda.campaigns.TaskProgress.Attachment;
import org.shuangda.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps progress attachments on disk under {@code shuangda.files.dir} (default: the data directory's
 * {@code files/}), outside the web root, under random names. Accepts PDF, DOCX, XLSX, JPG and PNG up to
 * 20 MB, checked by extension AND by the file's first bytes, so a renamed executable is refused.
 */
@Component
public class AttachmentStore {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private record Kind(String contentType, byte[] magic) {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", "%PDF".getBytes()),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47}));

    private final Path root;

    AttachmentStore(@Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String dir) {
        this.root = Path.of(dir, "campaigns").toAbsolutePath().normalize();
    }

    /** Checks and stores an upload; throws {@link InvalidInput} on the field {@code file} if refused. */
    public Attachment store(String originalName, long size, InputStream content) {
        String name = cleanName(originalName);
        Kind kind = KINDS.get(extension(name));
        if (kind == null) {
            throw new InvalidInput("file", "attachment.type", "PDF, DOCX, XLSX, JPG, PNG");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInput("file", "attachment.size", MAX_BYTES / 1024 / 1024);
        }
        if (size == 0) {
            throw new InvalidInput("file", "attachment.empty");
        }
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Path target = root.resolve(key);
            long copied = Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            if (copied > MAX_BYTES || !startsWith(target, kind.magic())) {
                Files.deleteIfExists(target);
                throw copied > MAX_BYTES ? new InvalidInput("file", "attachment.size", MAX_BYTES / 1024 / 1024)
                        : new InvalidInput("file", "attachment.content", extension(name).toUpperCase(Locale.ROOT));
            }
            return new Attachment(name, kind.contentType(), copied, key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store attachment", e);
        }
    }

    /** The stored file of {@code attachment}; callers check scope first. */
    public Path pathOf(Attachment attachment) {
        Path path = root.resolve(attachment.key()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("attachment key escapes the files directory");
        }
        return path;
    }

    /** Removes a file whose database row was rolled back or never written. */
    void discard(Attachment attachment) {
        try {
            Files.deleteIfExists(pathOf(attachment));
        } catch (IOException e) {
            // a stray file costs disk space only; nothing refers to it
        }
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        }
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            throw new InvalidInput("file", "error.required");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
