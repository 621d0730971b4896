package org.shuangda.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The assessment pages' files (the ranking XLSX, the 考核通报 DOCX, evidence files) as downloads named after their
 * titles, each recorded as an export by whoever takes it ({@link ExportAudit}) before it is sent.
 */
final class Downloads {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static String fileName(String title, String extension) {
        return title.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_") + extension;
    }

    static ResponseEntity<byte[]> attachment(Actor who, ExportAudit exports, HttpServletRequest request,
            String objectType, Object id, MediaType type, String file, byte[] content) {
        exports.exported(who, objectType, id, file, request);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
