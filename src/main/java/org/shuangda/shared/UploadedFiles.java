package org.shuangda.shared;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded documents on disk, outside the web root, under random names in one folder per module
 * ({@code shuangda.files.dir}/&lt;folder&gt;). Accepts PDF, DOCX, XLSX, JPG and PNG up to 20 MB, checked by
 * extension AND by the file's first bytes, so a renamed executable is refused (an {@link InvalidInput} on the
 * field {@code file}). Callers serve a file only after their own scope check.
 */
public final class UploadedFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A stored upload: its cleaned name, type, size and the random key it is kept under. */
    public record Stored(String name, String contentType, long size, String key) {
    }

    private record Kind(String contentType, byte[] magic) {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", "%PDF".getBytes()),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "jpg", new Kind("image/jpeg", ImageFiles.magic("image/jpeg")),
            "jpeg", new Kind("image/jpeg", ImageFiles.magic("image/jpeg")),
            "png", new Kind("image/png", ImageFiles.magic("image/png")));

    private final Path root;

    /** @param dir {@code shuangda.files.dir}; {@code folder} the module's own sub-folder */
    public UploadedFiles(String dir, String folder) {
        this.root = Path.of(dir, folder).toAbsolutePath().normalize();
    }

    /**
     * Checks and stores an upload. Inside a transaction the file is removed again when the transaction does
     * not commit, so no file outlives the row that was to refer to it.
     */
    public Stored store(String originalName, long size, InputStream content) {
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
        long copied;
        try {
            Files.createDirectories(root);
            Path target = root.resolve(key);
            copied = Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            if (copied > MAX_BYTES || !startsWith(target, kind.magic())) {
                Files.deleteIfExists(target);
                throw copied > MAX_BYTES ? new InvalidInput("file", "attachment.size", MAX_BYTES / 1024 / 1024)
                        : new InvalidInput("file", "attachment.content", extension(name).toUpperCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload", e);
        }
        discardUnlessCommitted(key);
        return new Stored(name, kind.contentType(), copied, key);
    }

    /** The stored file under {@code key}. */
    public Path pathOf(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("upload key escapes the files directory");
        }
        return path;
    }

    private void discardUnlessCommitted(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        discard(key);
                    }
                }
            });
        }
    }

    private void discard(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
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
