package org.shuangda.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.shuangda.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Generated files (minutes, notices and 考核通报 as DOCX, funds and rankings as XLSX, evidence files) as downloads
 * named after their titles, each recorded as an export by whoever takes it ({@link ExportAudit}) before it is sent.
 * Used by the leadership and assessment pages.
 */
public final class Downloads {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A file name from a title, e.g. 县双打领导小组推进会纪要.docx; characters file systems refuse become _. */
    public static String fileName(String title, String extension) {
        return title.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_") + extension;
    }

    /** The export is recorded as {@code who}'s ({@code objectType} {@code id}), then the file is answered. */
    public static ResponseEntity<byte[]> attachment(Actor who, ExportAudit exports, HttpServletRequest request,
            String objectType, Object id, MediaType type, String file, byte[] content) {
        exports.exported(who, objectType, id, file, request);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
