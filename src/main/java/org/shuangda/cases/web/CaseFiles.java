package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.shuangda.cases.CaseAttachments;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDocument;
import org.shuangda.cases.CaseDocuments;
import org.shuangda.cases.CaseExport;
import org.shuangda.cases.CaseQuery;
import org.shuangda.cases.CaseStatus;
import org.shuangda.cases.Cases;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for pages and API alike (same scoped services): evidence files, generated documents, the XLSX
 * export. Never rendered inline.
 */
@RestController
class CaseFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CaseAttachments attachments;
    private final CaseDocuments documents;
    private final CaseExport export;
    private final Cases cases;
    private final ExportAudit exports;

    CaseFiles(CaseAttachments attachments, CaseDocuments documents, CaseExport export, Cases cases,
            ExportAudit exports) {
        this.attachments = attachments;
        this.documents = documents;
        this.export = export;
        this.cases = cases;
        this.exports = exports;
    }

    @GetMapping({"/cases/{id}/attachments/{attachment}", "/api/v1/cases/{id}/attachments/{attachment}"})
    ResponseEntity<Resource> attachment(Actor me, @PathVariable long id, @PathVariable long attachment,
            HttpServletRequest request) {
        var file = attachments.file(me, id, attachment);
        exports.exported(me, "case-attachment", attachment, file.attachment().name(), request);
        return download(file.attachment().name(), file.attachment().contentType())
                .body(new FileSystemResource(file.path()));
    }

    @GetMapping({"/cases/{id}/documents/{document}", "/api/v1/cases/{id}/documents/{document}"})
    ResponseEntity<byte[]> document(Actor me, @PathVariable long id, @PathVariable CaseDocument document,
            HttpServletRequest request) {
        var c = cases.find(me, id);
        byte[] docx = documents.render(me, document, id);
        String name = document.title() + "-" + c.number() + ".docx";
        exports.exported(me, "case", id, name, request); // a generated document carries the parties' data
        return download(name, DOCX).body(docx);
    }

    @GetMapping({"/cases/export.xlsx", "/api/v1/cases/export.xlsx"})
    void export(Actor me, @RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) CaseQuery.ClockState clock, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        export.authorize(me); // before the response is committed: a refusal answers 403, not 200 with 0 bytes
        exports.exported(me, "case", null, "案件导出.xlsx", request); // before the first byte is streamed
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("案件导出.xlsx", StandardCharsets.UTF_8).build()
                .toString());
        // not closed on failure: closing would commit a 200 whatever the error handler answers
        OutputStream out = response.getOutputStream();
        export.write(me, new CaseQuery(q, status, category, clock, null, null, 0, 20), out);
        out.flush();
    }

    static ResponseEntity.BodyBuilder download(String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff");
    }
}
