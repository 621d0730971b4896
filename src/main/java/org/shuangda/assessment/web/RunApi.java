package org.shuangda.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.shuangda.assessment.RunView;
import org.shuangda.assessment.Runs;
import org.shuangda.assessment.Scores;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MultiLine;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.shuangda.shared.web.Downloads;

/**
 * Runs (one per assessed unit): items, evidence, scores, appeals. An assessed unit reads its own run only until the
 * results are published (another unit's is 404); reviewers never score the unit they belong to (422).
 */
@RestController
@RequestMapping("/api/v1/assessment/runs")
@Tag(name = "Assessment 检查考核")
class RunApi {

    record Reason(@MultiLine String reason) {
    }

    record AppealForm(Long itemId, @MultiLine String reason) {
    }

    record Decision(Boolean uphold, BigDecimal points, Boolean veto, @MultiLine String decision) {
    }

    record Items(List<Long> itemIds) {
    }

    private final Runs runs;
    private final ExportAudit exports;

    RunApi(Runs runs, ExportAudit exports) {
        this.runs = runs;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "The runs of a scheme the caller may see (an assessed unit: its own until publication)")
    List<RunView> list(Actor me, @RequestParam long scheme) {
        return runs.list(me, scheme);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One run: items with self, computed (with the figures), 初评 and 复评 scores, evidence, appeals",
            description = "the assessed unit sees the reviewers' scores once the draft is released")
    RunView get(Actor me, @PathVariable long id) {
        return runs.get(me, id);
    }

    @PutMapping("/{id}/self")
    @Operation(summary = "The unit's self-assessment of some items (points within each item's maximum, notes)")
    RunView self(Actor me, @PathVariable long id, @RequestBody Scores scores) {
        return runs.selfAssess(me, id, scores);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "The unit hands its self-assessment in: 初评 begins")
    RunView submit(Actor me, @PathVariable long id) {
        return runs.submit(me, id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "A reviewer returns the self-assessment for more evidence, with the reason")
    RunView returnToUnit(Actor me, @PathVariable long id, @RequestBody Reason reason) {
        return runs.returnToUnit(me, id, reason.reason());
    }

    @PutMapping("/{id}/reviews/{stage}")
    @Operation(summary = "A reviewer's scores at stage first (初评) or second (复评); 422 for his own unit")
    RunView review(Actor me, @PathVariable long id, @PathVariable Stage stage, @RequestBody Scores scores) {
        return runs.score(me, id, stage == Stage.second, scores);
    }

    @PostMapping("/{id}/reviews/first/finish")
    @Operation(summary = "初评 complete (every reviewed item scored): 复评 begins")
    RunView finishFirst(Actor me, @PathVariable long id) {
        return runs.finishFirst(me, id);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "复评 complete: the data items are computed once more, the draft goes to the unit, the appeal "
            + "window (rulebook assessment.appeal, working days) opens")
    RunView release(Actor me, @PathVariable long id) {
        return runs.releaseDraft(me, id);
    }

    @PostMapping("/{id}/appeals")
    @Operation(summary = "The unit appeals one item with its reasons (422 after the window or twice)")
    RunView appeal(Actor me, @PathVariable long id, @RequestBody AppealForm appeal) {
        return runs.appeal(me, id, appeal.itemId(), appeal.reason());
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "The unit confirms its draft score (无异议)")
    RunView accept(Actor me, @PathVariable long id) {
        return runs.acceptDraft(me, id);
    }

    @PostMapping("/{id}/appeals/{appealId}/decision")
    @Operation(summary = "The office upholds (with the new score) or rejects an appeal")
    RunView decide(Actor me, @PathVariable long id, @PathVariable long appealId, @RequestBody Decision d) {
        return runs.decideAppeal(me, id, appealId, Boolean.TRUE.equals(d.uphold()), d.points(), d.veto(), d.decision());
    }

    @PostMapping("/{id}/finalise")
    @Operation(summary = "The office fixes the final score (every appeal decided; the window over or the draft accepted)")
    RunView finalise(Actor me, @PathVariable long id) {
        return runs.finalise(me, id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "An evidence file serving itemIds (PDF, DOCX, XLSX, JPG, PNG up to 20 MB, checked by content)")
    RunView addEvidence(Actor me, @PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) List<Long> itemIds)
            throws IOException {
        return runs.addEvidence(me, id, title, itemIds, new Runs.Upload(file.getOriginalFilename(), file.getSize(),
                file.getInputStream()));
    }

    @PostMapping(path = "/{id}/evidence/{evidenceId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A new version of an evidence file (earlier versions kept)")
    RunView addVersion(Actor me, @PathVariable long id, @PathVariable long evidenceId,
            @RequestPart("file") MultipartFile file) throws IOException {
        return runs.addEvidenceVersion(me, id, evidenceId, new Runs.Upload(file.getOriginalFilename(), file.getSize(),
                file.getInputStream()));
    }

    @PutMapping("/{id}/evidence/{evidenceId}/items")
    @Operation(summary = "The items an evidence file serves")
    RunView link(Actor me, @PathVariable long id, @PathVariable long evidenceId, @RequestBody Items items) {
        return runs.linkEvidence(me, id, evidenceId, items.itemIds());
    }

    @GetMapping("/{id}/evidence/{evidenceId}/file")
    @Operation(summary = "An evidence file's version (default the current one): the office's side and the unit itself")
    ResponseEntity<byte[]> file(Actor me, @PathVariable long id, @PathVariable long evidenceId,
            @RequestParam(required = false) Integer version, HttpServletRequest request) throws IOException {
        Runs.StoredFile f = runs.evidenceFile(me, id, evidenceId, version);
        byte[] content = Files.readAllBytes(f.path());
        return Downloads.attachment(me, exports, request, "assessment_evidence", evidenceId,
                MediaType.parseMediaType(f.version().contentType()), f.version().fileName(), content);
    }

    enum Stage {
        first,
        second
    }
}
