package org.shuangda.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.ClueView;
import org.shuangda.cases.ClueStatus;
import org.shuangda.cases.Clues;
import org.shuangda.cases.PauseReason;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clues")
@Tag(name = "Clues", description = "线索: 15 working days to verify (+15 approved), paused for testing and appraisal; open a case or not")
class ClueApi {

    record ReasonRequest(String reason) {
    }

    record PauseRequest(PauseReason reason, String note) {
    }

    record ApprovalRequest(String approval) {
    }

    private final Clues clues;
    private final PartyCreditAlerts creditAlerts;

    ClueApi(Clues clues, PartyCreditAlerts creditAlerts) {
        this.clues = clues;
        this.creditAlerts = creditAlerts;
    }

    @GetMapping
    @Operation(summary = "Clues the caller may see, newest first, 50 a page")
    List<ClueView> list(Actor me, @RequestParam(required = false) ClueStatus status,
            @RequestParam(defaultValue = "0") int page) {
        return clues.list(me, status, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One clue with its verification clock",
            description = "`creditAlerts`: when the subject is a business on a credit blacklist (严重违法失信名单, "
                    + "经营异常名录), the listing and the joint punishment measures that apply (empty without CREDIT_VIEW).")
    ClueJson one(Actor me, @PathVariable long id) {
        ClueView clue = clues.find(me, id);
        return new ClueJson(clue, creditAlerts.of(me, clue));
    }

    @PostMapping
    @Operation(summary = "Register a clue (CASE_HANDLE)")
    ResponseEntity<ClueView> create(Actor me, @RequestBody Clues.ClueDraft draft) {
        ClueView saved = clues.register(me, draft);
        return ResponseEntity.created(URI.create("/api/v1/clues/" + saved.id())).body(saved);
    }

    @PostMapping("/{id}/open-case")
    @Operation(summary = "立案: register the case and link it to the clue")
    ResponseEntity<CaseJson> openCase(Actor me, @PathVariable long id, @RequestBody CaseDraft draft) {
        var opened = clues.openCase(me, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id()))
                .body(new CaseJson(opened, null, null, creditAlerts.of(me, opened)));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "不予立案, with the reason")
    ClueView decline(Actor me, @PathVariable long id, @RequestBody ReasonRequest body) {
        return clues.decline(me, id, body.reason());
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause verification for testing, appraisal or identification by the rights holder")
    ClueView pause(Actor me, @PathVariable long id, @RequestBody PauseRequest body) {
        return clues.pause(me, id, body.reason(), body.note());
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume verification")
    ClueView resume(Actor me, @PathVariable long id) {
        return clues.resume(me, id);
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "+15 working days once (CASE_APPROVE)")
    ClueView extend(Actor me, @PathVariable long id, @RequestBody ApprovalRequest body) {
        return clues.extend(me, id, body.approval());
    }
}
