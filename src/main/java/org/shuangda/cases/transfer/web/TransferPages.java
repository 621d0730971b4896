package org.shuangda.cases.transfer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.shuangda.cases.CaseDocuments;
import org.shuangda.cases.CriminalCharge;
import org.shuangda.cases.transfer.ThresholdCheck;
import org.shuangda.cases.transfer.TransferPackage;
import org.shuangda.cases.transfer.TransferAction;
import org.shuangda.cases.transfer.TransferDocumentKind;
import org.shuangda.cases.transfer.TransferDocuments;
import org.shuangda.cases.transfer.TransferPrompts;
import org.shuangda.cases.transfer.TransferRow;
import org.shuangda.cases.transfer.TransferStatus;
import org.shuangda.cases.transfer.Transfers;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfer pages: the scoped list, one transfer with its steps and package, the proposal form. */
@Controller
class TransferPages {

    private final Transfers transfers;
    private final TransferDocuments documents;
    private final TransferPrompts prompts;
    private final FormErrors formErrors;
    private final CaseDocuments caseDocuments;
    private final ExportAudit exports;

    TransferPages(Transfers transfers, TransferDocuments documents, TransferPrompts prompts, FormErrors formErrors,
            CaseDocuments caseDocuments, ExportAudit exports) {
        this.exports = exports;
        this.caseDocuments = caseDocuments;
        this.transfers = transfers;
        this.documents = documents;
        this.prompts = prompts;
        this.formErrors = formErrors;
    }

    @GetMapping("/transfers")
    String list(Actor me, @RequestParam(required = false) TransferStatus status, Model model) {
        model.addAttribute("rows", transfers.list(me, status, null));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TransferStatus.values());
        return "cases/transfers/list";
    }

    @GetMapping("/transfers/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model, Map.of(), null);
    }

    @PostMapping("/transfers/{id}/actions/{action}")
    String act(Actor me, @PathVariable long id, @PathVariable TransferAction action,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            transfers.act(me, id, action, note);
        } catch (InvalidInput e) {
            model.addAttribute("failedAction", action);
            return page(me, id, model, formErrors.of(e), note);
        }
        redirect.addFlashAttribute("done", action);
        return "redirect:/transfers/" + id;
    }

    @PostMapping("/transfers/{id}/documents")
    String upload(Actor me, @PathVariable long id, @RequestParam(required = false) TransferDocumentKind kind,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        TransferRow row = transfers.get(me, id);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "error.required");
            }
            documents.upload(me, row.transfer().caseId(), kind, file.getOriginalFilename(), file.getSize(),
                    file.getInputStream());
        } catch (InvalidInput e) {
            return page(me, id, model, formErrors.of(e), null);
        }
        redirect.addFlashAttribute("uploaded", true);
        return "redirect:/transfers/" + id;
    }

    @GetMapping("/transfers/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(Actor me, @PathVariable long id, @PathVariable long documentId,
            HttpServletRequest request) {
        TransferPackage.Content content = documents.content(me, transfers.get(me, id).transfer().caseId(), documentId);
        exports.exported(me, "transfer_document", documentId, content.name(), request);
        return TransferDownloads.of(content);
    }

    /** 涉嫌犯罪案件移送书 of the transfer's case addressed to its police unit, for whoever sees the transfer. */
    @GetMapping("/transfers/{id}/letter")
    ResponseEntity<byte[]> letter(Actor me, @PathVariable long id, HttpServletRequest request) {
        TransferRow row = transfers.get(me, id);
        TransferPackage.Content letter = new TransferPackage.Content("涉嫌犯罪案件移送书-" + row.caseNumber() + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                caseDocuments.renderTransferLetter(row.transfer().caseId(), row.policeName(),
                        row.transfer().criminalCharge().orElse(null), row.transfer().charge()));
        exports.exported(me, "case_transfer", id, letter.name(), request); // the letter names the parties
        return TransferDownloads.of(letter);
    }

    @GetMapping("/transfers/new")
    String proposeForm(Actor me, @RequestParam long caseId, Model model) {
        ThresholdCheck check = prompts.check(me, caseId);
        // the first charge the thresholds name is chosen already; the officer may pick another
        CriminalCharge suggested = CriminalCharge.firstNamedIn(check.charges()).orElse(null);
        return form(model, check, suggested == null ? "" : suggested.name(),
                suggested == null ? "" : suggested.chargeName(), "", Map.of());
    }

    /**
     * The proposal: {@code chargeCode} from the picker (hidden field); without JavaScript the typed
     * {@code chargeQuery} is resolved by its exact name.
     */
    @PostMapping("/transfers/new")
    String propose(Actor me, @RequestParam long caseId, @RequestParam(required = false) String chargeCode,
            @RequestParam(required = false) String chargeQuery, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        String charge = chargeCode != null && !chargeCode.isBlank() ? chargeCode : chargeQuery;
        try {
            TransferRow row = transfers.propose(me, caseId, null, charge, reason);
            redirect.addFlashAttribute("proposed", true);
            return "redirect:/transfers/" + row.id();
        } catch (InvalidInput e) {
            CriminalCharge chosen = CriminalCharge.resolve(charge).orElse(null);
            return form(model, prompts.check(me, caseId), chosen == null ? "" : chosen.name(),
                    chosen == null ? (chargeQuery == null ? "" : chargeQuery) : chosen.chargeName(), reason,
                    formErrors.of(e));
        }
    }

    private String form(Model model, ThresholdCheck check, String chargeCode, String chargeQuery, String reason,
            Map<String, String> errors) {
        model.addAttribute("check", check);
        model.addAttribute("chargeCode", chargeCode);
        model.addAttribute("chargeQuery", chargeQuery);
        model.addAttribute("chosenCharge", CriminalCharge.resolve(chargeCode).orElse(null));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "cases/transfers/propose";
    }

    private String page(Actor me, long id, Model model, Map<String, String> errors, String note) {
        TransferRow row = transfers.get(me, id);
        model.addAttribute("row", row);
        model.addAttribute("t", row.transfer());
        // the police receive the package (移送书, 调查报告, 物品清单), not the agency's case file: a link to the
        // case page only for whoever may open it (CASE_VIEW over the handling unit), else the transfer's summary
        model.addAttribute("mayOpenCase", me.can(Permission.CASE_VIEW)
                && me.scopeFor(Permission.CASE_VIEW).coversUnit(row.unitPath(), row.regionPath()));
        model.addAttribute("actions", transfers.actionsFor(me, row));
        model.addAttribute("history", transfers.history(me, id));
        model.addAttribute("documents", documents.list(me, row.transfer().caseId()));
        model.addAttribute("complete", documents.complete(me, row.transfer().caseId()));
        model.addAttribute("kinds", TransferDocumentKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        return "cases/transfers/detail";
    }
}
