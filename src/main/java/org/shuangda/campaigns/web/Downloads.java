package org.shuangda.campaigns.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.shuangda.campaigns.TaskReports.StoredFile;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a download: its own content type, a UTF-8 file name, never rendered inline as HTML. */
final class Downloads {

    private Downloads() {
    }

    /** The download of progress entry {@code progressId}'s file, recorded as an export ({@link ExportAudit}) first. */
    static ResponseEntity<Resource> of(StoredFile file, long progressId, Actor me, ExportAudit exports,
            HttpServletRequest request) {
        exports.exported(me, "task_progress", progressId, file.attachment().fileName(), request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file.path()));
    }
}
