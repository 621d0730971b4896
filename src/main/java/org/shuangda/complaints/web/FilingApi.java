package org.shuangda.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.complaints.Category;
import org.shuangda.complaints.FilerIdentity;
import org.shuangda.complaints.FilerKeyRotation;
import org.shuangda.complaints.FilingClocks;
import org.shuangda.complaints.FilingFilter;
import org.shuangda.complaints.FilingHandling;
import org.shuangda.complaints.FilingIntake;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.FilingRequest;
import org.shuangda.complaints.FilingRouting;
import org.shuangda.complaints.FilingStatistics;
import org.shuangda.complaints.FilingStatus;
import org.shuangda.complaints.Filings;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.RefusalGround;
import org.shuangda.complaints.Track;
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

    record Refusal(String ground, String explanation) {
    }

    record Closing(String outcome, String resultText) {
    }

    record Text(String text) {
    }

    record Reroute(Long unitId, String reason) {
    }

    record Merge(Long primaryId) {
    }

    private final FilingIntake intake;
    private final Filings filings;
    private final FilingHandling handling;
    private final FilingRouting routing;
    private final FilerIdentity identity;
    private final FilerKeyRotation rotation;
    private final FilingStatistics statistics;
    private final FilingClocks clocks;

    FilingApi(FilingIntake intake, Filings filings, FilingHandling handling, FilingRouting routing,
            FilerIdentity identity, FilerKeyRotation rotation, FilingStatistics statistics, FilingClocks clocks) {
        this.intake = intake;
        this.filings = filings;
        this.handling = handling;
        this.routing = routing;
        this.identity = identity;
        this.rotation = rotation;
        this.statistics = statistics;
        this.clocks = clocks;
    }

    @PostMapping
    @Operation(summary = "Register a filing; with Idempotency-Key a retry returns the first answer and never files twice "
            + "(same key, different body: 422)")
    ResponseEntity<FilingReceipt> file(@RequestBody FilingRequest request,
            @Parameter(description = "A unique key per filing chosen by the caller, at most 200 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (request == null) {
            throw new org.shuangda.shared.InvalidInput("body", "error.required");
        }
        FilingReceipt receipt = intake.fromApi(request, idempotencyKey);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/filings/" + receipt.id()))
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed())).body(receipt);
    }

    @GetMapping
    @Operation(summary = "Filings of the caller's scope, newest first; filer data masked")
    List<FilingJson> list(@RequestParam(required = false) FilingStatus status,
            @RequestParam(required = false) Track track, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return filings.list(new FilingFilter(status, track, null, q), page, size).filings().stream()
                .map(f -> FilingJson.of(f, clocks.of(f), null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One filing with its clocks and history; filer data masked")
    FilingJson one(@PathVariable long id) {
        var f = filings.get(id);
        return FilingJson.of(f, clocks.of(f), filings.history(id));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open filings of the caller's scope whose clock ran out")
    List<FilingJson> overdue() {
        return filings.overdue().stream().map(o -> FilingJson.of(o.filing(), clocks.of(o.filing()), null)).toList();
    }

    @GetMapping("/{id}/filer")
    @Operation(summary = "The filer's identity in clear: the assigned handler only (403 for everyone else); audited")
    FilerIdentity.Identity filer(@PathVariable long id) {
        return identity.reveal(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept (受理) a complaint or tip; the caller becomes its handler")
    FilingJson accept(@PathVariable long id) {
        return json(handling.accept(id));
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Refuse (不予受理) with a ground from the list")
    FilingJson refuse(@PathVariable long id, @RequestBody Refusal body) {
        RefusalGround ground = body == null || body.ground() == null ? null : parse(RefusalGround.class, body.ground(), "ground");
        return json(handling.refuse(id, ground, body == null ? null : body.explanation()));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer an enquiry (closes it)")
    FilingJson answer(@PathVariable long id, @RequestBody Text body) {
        return json(handling.answer(id, body == null ? null : body.text()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an accepted complaint or tip with the handler's outcome")
    FilingJson close(@PathVariable long id, @RequestBody Closing body) {
        Outcome outcome = body == null || body.outcome() == null ? null : parse(Outcome.class, body.outcome(), "outcome");
        return json(handling.close(id, outcome, body == null ? null : body.resultText()));
    }

    @PostMapping("/{id}/refer")
    @Operation(summary = "Turn an accepted tip into a case clue (转为线索)")
    FilingJson refer(@PathVariable long id) {
        return json(handling.referToCases(id));
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Extend a tip's verification by 15 working days, with the approval")
    FilingJson extend(@PathVariable long id, @RequestBody Text body) {
        return json(handling.extendVerification(id, body == null ? null : body.text()));
    }

    @PostMapping("/{id}/notified")
    @Operation(summary = "Record that the real-name tipster was told the outcome")
    FilingJson notified(@PathVariable long id) {
        return json(handling.markNotified(id));
    }

    @PostMapping("/{id}/reroute")
    @Operation(summary = "转办 to another unit, with a reason the public sees")
    FilingJson reroute(@PathVariable long id, @RequestBody Reroute body) {
        if (body == null || body.unitId() == null) {
            throw new org.shuangda.shared.InvalidInput("unitId", "error.required");
        }
        return json(routing.reroute(id, body.unitId(), body.reason()));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Handle together with another filing (合并处理)")
    FilingJson merge(@PathVariable long id, @RequestBody Merge body) {
        if (body == null || body.primaryId() == null) {
            throw new org.shuangda.shared.InvalidInput("primaryId", "error.required");
        }
        return json(routing.merge(id, body.primaryId()));
    }

    @PostMapping("/{id}/split")
    @Operation(summary = "Split into a complaint (this) and a new linked tip with the given text")
    ResponseEntity<FilingReceipt> split(@PathVariable long id, @RequestBody Text body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(routing.split(id, body == null ? null : body.text()));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Counts by channel, track, category, region, outcome and the on-time rate")
    FilingStatistics.Figures statistics(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return statistics.figures(from, to);
    }

    @PostMapping("/keys/reencrypt")
    @Operation(summary = "Re-encrypt up to batch filings still under an old key; repeat until it answers 0")
    int reencrypt(@RequestParam(defaultValue = "1000") int batch) {
        return rotation.reencrypt(batch);
    }

    private FilingJson json(org.shuangda.complaints.Filing f) {
        return FilingJson.of(f, clocks.of(f), null);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.shuangda.shared.InvalidInput(field, "filing.error.code", value,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    static Category category(String value) {
        return value == null || value.isBlank() ? null : parse(Category.class, value, "category");
    }
}
