package org.shuangda.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.shuangda.cases.CaseValue;
import org.shuangda.cases.SeizureDisposal;
import org.shuangda.cases.SeizureDocument;
import org.shuangda.cases.SeizureDocuments;
import org.shuangda.cases.SeizureItem;
import org.shuangda.cases.SeizureMeasure;
import org.shuangda.cases.SeizureRecord;
import org.shuangda.cases.SeizureRecords;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's 查封扣押 on the API ({@code GET /api/v1/cases/{id}/seizure}: the latest record, the 案值 it feeds, the
 * documents it has) and its documents as DOCX for the case page and the API alike
 * ({@code /cases/{id}/seizure/documents/{DECISION|LIST|RELEASE}}): scoped like the case (404 outside it or without a
 * seizure), the release decision only once released (422 on {@code document}); each download audited as an export
 * of the case (the documents name the parties) after the checks and before the first byte.
 */
@RestController
@Tag(name = "Cases")
class SeizureFiles {

    private final SeizureRecords seizures;
    private final SeizureDocuments documents;
    private final ExportAudit exports;

    SeizureFiles(SeizureRecords seizures, SeizureDocuments documents, ExportAudit exports) {
        this.seizures = seizures;
        this.documents = documents;
        this.exports = exports;
    }

    /** The seizure as the API shows it: the record, its total, the case's 案值 with its parts, the documents offered. */
    record SeizureJson(long id, long caseId, SeizureMeasure measure, String place, String decisionNumber,
            LocalDate decidedOn, OffsetDateTime recordedAt, List<SeizureItem> items, java.math.BigDecimal totalValue,
            LocalDate releasedOn, String releaseReason, SeizureDisposal disposal, String releaseNumber,
            CaseValue caseValue, List<SeizureDocument> documents) {

        static SeizureJson of(SeizureRecord r, CaseValue value) {
            return new SeizureJson(r.id(), r.caseId(), r.measure(), r.place(), r.decisionNumber(), r.decidedOn(),
                    r.recordedAt(), r.items(), r.totalValue(), r.releasedOn(), r.releaseReason(), r.disposal(),
                    r.releaseNumber(), value, SeizureDocument.offered(r));
        }
    }

    @GetMapping("/api/v1/cases/{id}/seizure")
    @Operation(summary = "The case's latest 查封扣押: measure, place, 文号, items, release, the 案值 it feeds and the "
            + "documents it has (404 outside the caller's scope or when the case has no seizure)")
    SeizureJson seizure(Actor me, @PathVariable long id) {
        SeizureRecord r = seizures.latest(me, id).orElseThrow(() -> new NotFoundProblem("seizure", id));
        return SeizureJson.of(r, seizures.caseValue(me, id));
    }

    @GetMapping({"/cases/{id}/seizure/documents/{document}", "/api/v1/cases/{id}/seizure/documents/{document}"})
    @Operation(summary = "查封（扣押）决定书, 查封（扣押）财物清单 or 解除查封（扣押）决定书 of the case's latest seizure as DOCX "
            + "(RELEASE only once released: 422); audited as an export")
    ResponseEntity<byte[]> document(Actor me, @PathVariable long id,
            @Parameter(description = "DECISION, LIST or RELEASE") @PathVariable SeizureDocument document,
            HttpServletRequest request) {
        SeizureDocuments.Rendered file = documents.render(me, id, document);
        exports.exported(me, "case", id, file.name(), request); // the documents carry the parties' data
        return CaseFiles.download(file.name(), CaseFiles.DOCX).body(file.docx());
    }
}
