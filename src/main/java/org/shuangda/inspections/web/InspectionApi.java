package org.shuangda.inspections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.shuangda.inspections.draw.Draw;
import org.shuangda.inspections.draw.DrawReceipt;
import org.shuangda.inspections.draw.Draws;
import org.shuangda.inspections.draw.InspectionItem;
import org.shuangda.inspections.draw.InspectionTasks;
import org.shuangda.inspections.draw.ItemDraft;
import org.shuangda.inspections.draw.Items;
import org.shuangda.inspections.draw.JointShare;
import org.shuangda.inspections.draw.Plan;
import org.shuangda.inspections.draw.PlanDraft;
import org.shuangda.inspections.draw.Plans;
import org.shuangda.inspections.draw.InspectionResult;
import org.shuangda.inspections.draw.RedrawRequest;
import org.shuangda.inspections.draw.ResultDraft;
import org.shuangda.inspections.draw.ResultPhotos;
import org.shuangda.inspections.draw.Results;
import org.shuangda.inspections.draw.Task;
import org.shuangda.inspections.draw.TaskDraft;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections (双随机)", description = "抽查事项清单, yearly plans, tasks, the frozen pool, the reproducible draw "
        + "with 回避, redraws with the upper level's approval (企业公示信息抽查办法); scoped by the caller's INSPECTION_VIEW / "
        + "INSPECTION_HANDLE / INSPECTION_SETTINGS scope: a record outside it answers 404")
class InspectionApi {

    /** An item edit: the new text, whether it stays active, the version read. */
    record ItemUpdate(String name, String legalBasis, String kind, List<String> checklist, Boolean active,
            Integer version) {
    }

    record EndRequest(java.time.LocalDate endedOn) {
    }

    record RedrawReason(String reason) {
    }

    record PlanList(List<Plan> plans, JointShare share) {
    }

    /** A result for one target of a draw, by one of its drawn inspectors. */
    record ResultRequest(Long drawId, Long entityId, String code, List<ResultDraft.PointOutcome> points, String note,
            Boolean signed, Boolean needsEnforcement, java.time.LocalDate inspectedOn) {
    }

    private final Items items;
    private final Plans plans;
    private final InspectionTasks tasks;
    private final Draws draws;
    private final ExportAudit exports;

    private final Results results;
    private final ResultPhotos photos;

    InspectionApi(Items items, Plans plans, InspectionTasks tasks, Draws draws, Results results, ExportAudit exports,
            ResultPhotos photos) {
        this.results = results;
        this.photos = photos;
        this.items = items;
        this.plans = plans;
        this.tasks = tasks;
        this.draws = draws;
        this.exports = exports;
    }

