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
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    FilingFiles(@Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String dir,
            JdbcClient jdbc) {
        this.root = Path.of(dir, "complaints").toAbsolutePath().normalize();
        this.jdbc = jdbc;
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
            jdbc.sql("""
                    insert into filing_attachment (filing_id, file_name, content_type, size_bytes, storage_key)
                    values (:f, :name, :type, :size, :key)""")
                    .param("f", filingId).param("name", file.name()).param("type", file.contentType())
                    .param("size", file.bytes().length).param("key", key).update();
        }
    }

    List<Stored> of(long filingId) {
        return jdbc.sql("select * from filing_attachment where filing_id = :f order by id").param("f", filingId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("filing_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key")))
                .list();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select * from filing_attachment where id = :id").param("id", id)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("filing_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key")))
                .optional();
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
