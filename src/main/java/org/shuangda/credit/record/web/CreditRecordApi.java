package org.shuangda.credit.record.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.credit.CreditFact;
import org.shuangda.credit.record.CreditRecords;
import org.shuangda.credit.record.DisplayExpiry;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/credit")
@Tag(name = "Credit record", description = "信用档案: an entity's credit facts (CREDIT_VIEW, in scope), display expiry")
class CreditRecordApi {

    /** One fact of the record. */
    record FactJson(long id, String kind, String sourceModule, String sourceRef, LocalDate occurredOn, Long unitId,
            String summary, Map<String, Object> detail, String tier, LocalDate publicFrom, LocalDate publicUntil,
            boolean shownToday, Instant hiddenAt, String hiddenReason, LocalDate restorableFrom,
            List<RestorationJson> restorations) {

        static FactJson of(CreditRecords.Line l) {
            CreditFact f = l.fact();
            return new FactJson(f.id(), f.kind().name(), f.sourceModule(), f.sourceRef(), f.occurredOn(), f.unitId(),
                    f.summary(), f.detail(), f.tier().name(), f.publicFrom(), f.publicUntil(), l.shownToday(),
                    f.hiddenAt(), f.hiddenReason(), l.restorableFrom(),
                    l.restorations().stream().map(RestorationJson::of).toList());
        }
    }

    /** The record of one entity. */
    record RecordJson(long entityId, String name, String uscc, LocalDate today, List<FactJson> facts) {
    }

    /** What a run of the expiry did. */
    record ExpiryJson(LocalDate today, int hidden, int batches) {
    }

    private final CreditRecords records;
    private final DisplayExpiry expiry;

    CreditRecordApi(CreditRecords records, DisplayExpiry expiry) {
        this.records = records;
        this.expiry = expiry;
    }

    @GetMapping("/entities/{id}")
    @Operation(summary = "The entity's credit record, newest first (404 when the entity is outside the caller's scope)")
    RecordJson record(Actor me, @PathVariable long id) {
        CreditRecords.EntityRecord r = records.of(me, id);
        return new RecordJson(r.entity().id(), r.entity().name(), r.entity().uscc(), r.today(),
                r.lines().stream().map(FactJson::of).toList());
    }

    @PostMapping("/expiry")
    @Operation(summary = "Run the daily display expiry now (CREDIT_SETTINGS): hides every fact whose display period "
            + "ended before today; a second run changes nothing")
    ExpiryJson runExpiry(Actor me) {
        DisplayExpiry.Run run = expiry.runNow(me);
        return new ExpiryJson(run.today(), run.hidden(), run.batches());
    }
}