    @GetMapping("/items")
    @Operation(summary = "The inspection items of the units in scope")
    List<InspectionItem> items(Actor me) {
        return items.list(me);
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "One item in its current revision")
    InspectionItem item(Actor me, @PathVariable long id) {
        return items.get(me, id);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new item (INSPECTION_SETTINGS over its unit; unitId left out: the caller's unit)")
    InspectionItem createItem(Actor me, @RequestBody ItemDraft draft) {
        return items.create(me, draft);
    }

    @PutMapping("/items/{id}")
    @Operation(summary = "Edits an item; one a task used becomes its next revision (the task keeps the old text)")
    InspectionItem updateItem(Actor me, @PathVariable long id, @RequestBody ItemUpdate u) {
        return items.update(me, id, new ItemDraft(null, u.name(), u.legalBasis(), u.kind(), u.checklist()),
                u.active() == null || u.active(), u.version() == null ? -1 : u.version());
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans in scope, with the year's share of joint tasks (goal 40%)")
    PlanList plans(Actor me, @RequestParam(required = false) Integer year) {
        int shown = year != null ? year : java.time.LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE).getYear();
        return new PlanList(plans.list(me, year), plans.jointShare(me, shown));
    }

    @GetMapping("/plans/{id}")
    Plan plan(Actor me, @PathVariable long id) {
        return plans.get(me, id);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A yearly plan, a department's own or joint (lead unit plus participating units)")
    Plan createPlan(Actor me, @RequestBody PlanDraft draft) {
        return plans.create(me, draft);
    }

    @GetMapping("/tasks")
    List<Task> tasks(Actor me, @RequestParam(required = false) Long planId) {
        return tasks.list(me, planId);
    }

    @GetMapping("/tasks/{id}")
    Task task(Actor me, @PathVariable long id) {
        return tasks.get(me, id);
    }

    @PostMapping("/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A task: items, region, 定向 (entityType, marketId: a key market's operator and sellers, listed: "
            + "LISTED or NOT_LISTED on a credit list, industry: a GB/T 4754 section letter; at least one) or 不定向, "
            + "ratios per grade in per cent (defaults A 3, "
            + "B 5, C 20, D 100; above 100 or zero answers 422), period")
    Task createTask(Actor me, @RequestBody TaskDraft draft) {
        return tasks.create(me, draft);
    }

    @PostMapping("/tasks/{id}/pool")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Freezes the target and inspector pools and records the pool's SM3 hash (422 on an empty pool)")
    PoolSummary prepare(Actor me, @PathVariable long id) {
        return PoolSummary.of(draws.prepare(me, id));
    }

    @GetMapping("/tasks/{id}/pool")
    PoolSummary pool(Actor me, @PathVariable long id) {
        return draws.pool(me, id).map(PoolSummary::of).orElseThrow(() -> new NotFoundProblem("inspection_pool", id));
    }

    @GetMapping("/tasks/{id}/draws")
    @Operation(summary = "Every draw of the task, first to last (append-only)")
    List<Draw> draws(Actor me, @PathVariable long id) {
        return draws.draws(me, id);
    }

    @PostMapping("/tasks/{id}/draws")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draws with public entropy (20–64 digits) and its source; a redraw names an approved "
            + "redrawRequestId. 422 when a target has fewer than two inspectors after 回避, naming the targets. "
            + "Answers the draw's receipt (seed, result hash, targets per grade); GET its `result` for the targets")
    DrawReceipt draw(Actor me, @PathVariable long id, @RequestBody Draws.EntropyInput input) {
        return draws.draw(me, id, input);
    }

    @GetMapping("/draws/{id}")
    Draw drawById(Actor me, @PathVariable long id) {
        return draws.get(me, id);
    }

    @GetMapping(value = "/draws/{id}/inputs.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The draw's inputs for tools/verifier/Verifier.java (java Verifier.java inputs.json)")
    ResponseEntity<String> inputs(Actor me, @PathVariable long id, HttpServletRequest request) {
        draws.get(me, id);
        String json = draws.inputs(id).toJson();
        exports.exported(me, "inspection_draw", id, "inputs.json", request);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inputs.json\"")
                .contentType(MediaType.APPLICATION_JSON).body(json);
    }

    @GetMapping("/tasks/{id}/redraw-requests")
    List<RedrawRequest> redrawRequests(Actor me, @PathVariable long id) {
        return draws.redrawRequests(me, id);
    }

    @PostMapping("/tasks/{id}/redraw-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Asks for a redraw with a reason")
    RedrawRequest requestRedraw(Actor me, @PathVariable long id, @RequestBody RedrawReason body) {
        return draws.requestRedraw(me, id, body.reason());
    }

    @PostMapping("/redraw-requests/{id}/approval")
    @Operation(summary = "The upper level (INSPECTION_SETTINGS from a region above the task's) approves a redraw")
    RedrawRequest approve(Actor me, @PathVariable long id) {
        return draws.approveRedraw(me, id);
    }

    @PostMapping("/tasks/{id}/end")
    @Operation(summary = "The inspection is over: the 20-working-day publication clock of its results starts")
    Task end(Actor me, @PathVariable long id, @RequestBody EndRequest body) {
        return tasks.end(me, id, body.endedOn());
    }

    @GetMapping("/assignments")
    @Operation(summary = "The caller's targets in current draws (as a drawn inspector), with the result once recorded")
    List<Results.Assignment> assignments(Actor me) {
        return results.assignments(me);
    }

    @GetMapping("/results")
    @Operation(summary = "Results in scope, publication due date first; unpublished=true for the ones still to publish")
    List<InspectionResult> results(Actor me, @RequestParam(defaultValue = "false") boolean unpublished) {
        return results.list(me, unpublished);
    }

    @GetMapping("/results/{id}")
    InspectionResult result(Actor me, @PathVariable long id) {
        return results.get(me, id);
    }

    @PostMapping("/results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a result (national code, every checklist point PASS/FAIL/NA); only an inspector drawn "
            + "for the target may (422 on inspector otherwise); needsEnforcement sends a clue to cases")
    InspectionResult record(Actor me, @RequestBody ResultRequest r) {
        if (r.drawId() == null || r.entityId() == null) {
            throw new org.shuangda.shared.InvalidInput(r.drawId() == null ? "drawId" : "entityId", "error.required");
        }
        return results.record(me, r.drawId(), r.entityId(), new ResultDraft(r.code(), r.points(), r.note(), r.signed(),
                r.needsEnforcement(), r.inspectedOn()));
    }

    @GetMapping("/results/{id}/photos")
    @Operation(summary = "The result's evidence photos (names, sizes; each downloads at …/photos/{photo})")
    List<ResultPhotos.Photo> photos(Actor me, @PathVariable long id) {
        return photos.list(me, id);
    }

    @PostMapping(path = "/results/{id}/photos", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds evidence photos (JPG/PNG, ≤ 5 MB each, ≤ 9 per result) as one of the drawn inspectors, "
            + "before publication; a wrong file refuses them all (422 on photos)")
    List<ResultPhotos.Photo> addPhotos(Actor me, @PathVariable long id,
            @RequestParam("photos") List<org.springframework.web.multipart.MultipartFile> files) throws java.io.IOException {
        List<ResultPhotos.Upload> uploads = new java.util.ArrayList<>();
        for (var f : files) {
            uploads.add(new ResultPhotos.Upload(f.getOriginalFilename(), f.getInputStream()));
        }
        return photos.attach(me, id, uploads);
    }

    @PostMapping("/results/{id}/publication")
    @Operation(summary = "Publishes a result (公示), within 20 working days of the inspection")
    InspectionResult publish(Actor me, @PathVariable long id) {
        return results.publish(me, id);
    }
}
