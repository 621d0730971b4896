package org.shuangda.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.rounds.Submission;
import org.shuangda.reporting.rounds.Submissions;
import org.shuangda.reporting.workbooks.SubmissionWorkbooks;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Submissions (报表): one per unit and round. Reporters fill and submit their own unit's; offices return
 * or accept. Outside the caller's scope: 404. Wrong values, broken rules, locked rounds: 422 naming the
 * indicator or rule; nothing is saved.
 */
@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Submissions 数据报送")
class SubmissionApi {

    /**
     * The whole table: indicator code → number (or numeric text, blank for none); for indicators with
     * categories, code → category label → number (the total may then be left out: it is their sum; given,
     * it must equal it); rule code → comment.
     */
    record Values(Map<String, Object> values, Map<String, Map<String, Object>> breakdowns,
            Map<String, String> comments) {
    }

    record Return(String reason) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Submissions submissions;
    private final SubmissionWorkbooks workbooks;
    private final ExportAudit exports;

    SubmissionApi(Submissions submissions, SubmissionWorkbooks workbooks, ExportAudit exports) {
        this.submissions = submissions;
        this.workbooks = workbooks;
        this.exports = exports;
    }

    @GetMapping("/{id}/workbook")
    @Operation(summary = "The submission's form as XLSX, pre-filled with unit, round and the figures so far")
    ResponseEntity<byte[]> workbook(Actor me, @PathVariable long id, HttpServletRequest request) {
        SubmissionWorkbooks.Download file = workbooks.download(me, id);
        exports.exported(me, "report_submission", id, file.fileName(), request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX)).body(file.bytes());
    }

    @PostMapping(path = "/{id}/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the filled form: 422 with one error per cell (field = cell address), "
            + "or another round's/unit's/tampered file (field = file); else saved as the draft's figures")
    Submission upload(Actor me, @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return workbooks.upload(me, id, file.getBytes());
    }

    @PostMapping
    @Operation(summary = "Open (create as draft, or fetch) the caller's unit's submission for a round")
    Submission open(Actor me, @RequestParam long round) {
        return submissions.openForMyUnit(me, round);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One submission with its values, derived figures and broken rules")
    Submission get(Actor me, @PathVariable long id) {
        return submissions.get(me, id);
    }

    @PutMapping("/{id}/values")
    @Operation(summary = "Replace the figures (and category breakdowns) of a draft or returned submission",
            description = "422 naming values.<code>, breakdowns.<code>.<label> or comments.<rule>; nothing saved")
    Submission values(Actor me, @PathVariable long id, @RequestBody Values body) {
        return submissions.saveValues(me, id, body.values(), body.breakdowns(), body.comments());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit: refused (422) while an error rule is broken or a warning has no comment")
    Submission submit(Actor me, @PathVariable long id) {
        return submissions.act(me, id, SubmissionAction.SUBMIT, null);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted report with a reason (REPORT_REVIEW)")
    Submission returnWith(Actor me, @PathVariable long id, @RequestBody Return body) {
        return submissions.act(me, id, SubmissionAction.RETURN, body.reason());
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a submitted report (REPORT_REVIEW); its figures join the regional totals at once")
    Submission accept(Actor me, @PathVariable long id) {
        return submissions.act(me, id, SubmissionAction.ACCEPT, null);
    }
}
