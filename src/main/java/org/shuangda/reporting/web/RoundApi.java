package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.rounds.RegionSignoffs;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reporting rounds (数据报送批次) with due dates and working days left; who has reported. */
@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Reporting rounds 报送批次")
class RoundApi {

    /** A reopening of a locked round for one unit. */
    record Reopen(Long unitId, LocalDate until, String reason) {
    }

    private final Rounds rounds;
    private final RoundProgress progress;
    private final RegionSignoffs signoffs;

    RoundApi(Rounds rounds, RoundProgress progress, RegionSignoffs signoffs) {
        this.rounds = rounds;
        this.progress = progress;
        this.signoffs = signoffs;
    }

    @PostMapping("/{id}/regions/{region}/accept")
    @Operation(summary = "Accept a region's roll-up (upper office: REPORT_REVIEW over the parent region)",
            description = "422 while a unit in the region is not accepted, or a child region is not accepted yet")
    ResponseEntity<Void> acceptRegion(Actor me, @PathVariable long id, @PathVariable String region) {
        signoffs.signOff(me, id, region);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Rounds visible to the caller, with due dates and \"还剩N个工作日\"")
    List<RoundView> list(Actor me,
            @Parameter(description = "Campaign id") @RequestParam(required = false) Long campaign) {
        return rounds.list(me, campaign);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One round (404 outside the caller's region)")
    RoundView get(Actor me, @PathVariable long id) {
        return rounds.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Open a round (REPORT_REVIEW over its region)")
    ResponseEntity<RoundView> create(Actor me, @RequestBody RoundForm form) {
        RoundView created = rounds.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + created.round().id())).body(created);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a locked round for one unit until a date (REPORT_REVIEW over the unit)")
    ResponseEntity<Void> reopen(Actor me, @PathVariable long id, @RequestBody Reopen reopen) {
        if (reopen.unitId() == null) {
            throw new InvalidInput("unitId", "error.required");
        }
        rounds.reopen(me, id, reopen.unitId(), reopen.until(), reopen.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Every expected unit in the caller's scope with its submission status, on time or late")
    List<RoundProgress.Line> progress(Actor me, @PathVariable long id) {
        return progress.lines(me, id);
    }
}
