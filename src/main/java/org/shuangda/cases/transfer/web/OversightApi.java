package org.shuangda.cases.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.cases.transfer.MissedTransfer;
import org.shuangda.cases.transfer.Oversight;
import org.shuangda.cases.transfer.TransferOpinion;
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
@RequestMapping("/api/v1/oversight")
@Tag(name = "Prosecutorial oversight", description = "立案监督: cases above a threshold never transferred, 建议移送 opinions")
class OversightApi {

    record OpinionRequest(Long caseId, String opinion) {
    }

    record AnswerRequest(String answer) {
    }

    private final Oversight oversight;

    OversightApi(Oversight oversight) {
        this.oversight = oversight;
    }

    @GetMapping("/missed")
    @Operation(summary = "Cases in the prosecutor's region above a threshold with no transfer handed over (以罚代刑?)")
    List<MissedTransfer> missed(Actor me) {
        return oversight.missed(me);
    }

    @GetMapping("/opinions")
    @Operation(summary = "建议移送 opinions the caller may see (prosecutor's region or the agency's cases)")
    List<TransferOpinion> opinions(Actor me, @RequestParam(required = false) Long caseId) {
        return oversight.opinions(me, caseId);
    }

    @PostMapping("/opinions")
    @Operation(summary = "Issue a 建议移送 opinion on a case (TRANSFER_OVERSEE); one open opinion per case")
    ResponseEntity<TransferOpinion> suggest(Actor me, @RequestBody OpinionRequest request) {
        if (request.caseId() == null) {
            throw new org.shuangda.shared.InvalidInput("caseId", "error.required");
        }
        return ResponseEntity.status(201).body(oversight.suggest(me, request.caseId(), request.opinion()));
    }

    @PostMapping("/opinions/{id}/answer")
    @Operation(summary = "The agency answers an opinion (CASE_HANDLE over the case), once")
    TransferOpinion answer(Actor me, @PathVariable long id, @RequestBody AnswerRequest request) {
        return oversight.answer(me, id, request.answer());
    }
}
