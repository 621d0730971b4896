package org.shuangda.complaints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.shuangda.shared.InvalidInput;

/**
 * Attachments of filings (evidence photos, receipts): at most 3, each at most 10 MB, PDF/JPG/PNG recognised
 * by their first bytes whatever their name says, kept outside the web root under random names in
 * {@code shuangda.files.dir}/complaints (as campaigns' AttachmentStore does for progress reports).
 */
@Component
class FilingFiles {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** An upload whose type is known from its content. */
    record Checked(String name, String contentType, byte[] bytes) {
    }

    /** A stored attachment. */
    record Stored(long id, long filingId, String name, String contentType, long size, String key) {
    }

    private final Path root;
    private final FilingAttachmentStore store;

    FilingFiles(@Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String dir,
            FilingAttachmentStore store) {
        this.root = Path.of(dir, "complaints").toAbsolutePath().normalize();
        this.store = store;
    }

    List<Checked> check(List<FilingRequest.Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInput("attachments", "filing.error.tooManyFiles", MAX_FILES);
        }
        List<Checked> checked = new ArrayList<>();
        for (FilingRequest.Upload upload : uploads) {
            byte[] bytes = upload.bytes();
            if (bytes.length == 0) {
                continue;
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInput("attachments", "filing.error.fileTooLarge", MAX_BYTES / 1024 / 1024);
            }
            String type = typeOf(bytes).orElseThrow(() -> new InvalidInput("attachments", "filing.error.fileType"));
            checked.add(new Checked(cleanName(upload.name(), type), type, bytes));
        }
        return checked;
    }

    void store(long filingId, List<Checked> files) {
        for (Checked file : files) {
            String key = UUID.randomUUID().toString();
            try {
                Files.createDirectories(root);
                Files.write(root.resolve(key), file.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("could not store a filing's attachment", e);
            }
            store.insert(filingId, file.name(), file.contentType(), file.bytes().length, key);
        }
    }

    List<Stored> of(long filingId) {
        return store.of(filingId);
    }

    Optional<Stored> find(long id) {
        return store.find(id);
    }

    Path pathOf(Stored stored) {
        Path path = root.resolve(stored.key()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("attachment key escapes the files directory");
        }
        return path;
    }

    static Optional<String> typeOf(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String cleanName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "attachment." + Arrays.asList(type.split("/")).get(1);
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }
}
