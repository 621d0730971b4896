package org.shuangda.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.complaints.FilerIdentity;
import org.shuangda.complaints.FilingClocks;
import org.shuangda.complaints.FilingFilter;
import org.shuangda.complaints.FilingAction;
import org.shuangda.complaints.FilingIntake;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.RerouteRequest;
import org.shuangda.complaints.FilingRequest;
import org.shuangda.complaints.FilingStatistics;
import org.shuangda.complaints.FilingStatus;
import org.shuangda.complaints.Filings;
import org.shuangda.complaints.FilingView;
import org.shuangda.complaints.Track;
import org.shuangda.privacy.PersonalDataKeyRotation;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = "Filings", description = "投诉举报: complaints, tips and enquiries from hotlines and call-centre systems")
class FilingApi {

    private final FilingIntake intake;
    private final Filings filings;
    private final FilingSteps steps;
    private final FilerIdentity identity;
    private final PersonalDataKeyRotation rotation;
    private final FilingStatistics statistics;
    private final FilingClocks clocks;
    private final ClientAddress clientAddress;
    private final org.shuangda.shared.CreditAlerts creditAlerts;

    /** Why the caller opens the filer's identity (4–500 characters). */
    record Reveal(String reason) {
    }

    FilingApi(FilingIntake intake, Filings filings, FilingSteps steps, FilerIdentity identity,
            PersonalDataKeyRotation rotation, FilingStatistics statistics, FilingClocks clocks,
            ClientAddress clientAddress, org.shuangda.shared.CreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
        this.clientAddress = clientAddress;
        this.intake = intake;
        this.filings = filings;
        this.steps = steps;
        this.identity = identity;
        this.rotation = rotation;
        this.statistics = statistics;
        this.clocks = clocks;
    }

    @PostMapping
    @Operation(summary = "Register a filing; with Idempotency-Key a retry returns the first answer and never files twice "
            + "(same key, different body: 422)")
    ResponseEntity<FilingReceipt> file(Actor me, @RequestBody FilingRequest request,
            @Parameter(description = "A unique key per filing chosen by the caller, at most 200 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (request == null) {
            throw new InvalidInput("body", "error.required");
        }
        FilingReceipt receipt = intake.fromApi(me, request, idempotencyKey);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/filings/" + receipt.id()))
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed())).body(receipt);
    }

    @GetMapping
    @Operation(summary = "Filings of the caller's scope, newest first; filer data masked")
    List<FilingJson> list(Actor me, @RequestParam(required = false) FilingStatus status,
            @RequestParam(required = false) Track track, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return filings.list(me, new FilingFilter(status, track, null, q), page, size).filings().stream()
                .map(this::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One filing with its clocks and history; filer data masked",
            description = "`creditAlerts`: when the target is a listed business (严重违法失信名单, 经营异常名录), each "
                    + "listing with the joint punishment measures that apply (empty without CREDIT_VIEW).")
    FilingJson one(Actor me, @PathVariable long id) {
        FilingView v = filings.get(me, id);
        var m = v.filing().matter();
        return FilingJson.of(v, clocks.of(v.filing()), filings.history(me, id),
                creditAlerts.forTarget(me, m.targetUscc(), m.targetName()));
    }

    @GetMapping("/credit-alerts")
    @Operation(summary = "Credit alerts of a target while a filing is being typed (FILING_INTAKE)",
            description = "The business named by `targetUscc` (exactly), else by its exact registered `targetName`: "
                    + "each open listing with the joint punishment measures that apply. Empty when it is not listed, "
                    + "not in the directory, or the caller lacks CREDIT_VIEW.")
    List<org.shuangda.shared.CreditAlert> creditAlerts(Actor me, @RequestParam(required = false) String targetName,
            @RequestParam(required = false) String targetUscc) {
        me.require(org.shuangda.shared.Permission.FILING_INTAKE);
        return creditAlerts.forTarget(me, targetUscc, targetName);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open filings of the caller's scope whose clock ran out")
    List<FilingJson> overdue(Actor me) {
        return filings.overdue(me).stream().map(o -> json(o.view())).toList();
    }

    @GetMapping("/{id}/filer")
    @Operation(summary = "The filer's identity in clear: the assigned handler only (403 for everyone else), with a "
            + "reason (4–500 characters, else 422); stored on the unit head's review list and audited. "
            + "Prefer POST with the reason in the body: a query string may end up in proxies' logs")
    FilerIdentity.Identity filer(Actor me, @PathVariable long id, @RequestParam(required = false) String reason,
            HttpServletRequest request) {
        return identity.reveal(me, id, reason, clientAddress.of(request));
    }

    @PostMapping("/{id}/filer")
    @Operation(summary = "The filer's identity in clear for the assigned handler, with {\"reason\": \"…\"} "
            + "(4–500 characters, else 422); stored on the unit head's review list and audited")
    FilerIdentity.Identity openFiler(Actor me, @PathVariable long id, @RequestBody(required = false) Reveal body,
            HttpServletRequest request) {
        return identity.reveal(me, id, body == null ? null : body.reason(), clientAddress.of(request));
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "Take a step: accept (受理; the caller becomes the handler), refuse {ground, explanation}, "
            + "answer {text} (an enquiry), close {outcome, resultText}, refer (a tip to the cases module as a clue), "
            + "extend {text: the approval} (+15 working days for a tip), notified (the real-name tipster was told), "
            + "reroute {unitId, reason} (转办), merge {primaryId} (合并处理), split {text: the tip} (201 with the new "
            + "tip's receipt). Not allowed in the filing's state: 422 on status")
    ResponseEntity<?> act(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) FilingStep body) {
        Object done = steps.take(me, id, FilingAction.ofPath(action), body == null ? FilingStep.NONE : body);
        if (done instanceof RerouteRequest pending) { // 转办 to oneself: waits for the unit head (202)
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(pending);
        }
        return done instanceof FilingReceipt tip ? ResponseEntity.status(HttpStatus.CREATED).body(tip)
                : ResponseEntity.ok(json((FilingView) done));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Counts by channel, track, category, region, outcome and the on-time rate")
    FilingStatistics.Figures statistics(Actor me, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return statistics.figures(me, from, to);
    }

    @PostMapping("/keys/reencrypt")
    @Operation(summary = "Re-encrypt up to batch filings still under an old key; repeat until it answers 0")
    int reencrypt(Actor me, @RequestParam(defaultValue = "1000") int batch) {
        return rotation.reencrypt(me, batch);
    }

    private FilingJson json(FilingView v) {
        return FilingJson.of(v, clocks.of(v.filing()), null);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "filing.error.code", value,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
