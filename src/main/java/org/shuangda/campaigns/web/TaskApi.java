package org.shuangda.campaigns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.shuangda.campaigns.ProgressKind;
import org.shuangda.campaigns.TaskAction;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.TaskForm;
import org.shuangda.campaigns.TaskProgress;
import org.shuangda.campaigns.TaskReports;
import org.shuangda.campaigns.TaskStatus;
import org.shuangda.campaigns.Tasks;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Campaign tasks", description = "任务分解: lead and cooperating units, due dates, 督办, progress with attachments")
class TaskApi {

    /** A progress report or note sent as JSON (no attachment; use multipart for one). */
    record ProgressRequest(ProgressKind kind, String text) {
    }

    private final Tasks tasks;
    private final TaskReports reports;
    private final ExportAudit exports;

    TaskApi(Tasks tasks, TaskReports reports, ExportAudit exports) {
        this.tasks = tasks;
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "Tasks the caller may see, by campaign, unit (lead or cooperating) and computed status")
    List<TaskJson> list(Actor me, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) TaskStatus status) {
        return tasks.list(me, new TaskFilter(campaign, unit, status)).stream().map(TaskJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with its computed status")
    TaskJson one(Actor me, @PathVariable long id) {
        return TaskJson.of(tasks.get(me, id));
    }

    @PostMapping
    @Operation(summary = "Add a task to a campaign (the office)")
    ResponseEntity<TaskJson> create(Actor me, @RequestParam long campaign, @RequestBody TaskForm form) {
        TaskJson saved = TaskJson.of(tasks.create(me, campaign, form));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a task (the office); send the version you read")
    TaskJson update(Actor me, @PathVariable long id, @RequestBody TaskForm form) {
        return TaskJson.of(tasks.update(me, id, form));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a task (the office)")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        tasks.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "The task's progress reports and notes, newest first")
    List<TaskProgress> progress(Actor me, @PathVariable long id) {
        return reports.history(me, id);
    }

    @PostMapping(path = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report progress (lead unit or office) or add a note (cooperating units too)")
    ResponseEntity<TaskProgress> report(Actor me, @PathVariable long id, @RequestBody ProgressRequest request) {
        return ResponseEntity.status(201).body(reports.report(me, id, request.kind(), request.text(), null));
    }

    @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report progress with an attachment (PDF, DOCX, XLSX, JPG, PNG; at most 20 MB)")
    ResponseEntity<TaskProgress> reportWithFile(Actor me, @PathVariable long id,
            @RequestParam(required = false) ProgressKind kind, @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        TaskReports.Upload upload = file == null ? null
                : new TaskReports.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
        return ResponseEntity.status(201).body(reports.report(me, id, kind, text, upload));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Mark the task done (lead unit or office)")
    TaskJson complete(Actor me, @PathVariable long id) {
        return TaskJson.of(reports.take(me, id, TaskAction.COMPLETE));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a completed task (the office)")
    TaskJson reopen(Actor me, @PathVariable long id) {
        return TaskJson.of(reports.take(me, id, TaskAction.REOPEN));
    }

    @GetMapping("/{id}/progress/{progressId}/attachment")
    @Operation(summary = "Download a progress entry's attachment (only within the caller's scope)")
    ResponseEntity<Resource> attachment(Actor me, @PathVariable long id, @PathVariable long progressId,
            HttpServletRequest request) {
        return Downloads.of(reports.attachment(me, id, progressId), progressId, me, exports, request);
    }
}
