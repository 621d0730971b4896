package org.shuangda.cases.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.shuangda.cases.transfer.TransferAction;
import org.shuangda.cases.transfer.TransferDocuments;
import org.shuangda.cases.transfer.TransferPackage;
import org.shuangda.cases.transfer.TransferStatus;
import org.shuangda.cases.transfer.TransferHistoryEntry;
import org.shuangda.cases.transfer.Transfers;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "Transfers to police", description = "移送涉嫌犯罪案件: propose, approve, hand over, 受理/立案, 复议, 反向移送; "
        + "scoped to the agency, the police unit addressed and the prosecutor's region")
class TransferApi {

    /**
     * A proposal: the case, the police unit (default: the county's 公安局), the 罪名 and why. {@code chargeCode} is a
     * code of the catalogue ({@code GET /api/v1/pickers/charges}); {@code charge}, the older field, is accepted when
     * it is a code or a catalogue name exactly. Anything else is a 422 on {@code chargeCode}.
     */
    record ProposeRequest(Long caseId, Long policeUnitId, String chargeCode, String charge, String reason) {
    }

    /** The reason or remark of a step (required for refusals, declines, reconsideration, return, party notice). */
    record StepRequest(String note) {
    }

    private final Transfers transfers;
    private final TransferDocuments documents;
    private final ExportAudit exports;

    TransferApi(Transfers transfers, TransferDocuments documents, ExportAudit exports) {
        this.transfers = transfers;
        this.documents = documents;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "Transfers the caller may see, newest first, with the clock running on each")
    List<TransferJson> list(Actor me, @RequestParam(required = false) TransferStatus status,
            @RequestParam(required = false) Long caseId) {
        return transfers.list(me, status, caseId).stream().map(r -> TransferJson.of(r, transfers.actionsFor(me, r)))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One transfer with its steps, clock and the actions open to the caller")
    TransferJson one(Actor me, @PathVariable long id) {
        var row = transfers.get(me, id);
        return TransferJson.of(row, transfers.actionsFor(me, row));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every step taken on the transfer, oldest first")
    List<TransferHistoryEntry> history(Actor me, @PathVariable long id) {
        return transfers.history(me, id);
    }

    @PostMapping
    @Operation(summary = "Propose the transfer of a case (officer with CASE_HANDLE over the case)")
    ResponseEntity<TransferJson> propose(Actor me, @RequestBody ProposeRequest request) {
        if (request.caseId() == null) {
            throw new org.shuangda.shared.InvalidInput("caseId", "error.required");
        }
        var row = transfers.propose(me, request.caseId(), request.policeUnitId(),
                request.chargeCode() != null ? request.chargeCode() : request.charge(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + row.id()))
                .body(TransferJson.of(row, transfers.actionsFor(me, row)));
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Take a step: APPROVE, DECLINE (head); HAND_OVER, REQUEST_RECONSIDERATION, NOTICE_PARTY "
            + "(agency); ACCEPT, REFUSE_ACCEPTANCE, FILE, REFUSE_FILING, REVERSE_ON_RECONSIDERATION, "
            + "UPHOLD_ON_RECONSIDERATION, RETURN_FOR_PENALTY (police). Wrong state: 422 with field status")
    TransferJson act(Actor me, @PathVariable long id, @PathVariable TransferAction action,
            @RequestBody(required = false) StepRequest request) {
        var row = transfers.act(me, id, action, request == null ? null : request.note());
        return TransferJson.of(row, transfers.actionsFor(me, row));
    }

    @GetMapping("/package/{caseId}")
    @Operation(summary = "The uploaded documents of a case's transfer package")
    List<TransferPackage.Document> documents(Actor me, @PathVariable long caseId) {
        return documents.list(me, caseId);
    }

    @PostMapping(path = "/package/{caseId}", consumes = "multipart/form-data")
    @Operation(summary = "Upload a package document (调查报告, 检验报告…): PDF, DOCX, JPG, PNG, at most 20 MB")
    ResponseEntity<TransferPackage.Document> upload(Actor me, @PathVariable long caseId,
            @RequestParam(required = false) org.shuangda.cases.transfer.TransferDocumentKind kind,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw new org.shuangda.shared.InvalidInput("file", "error.required");
        }
        return ResponseEntity.status(201).body(documents.upload(me, caseId, kind, file.getOriginalFilename(),
                file.getSize(), file.getInputStream()));
    }

    @GetMapping("/package/{caseId}/{documentId}")
    @Operation(summary = "Download a package document (agency, police addressed, prosecutor)")
    ResponseEntity<byte[]> download(Actor me, @PathVariable long caseId, @PathVariable long documentId,
            HttpServletRequest request) {
        TransferPackage.Content content = documents.content(me, caseId, documentId);
        exports.exported(me, "transfer_document", documentId, content.name(), request);
        return TransferDownloads.of(content);
    }
}
