package org.shuangda.leadership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.shuangda.leadership.SoftwareLedger;
import org.shuangda.leadership.SoftwareLedgers;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Software legalisation ledgers (软件正版化, issue 15): a unit keeps its own; the office reads, rolls up, inspects. */
@RestController
@RequestMapping("/api/v1/software-ledger")
@Tag(name = "Software ledger 软件正版化")
class SoftwareApi {

    record Computers(Integer computers) {
    }

    record CheckBody(String findings, LocalDate rectifyBy, Long campaignId) {
    }

    private final SoftwareLedgers ledgers;

    SoftwareApi(SoftwareLedgers ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping
    @Operation(summary = "The office's overview: each unit's installations, licensed share and last check, and the total")
    SoftwareLedgers.Overview overview(Actor me) {
        return ledgers.overview(me);
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "One unit's ledger (the unit's own people, or the office over its region; else 404)")
    SoftwareLedger ledger(Actor me, @PathVariable long unitId) {
        return ledgers.ledger(me, unitId);
    }

    @PutMapping("/units/{unitId}/computers")
    @Operation(summary = "Computers in use at the unit")
    SoftwareLedger computers(Actor me, @PathVariable long unitId, @RequestBody Computers body) {
        return ledgers.saveComputers(me, unitId, body.computers());
    }

    @PostMapping("/units/{unitId}/entries")
    @Operation(summary = "Add or (with id and version) replace an entry; fewer licences than installations need a rectification")
    SoftwareLedger entry(Actor me, @PathVariable long unitId, @RequestBody SoftwareLedger.Entry entry) {
        return ledgers.saveEntry(me, unitId, entry);
    }

    @DeleteMapping("/units/{unitId}/entries/{entryId}")
    @Operation(summary = "Remove an entry")
    SoftwareLedger delete(Actor me, @PathVariable long unitId, @PathVariable long entryId) {
        return ledgers.deleteEntry(me, unitId, entryId);
    }

    @PostMapping("/units/{unitId}/self-check")
    @Operation(summary = "The unit's self-check: today's totals kept as its figures")
    SoftwareLedger selfCheck(Actor me, @PathVariable long unitId, @RequestBody(required = false) CheckBody body) {
        return ledgers.selfCheck(me, unitId, body == null ? null : body.findings());
    }

    @PostMapping("/units/{unitId}/inspections")
    @Operation(summary = "The office's inspection; findings with rectifyBy and campaignId become a rectification task")
    SoftwareLedger inspect(Actor me, @PathVariable long unitId, @RequestBody CheckBody body) {
        return ledgers.inspect(me, unitId, body.findings(), body.rectifyBy(), body.campaignId());
    }
}
