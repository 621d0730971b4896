package org.shuangda.credit.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.credit.alerts.WarningKind;
import org.shuangda.credit.alerts.WarningRule;
import org.shuangda.credit.alerts.WarningRuleForm;
import org.shuangda.credit.alerts.WarningRules;
import org.shuangda.credit.alerts.Warnings;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.MultiLine;
import org.shuangda.shared.MaxLength;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Early warnings (预警) and their rules. */
@RestController
@RequestMapping("/api/v1/credit/warnings")
@Tag(name = "Credit 信用监管")
class WarningApi {

    /** An acknowledgement: the note (2–500 characters) and the version read. */
    record Acknowledgement(@MultiLine @MaxLength(500) String note, Integer version) {
    }

    private final Warnings warnings;
    private final WarningRules rules;

    WarningApi(Warnings warnings, WarningRules rules) {
        this.warnings = warnings;
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "Warnings of the caller's CREDIT_VIEW scope, newest first",
            description = "`open=true` (default): not yet acknowledged; `open=false`: acknowledged. Each with its "
                    + "kind, subject, region, summary, the ids of the credit facts and filings behind it.")
    Warnings.Board list(Actor me, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100, default 50") @RequestParam(defaultValue = "50") int size) {
        return warnings.board(me, open, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One warning with the facts and filings behind it (404 outside the caller's scope)")
    Warnings.Detail one(Actor me, @PathVariable long id) {
        return warnings.get(me, id);
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a warning with a note (CREDIT_MANAGE over its region); audited",
            description = "422 when the note is missing or too long, the warning was acknowledged already or the "
                    + "version is stale.")
    Warnings.Detail acknowledge(Actor me, @PathVariable long id, @RequestBody Acknowledgement body) {
        if (body == null) {
            throw new InvalidInput("body", "error.required");
        }
        warnings.acknowledge(me, id, body.note(), body.version());
        return warnings.get(me, id);
    }

    @GetMapping("/rules")
    @Operation(summary = "Every warning rule: national defaults and the levels' own versions (CREDIT_VIEW)")
    List<WarningRule> rules(Actor me) {
        return rules.list(me);
    }

    @PutMapping("/rules/{kind}")
    @Operation(summary = "Save the caller's own level's version of a rule (CREDIT_SETTINGS); audited",
            description = "GRADE_FELL: `grade` C or D. COMPLAINTS_*/SAMPLES_FAILED: `threshold` 1–10000 and "
                    + "`windowDays` 1–3660 (days back). PERIOD_ENDING and RESTORATION_DUE: `windowDays` (days ahead). `version` of the "
                    + "level's existing version; 422 names each wrong field.")
    WarningRule save(Actor me, @PathVariable WarningKind kind, @RequestBody WarningRuleForm body) {
        if (body == null) {
            throw new InvalidInput("body", "error.required");
        }
        return rules.save(me, kind, body);
    }
}
