package org.shuangda.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.shuangda.assessment.Bulletin;
import org.shuangda.assessment.Bulletins;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MultiLine;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.shuangda.shared.web.Downloads;

/** 考核通报: composed from the published results, edited, issued, downloaded as DOCX. */
@RestController
@RequestMapping("/api/v1/assessment/bulletins")
@Tag(name = "Assessment 检查考核")
class BulletinApi {

    record Compose(long schemeId) {
    }

    record Edit(Integer version, List<Text> paragraphs) {
    }

    record Text(Bulletin.Paragraph.Style style, @MultiLine String text) {
    }

    record Issue(String docNumber) {
    }

    private final Bulletins bulletins;
    private final ExportAudit exports;

    BulletinApi(Bulletins bulletins, ExportAudit exports) {
        this.bulletins = bulletins;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "A scheme's bulletins (drafts for the office only)")
    List<Bulletin> list(Actor me, @RequestParam long scheme) {
        return bulletins.list(me, scheme);
    }

    @GetMapping("/{id}")
    Bulletin get(Actor me, @PathVariable long id) {
        return bulletins.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Compose a draft from the published results: A praised, C and D urged with their weak items")
    ResponseEntity<Bulletin> compose(Actor me, @RequestBody Compose compose) {
        Bulletin b = bulletins.compose(me, compose.schemeId());
        return ResponseEntity.created(URI.create("/api/v1/assessment/bulletins/" + b.id())).body(b);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft's paragraphs (TITLE, ADDRESSEE, HEADING, BODY, SIGNATURE)")
    Bulletin edit(Actor me, @PathVariable long id, @RequestBody Edit edit) {
        List<Bulletin.Paragraph> paragraphs = edit.paragraphs() == null ? List.of() : edit.paragraphs().stream()
                .map(t -> t == null ? null : new Bulletin.Paragraph(t.style(), t.text())).toList();
        return bulletins.update(me, id, edit.version(), paragraphs);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue under docNumber (default 〔year〕n号): archived, never changed again")
    Bulletin issue(Actor me, @PathVariable long id, @RequestBody(required = false) Issue issue) {
        return bulletins.issue(me, id, issue == null ? null : issue.docNumber());
    }

    @GetMapping("/{id}.docx")
    @Operation(summary = "The issued bulletin as DOCX (GB/T 9704 layout, the ranking as its annex); 422 for a draft")
    ResponseEntity<byte[]> docx(Actor me, @PathVariable long id, HttpServletRequest request) {
        Bulletin b = bulletins.get(me, id);
        byte[] content = bulletins.docx(me, id);
        return Downloads.attachment(me, exports, request, "assessment_bulletin", id, Downloads.DOCX,
                Downloads.fileName(b.title(), ".docx"), content);
    }
}
