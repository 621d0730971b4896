package org.shuangda.cases.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.shuangda.shared.InvalidInput;

/**
 * The documents of a case's transfer package as values, and the check an upload passes before it is stored
 * ({@link TransferDocumentStore}, in the database, never under the web root): type by extension and content
 * signature, size at most 20 MB.
 */
public final class TransferPackage {

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

    /** An upload that passed the check, ready to store. */
    record Upload(TransferDocumentKind kind, String name, String contentType, byte[] bytes) {
    }

    private TransferPackage() {
    }

    /** The upload as it will be stored, or an {@link InvalidInput} on {@code kind} or {@code file}. */
    static Upload checked(TransferDocumentKind kind, String fileName, long size, InputStream in) throws IOException {
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
        return new Upload(kind, name, type, bytes);
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
