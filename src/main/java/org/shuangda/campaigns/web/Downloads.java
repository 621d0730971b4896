package org.shuangda.campaigns.web;

import java.nio.charset.StandardCharsets;
import org.shuangda.campaigns.TaskReports.StoredFile;
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

    static ResponseEntity<Resource> of(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file.path()));
    }
}
