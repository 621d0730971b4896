package org.shuangda.briefings.web;

import java.nio.charset.StandardCharsets;
import org.shuangda.briefings.Briefing;
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

    static ResponseEntity<byte[]> of(Briefing briefing, byte[] content) {
        String name = briefing.title().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((name.isBlank() ? "briefing-" + briefing.id() : name) + ".docx", StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
