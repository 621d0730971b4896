package org.shuangda.briefings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.shuangda.briefings.Briefing;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A DOCX as a download named after the document's title, e.g. 关于第二次数据报送情况的通报.docx. */
final class DocxDownload {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private DocxDownload() {
    }

    /** The download, recorded as an export by {@code me} ({@link ExportAudit}) before it is sent. */
    static ResponseEntity<byte[]> of(Briefing briefing, byte[] content, Actor me, ExportAudit exports,
            HttpServletRequest request) {
        String name = briefing.title().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        String file = (name.isBlank() ? "briefing-" + briefing.id() : name) + ".docx";
        exports.exported(me, "briefing", briefing.id(), file, request);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
