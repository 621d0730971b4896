package org.shuangda.credit.record.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.credit.record.Restoration;
import org.shuangda.credit.record.RestorationAction;
import org.shuangda.credit.record.RestorationStatus;
import org.shuangda.credit.record.Restorations;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/credit/restorations")
@Tag(name = "Credit restoration", description = "信用修复 (SAMR Order 107): applications and the deciding unit's steps "
        + "(CREDIT_MANAGE in scope)")
class RestorationApi {

    /** An application received on paper, entered by an officer of the deciding unit. */
    record ApplicationRequest(String uscc, String decisionNumber, String applicantName, String applicantPhone,
            String commitment) {
    }

    /** A step's input: the missing papers, the refusal's reasons or the extension's approval, as the step needs. */
    record StepRequest(String missingPapers, String reason, String approval) {
    }

    /** The application's number and, once, its query code for the applicant. */
    record ReceiptJson(String number, String queryCode, RestorationJson restoration) {
    }

    private final Restorations restorations;

    RestorationApi(Restorations restorations) {
        this.restorations = restorations;
    }

    @GetMapping
    @Operation(summary = "Applications in the caller's scope, open ones first by their due day")
    List<RestorationJson> list(Actor me, @RequestParam(required = false) RestorationStatus status) {
        return restorations.list(me, status).stream().map(RestorationJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application (404 outside the caller's scope)")
    RestorationJson one(Actor me, @PathVariable long id) {
        return RestorationJson.of(restorations.get(me, id).restoration());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter an application for a shown penalty (422: warning only, minor, revocation type, "
            + "before the earliest day, or one already open)")
    ReceiptJson apply(Actor me, @RequestBody ApplicationRequest r) {
        Restorations.Receipt receipt = restorations.applyFor(me, new Restorations.Application(r.uscc(),
                r.decisionNumber(), r.applicantName(), r.applicantPhone(), r.commitment()), List.of());
        return new ReceiptJson(receipt.number(), receipt.queryCode(), RestorationJson.of(receipt.restoration()));
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "A step: ACCEPT, REQUEST_PAPERS (missingPapers), EXTEND (approval), RESTORE, REFUSE (reason)")
    RestorationJson step(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) StepRequest body) {
        StepRequest r = body == null ? new StepRequest(null, null, null) : body;
        return RestorationJson.of(RestorationSteps.run(restorations, me, id, parse(action), r.missingPapers(),
                r.reason(), r.approval()));
    }

    static RestorationAction parse(String action) {
        try {
            RestorationAction a = RestorationAction.valueOf(action.toUpperCase().replace('-', '_'));
            if (a.byApplicant()) {
                throw new InvalidInput("action", "credit.restoration.action.unknown", action);
            }
            return a;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("action", "credit.restoration.action.unknown", action);
        }
    }
}
