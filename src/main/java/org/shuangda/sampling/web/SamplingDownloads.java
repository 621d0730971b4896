package org.shuangda.sampling.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.shuangda.sampling.FailureNotice;
import org.shuangda.sampling.SampleFiles;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sampling's downloads (the failure notice as DOCX, a sample's files), each built completely and recorded as an export
 * by whoever takes it ({@link ExportAudit}) after the reader's checks and before the first byte.
 */
@Component
class SamplingDownloads {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final FailureNotice notices;
    private final org.shuangda.sampling.SamplingRecord records;
    private final SampleFiles files;
    private final ExportAudit exports;

    SamplingDownloads(FailureNotice notices, org.shuangda.sampling.SamplingRecord records, SampleFiles files,
            ExportAudit exports) {
        this.notices = notices;
        this.records = records;
        this.files = files;
        this.exports = exports;
    }

    ResponseEntity<byte[]> notice(Actor me, long sampleId, HttpServletRequest request) {
        FailureNotice.Document doc = notices.of(me, sampleId);
        return attachment(me, request, "sampling_notice", sampleId, DOCX, doc.fileName(), doc.content());
    }

    ResponseEntity<byte[]> record(Actor me, long sampleId, HttpServletRequest request) {
        FailureNotice.Document doc = records.of(me, sampleId);
        return attachment(me, request, "sampling_record", sampleId, DOCX, doc.fileName(), doc.content());
    }

    ResponseEntity<byte[]> file(Actor me, long sampleId, long fileId, HttpServletRequest request) throws IOException {
        SampleFiles.Served served = files.file(me, sampleId, fileId);
        byte[] content = Files.readAllBytes(served.path());
        return attachment(me, request, "sampling_file", fileId, MediaType.parseMediaType(served.file().contentType()),
                served.file().name(), content);
    }

    private ResponseEntity<byte[]> attachment(Actor me, HttpServletRequest request, String type, Object id,
            MediaType mediaType, String fileName, byte[] content) {
        exports.exported(me, type, id, fileName, request);
        return ResponseEntity.ok().contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
