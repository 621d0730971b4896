package org.shuangda.cases.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The uploaded documents of a case's transfer package, kept in the database (never under the web root) and
 * served only to callers who may see the transfer. Type by extension and content signature, size at most 20 MB.
 */
@Component
public class TransferPackage {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    /** One stored document (without its bytes). */
    public record Document(long id, long caseId, TransferDocumentKind kind, String name, String contentType, long size,
            String uploadedBy) {
    }

    /** A document's bytes for download. */
    public record Content(String name, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    TransferPackage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The package is complete: the case lists its goods (涉案物品清单) and an investigation report is attached. */
    boolean complete(long caseId) {
        return jdbc.sql("""
                select exists (select 1 from case_goods where case_id = :c)
                   and exists (select 1 from transfer_document where case_id = :c and kind = 'INVESTIGATION_REPORT')""")
                .param("c", caseId).query(Boolean.class).single();
    }

    List<Document> documents(long caseId) {
        return jdbc.sql("""
                select id, case_id, kind, name, content_type, size, uploaded_by from transfer_document
                 where case_id = :c order by id""").param("c", caseId)
                .query((rs, n) -> new Document(rs.getLong(1), rs.getLong(2), TransferDocumentKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7))).list();
    }

    Optional<Content> content(long caseId, long documentId) {
        return jdbc.sql("select name, content_type, content from transfer_document where id = :id and case_id = :c")
                .param("id", documentId).param("c", caseId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    long store(long caseId, TransferDocumentKind kind, String fileName, long size, InputStream in, String by)
            throws IOException {
        if (kind == null) {
            throw new InvalidInput("kind", "error.required");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (size <= 0 || name.isEmpty()) {
            throw new InvalidInput("file", "error.required");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInput("file", "transfer.document.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = TYPES.get(extension);
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (type == null || !signatureMatches(extension, bytes)) {
            throw new InvalidInput("file", "transfer.document.type");
        }
        return jdbc.sql("""
                insert into transfer_document (case_id, kind, name, content_type, size, content, uploaded_by)
                values (:c, :kind, :name, :type, :size, :content, :by) returning id""")
                .param("c", caseId).param("kind", kind.name()).param("name", name).param("type", type)
                .param("size", bytes.length).param("content", bytes).param("by", by).query(Long.class).single();
    }

    /** The first bytes must say what the extension claims (a renamed .exe is no PDF). */
    static boolean signatureMatches(String extension, byte[] b) {
        return switch (extension) {
            case "pdf" -> starts(b, '%', 'P', 'D', 'F');
            case "docx" -> starts(b, 'P', 'K', 3, 4);
            case "png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            default -> false;
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
