package org.shuangda.cases.transfer.web;

import java.nio.charset.StandardCharsets;
import org.shuangda.cases.transfer.TransferPackage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document as a download (attachment, UTF-8 file name, never rendered inline). */
final class TransferDownloads {

    private TransferDownloads() {
    }

    static ResponseEntity<byte[]> of(TransferPackage.Content content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }
}
