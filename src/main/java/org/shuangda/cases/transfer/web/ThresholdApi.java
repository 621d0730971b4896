package org.shuangda.cases.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.shuangda.cases.transfer.AmountKind;
import org.shuangda.cases.transfer.CriminalThreshold;
import org.shuangda.cases.transfer.ThresholdCheck;
import org.shuangda.cases.transfer.ThresholdMatch;
import org.shuangda.cases.transfer.Thresholds;
import org.shuangda.cases.transfer.TransferPrompts;
import org.shuangda.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/thresholds")
@Tag(name = "Criminal thresholds", description = "立案追诉标准 per case category, and whether a case meets one")
class ThresholdApi {

    /** The check of one case; {@code prompt} is the sentence the officer reads, null when nothing is due. */
    record CheckJson(long caseId, String caseNumber, boolean mustTransfer, boolean openTransfer, boolean transferable,
            List<ThresholdMatch> matches, String prompt) {
    }

    /**
     * A threshold as sent: the category code, the charge, the amount it is measured on, the minimum in 元; on
     * creation {@code ownerRegion} names the province whose own row it is (omitted: national, for scope ALL).
     */
    record ThresholdRequest(String category, String charge, AmountKind amountKind, java.math.BigDecimal minimum,
            String basis, Boolean active, Integer version, String ownerRegion) {

        CriminalThreshold toThreshold(Long id) {
            return new CriminalThreshold(id, category, charge, amountKind, minimum, basis, active == null || active, 0,
                    version == null ? 0 : version, null);
        }
    }

    private final Thresholds thresholds;
    private final TransferPrompts prompts;
    private final MessageSource messages;

    ThresholdApi(Thresholds thresholds, TransferPrompts prompts, MessageSource messages) {
        this.thresholds = thresholds;
        this.prompts = prompts;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The threshold table")
    List<CriminalThreshold> list(Actor me) {
        return thresholds.list(me);
    }

    @PostMapping
    @Operation(summary = "Add a threshold (CASE_SETTINGS with scope over the owner: national or a province; "
            + "a city or county may not add one: 403)")
    ResponseEntity<CriminalThreshold> create(Actor me, @RequestBody ThresholdRequest form) {
        CriminalThreshold saved = thresholds.create(me, form.toThreshold(null), form.ownerRegion());
        return ResponseEntity.created(URI.create("/api/v1/thresholds/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a threshold (CASE_SETTINGS with scope over its owner's level; else 403); "
            + "send the version you read")
    CriminalThreshold update(Actor me, @PathVariable long id, @RequestBody ThresholdRequest form) {
        return thresholds.update(me, id, form.toThreshold(id));
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "Whether a case meets a threshold and must be transferred to the police")
    CheckJson check(Actor me, @PathVariable long caseId, Locale locale) {
        ThresholdCheck check = prompts.check(me, caseId);
        String prompt = check.mustTransfer()
                ? messages.getMessage("threshold.prompt", new Object[] {check.charges()}, locale) : null;
        return new CheckJson(caseId, check.caseNumber(), check.mustTransfer(), check.openTransfer(),
                check.transferable(), check.matches(), prompt);
    }
}
