package org.shuangda.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.assessment.supervision.Visit;
import org.shuangda.assessment.supervision.VisitForm;
import org.shuangda.assessment.supervision.VisitRecord;
import org.shuangda.assessment.supervision.Visits;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MultiLine;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 督查 visits to member units: checklist, findings, rectification tracked to closure. */
@RestController
@RequestMapping("/api/v1/supervision/visits")
@Tag(name = "Supervision 督查")
class VisitApi {

    record Rectification(@MultiLine String rectification) {
    }

    record Reason(@MultiLine String reason) {
    }

    private final Visits visits;

    VisitApi(Visits visits) {
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "Visits of the caller's office and visits to the caller's unit")
    List<Visit> list(Actor me) {
        return visits.list(me);
    }

    @GetMapping("/{id}")
    Visit get(Actor me, @PathVariable long id) {
        return visits.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Plan a visit to a member unit within the office's region, with its checklist")
    ResponseEntity<Visit> plan(Actor me, @RequestBody VisitForm form) {
        Visit v = visits.plan(me, form);
        return ResponseEntity.created(URI.create("/api/v1/supervision/visits/" + v.id())).body(v);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a planned visit")
    Visit update(Actor me, @PathVariable long id, @RequestBody VisitForm form) {
        return visits.update(me, id, form);
    }

    @PostMapping("/{id}/record")
    @Operation(summary = "Record the visit: each point's outcome; each finding becomes a rectification with its date")
    Visit record(Actor me, @PathVariable long id, @RequestBody VisitRecord record) {
        return visits.record(me, id, record);
    }

    @PostMapping("/findings/{findingId}/report")
    @Operation(summary = "The visited unit reports a finding rectified")
    Visit report(Actor me, @PathVariable long findingId, @RequestBody Rectification r) {
        return visits.report(me, findingId, r.rectification());
    }

    @PostMapping("/findings/{findingId}/close")
    @Operation(summary = "The office closes (销号) a reported finding; the visit closes with its last one")
    Visit close(Actor me, @PathVariable long findingId) {
        return visits.close(me, findingId);
    }

    @PostMapping("/findings/{findingId}/reopen")
    @Operation(summary = "The office sends a reported finding back, with the reason")
    Visit reopen(Actor me, @PathVariable long findingId, @RequestBody Reason r) {
        return visits.reopen(me, findingId, r.reason());
    }
}
