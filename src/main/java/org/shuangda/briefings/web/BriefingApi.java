package org.shuangda.briefings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.shuangda.briefings.Briefing;
import org.shuangda.briefings.Briefings;
import org.shuangda.briefings.Paragraph;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
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

/** Generated documents (通报, 阶段性总结): drafts composed from the data, edited, issued, downloaded as DOCX. */
@RestController
@RequestMapping("/api/v1/briefings")
@Tag(name = "Briefings 通报与总结")
class BriefingApi {

    /** A new draft: a round's 通报 when {@code roundId} is given, else the campaign's 阶段性总结. */
    record NewDraft(Long roundId, Long campaignId, Boolean rounded) {
    }

    /** The edited text; {@code version} as read (null: the current one). */
    record Edit(Integer version, List<Paragraph> paragraphs) {
    }

    record Issue(String docNumber) {
    }

    private final Briefings briefings;
    private final ExportAudit exports;

    BriefingApi(Briefings briefings, ExportAudit exports) {
        this.briefings = briefings;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "A campaign's documents the caller may see (drafts: the office only), newest first")
    List<Briefing> list(Actor me, @Parameter(description = "Campaign id") @RequestParam long campaign) {
        return briefings.list(me, campaign);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document with its paragraphs (404 outside the caller's scope)")
    Briefing get(Actor me, @PathVariable long id) {
        return briefings.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Compose a draft from today's data (REPORT_REVIEW over the campaign's region)",
            description = "rounded=true phrases figures as 400余人次 / 70多个; false (default) gives exact figures")
    ResponseEntity<Briefing> create(Actor me, @RequestBody NewDraft draft) {
        boolean rounded = Boolean.TRUE.equals(draft.rounded());
        Briefing created;
        if (draft.roundId() != null) {
            created = briefings.draftForRound(me, draft.roundId(), rounded);
        } else if (draft.campaignId() != null) {
            created = briefings.draftForCampaign(me, draft.campaignId(), rounded);
        } else {
            throw new InvalidInput("roundId", "briefings.error.roundOrCampaign");
        }
        return ResponseEntity.created(URI.create("/api/v1/briefings/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft's paragraphs (422 once issued, or on a stale version)")
    Briefing update(Actor me, @PathVariable long id, @RequestBody Edit edit) {
        return briefings.update(me, id, edit.version(), edit.paragraphs());
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a draft: archived under a number and today's date, never changed again",
            description = "docNumber optional (default 2011年第1期, per campaign and year); issuing twice: 422 on status")
    Briefing issue(Actor me, @PathVariable long id, @RequestBody(required = false) Issue issue) {
        return briefings.issue(me, id, issue == null ? null : issue.docNumber());
    }

    @GetMapping("/{id}/docx")
    @Operation(summary = "The issued document as DOCX (A4, 黑体/仿宋), built from the archived text")
    ResponseEntity<byte[]> docx(Actor me, @PathVariable long id, HttpServletRequest request) {
        return DocxDownload.of(briefings.get(me, id), briefings.docx(me, id), me, exports, request);
    }
}
