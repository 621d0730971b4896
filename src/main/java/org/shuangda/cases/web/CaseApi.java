package org.shuangda.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDateTime;
import org.shuangda.cases.CaseAttachments;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.CasePage;
import org.shuangda.cases.CaseQuery;
import org.shuangda.cases.CaseStatus;
import org.shuangda.cases.CaseSupervision;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.shared.Actors;
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

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "案件: register, correct, lifecycle steps, clocks (办案期限, 查封扣押), 督办; scoped to the handling unit")
class CaseApi {

    /** A reason, summary or progress text. */
    record TextRequest(String reason) {
    }

    record PauseRequest(PauseReason reason, String note) {
    }

    record ExtendRequest(String approval, String collectiveDecision) {
    }

    record SeizureRequest(LocalDateTime at) {
    }

    record SuperviseRequest(int everyWorkingDays, String note) {
    }

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final CaseClocks clocks;
    private final CaseSupervision supervision;
    private final CaseAttachments attachments;

    CaseApi(Cases cases, CaseLifecycle lifecycle, CaseClocks clocks, CaseSupervision supervision,
            CaseAttachments attachments) {
        this.attachments = attachments;
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.clocks = clocks;
        this.supervision = supervision;
    }

    @GetMapping
    @Operation(summary = "Cases the caller may see, newest first; fuzzy q over number, title, parties, goods and facts")
    CasePage list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) CaseQuery.ClockState clock, @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return cases.list(new CaseQuery(q, status, category, clock, unit, null, page, size), Actors.require());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its timeline and clocks (ID numbers masked)")
    CaseJson one(@PathVariable long id) {
        return json(cases.find(id, Actors.require()));
    }

    @PostMapping
    @Operation(summary = "立案: register a case (CASE_HANDLE; at least two handling officers of the unit)")
    ResponseEntity<CaseJson> create(@RequestBody CaseDraft draft) {
        CaseJson saved = json(cases.register(draft, Actors.require()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + saved.caseRecord().id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a case's details before the decision; send the version you read",
            description = "A natural person sent without an ID number, where the same person (by name) stood at the "
                    + "same place, keeps the stored number: the API returns it only masked.")
    CaseJson update(@PathVariable long id, @RequestParam int version, @RequestBody CaseDraft draft) {
        return json(cases.update(id, draft, version, Actors.require()));
    }

    @PostMapping("/{id}/investigate")
    @Operation(summary = "立案 → 调查取证")
    CaseJson investigate(@PathVariable long id) {
        return json(lifecycle.startInvestigation(id, Actors.require()));
    }

    @PostMapping("/{id}/notify")
    @Operation(summary = "调查取证 → 告知/听证 (needs facts and the case value)")
    CaseJson notifyParty(@PathVariable long id) {
        return json(lifecycle.notifyParty(id, Actors.require()));
    }

    @PostMapping("/{id}/decide")
    @Operation(summary = "→ 处罚决定 (general procedure after notice; simple procedure straight from investigation)")
    CaseJson decide(@PathVariable long id, @RequestBody PenaltyDecision decision) {
        return json(lifecycle.decide(id, decision, Actors.require()));
    }

    @PostMapping("/{id}/no-penalty")
    @Operation(summary = "→ 不予处罚, with the reason")
    CaseJson noPenalty(@PathVariable long id, @RequestBody TextRequest body) {
        return json(lifecycle.decideNoPenalty(id, body.reason(), Actors.require()));
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "→ 撤销立案, with the reason")
    CaseJson revoke(@PathVariable long id, @RequestBody TextRequest body) {
        return json(lifecycle.revoke(id, body.reason(), Actors.require()));
    }

    @PostMapping("/{id}/execute")
    @Operation(summary = "处罚决定 → 执行")
    CaseJson execute(@PathVariable long id) {
        return json(lifecycle.startExecution(id, Actors.require()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "执行 / 不予处罚 → 结案, with a summary")
    CaseJson close(@PathVariable long id, @RequestBody TextRequest body) {
        return json(lifecycle.close(id, body.reason(), Actors.require()));
    }

    @PostMapping("/{id}/clock/pause")
    @Operation(summary = "Pause the decision clock (suspension, hearing, testing, notice period)")
    CaseJson pause(@PathVariable long id, @RequestBody PauseRequest body) {
        return json(clocks.pause(id, body.reason(), body.note(), Actors.require()));
    }

    @PostMapping("/{id}/clock/resume")
    @Operation(summary = "Resume the decision clock")
    CaseJson resume(@PathVariable long id) {
        return json(clocks.resume(id, Actors.require()));
    }

    @PostMapping("/{id}/clock/extend")
    @Operation(summary = "+30 days (CASE_APPROVE); a further extension also needs the collective decision")
    CaseJson extend(@PathVariable long id, @RequestBody ExtendRequest body) {
        return json(clocks.extend(id, body.approval(), body.collectiveDecision(), Actors.require()));
    }

    @PostMapping("/{id}/seizure")
    @Operation(summary = "Start 查封扣押 (30 days)")
    CaseJson seize(@PathVariable long id, @RequestBody(required = false) SeizureRequest body) {
        return json(clocks.startSeizure(id, body == null ? null : body.at(), Actors.require()));
    }

    @PostMapping("/{id}/seizure/extend")
    @Operation(summary = "Extend 查封扣押 once by 30 days (CASE_APPROVE)")
    CaseJson extendSeizure(@PathVariable long id, @RequestBody ExtendRequest body) {
        return json(clocks.extendSeizure(id, body.approval(), Actors.require()));
    }

    @PostMapping("/{id}/seizure/release")
    @Operation(summary = "Release 查封扣押")
    CaseJson release(@PathVariable long id) {
        return json(clocks.releaseSeizure(id, Actors.require()));
    }

    @PostMapping("/{id}/supervise")
    @Operation(summary = "督办: progress every N working days (CASE_SUPERVISE)")
    CaseJson supervise(@PathVariable long id, @RequestBody SuperviseRequest body) {
        return json(supervision.supervise(id, body.everyWorkingDays(), body.note(), Actors.require()));
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "A progress report on a supervised case")
    CaseJson progress(@PathVariable long id, @RequestBody TextRequest body) {
        return json(supervision.reportProgress(id, body.reason(), Actors.require()));
    }

    @PostMapping(value = "/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Add an evidence file (PDF, DOCX, XLSX, JPG, PNG; ≤ 20 MB; checked by content)")
    ResponseEntity<CaseAttachments.Attachment> attach(@PathVariable long id,
            @RequestParam(required = false) MultipartFile file) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new org.shuangda.shared.InvalidInput("file", "attachment.empty");
        }
        var saved = attachments.add(id, file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                Actors.require());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The case's evidence files")
    java.util.List<CaseAttachments.Attachment> attachments(@PathVariable long id) {
        return attachments.list(id, Actors.require());
    }

    private CaseJson json(org.shuangda.cases.EnforcementCase c) {
        return new CaseJson(c, clocks.decision(c).orElse(null), clocks.seizure(c).orElse(null));
    }
}
