package org.shuangda.campaigns;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.TaskProgress.Attachment;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a task: progress reports (lead unit or office) and notes (cooperating units too), with an
 * attachment; completing and reopening; the history; serving an attachment only to those who see the task.
 */
@Service
public class TaskReports {

    /** An upload as the web layer received it. */
    public record Upload(String fileName, long size, InputStream content) {
    }

    /** An attachment's metadata and where its bytes are. */
    public record StoredFile(Attachment attachment, Path path) {
    }

    private final Tasks tasks;
    private final ProgressStore progress;
    private final TaskStore taskStore;
    private final AttachmentStore files;
    private final ApplicationEventPublisher events;

    TaskReports(Tasks tasks, ProgressStore progress, TaskStore taskStore, AttachmentStore files,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.progress = progress;
        this.taskStore = taskStore;
        this.files = files;
        this.events = events;
    }

    public List<TaskProgress> history(long taskId) {
        tasks.visible(taskId);
        return progress.of(taskId);
    }

    @Transactional
    public TaskProgress report(long taskId, ProgressKind kind, String text, Upload upload) {
        CampaignTask task = tasks.visible(taskId);
        TaskParty party = tasks.partyOf(task);
        requireReporter(party);
        task.requireMayReport(party, kind == null ? ProgressKind.PROGRESS : kind);
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "error.required");
        }
        if (text.length() > 10_000) {
            throw new InvalidInput("text", "error.tooLong", 10_000);
        }
        Attachment attachment = upload == null || upload.fileName() == null || upload.fileName().isBlank() ? null
                : files.store(upload.fileName(), upload.size(), upload.content()); // removed again on rollback
        Actor actor = Actors.require();
        long id = progress.insert(taskId, kind == null ? ProgressKind.PROGRESS : kind, actor, text.strip(), attachment);
        TaskProgress saved = progress.one(id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("taskId", taskId);
        fields.put("kind", saved.kind());
        fields.put("text", saved.body());
        fields.put("file", attachment == null ? null : attachment.fileName());
        events.publishEvent(AuditableChange.created("task_progress", id, task.title(), fields));
        return saved;
    }

    @Transactional
    public TaskRow complete(long taskId) {
        CampaignTask task = tasks.visible(taskId);
        TaskParty party = tasks.partyOf(task);
        requireReporter(party);
        task.requireMayComplete(party);
        Actor actor = Actors.require();
        taskStore.setCompleted(taskId, OffsetDateTime.now(ZoneOffset.UTC), actor.displayName() + "(" + actor.unitName() + ")");
        events.publishEvent(AuditableChange.updated("campaign_task", taskId, task.title(),
                Map.of("completed", false), Map.of("completed", true)));
        return tasks.get(taskId);
    }

    @Transactional
    public TaskRow reopen(long taskId) {
        CampaignTask task = tasks.visible(taskId);
        task.requireMayReopen(tasks.partyOf(task));
        taskStore.setCompleted(taskId, null, null);
        events.publishEvent(AuditableChange.updated("campaign_task", taskId, task.title(),
                Map.of("completed", true), Map.of("completed", false)));
        return tasks.get(taskId);
    }

    /**
     * 补录: the office enters an entry from the paper record with its original date and unit (the demo data's
     * archive history is written this way). Checked like a report by the office.
     */
    @Transactional
    public TaskProgress backfill(long taskId, ProgressKind kind, long unitId, String by, OffsetDateTime at, String text) {
        CampaignTask task = tasks.visible(taskId);
        TaskParty party = tasks.partyOf(task);
        if (party != TaskParty.OFFICE) {
            throw new AccessDeniedProblem("only the office backfills task history");
        }
        task.requireMayReport(party, kind);
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "error.required");
        }
        long id = progress.insert(taskId, kind, unitId, by, null, at, text.strip(), null);
        events.publishEvent(AuditableChange.created("task_progress", id, task.title(),
                Map.of("taskId", taskId, "kind", kind, "text", text.strip(), "reportedAt", at.toString())));
        return progress.one(id);
    }

    /** Marks a task done as of {@code at} (补录 of a completion on paper): the office only. */
    @Transactional
    public TaskRow completeAsOf(long taskId, OffsetDateTime at, String by) {
        CampaignTask task = tasks.visible(taskId);
        TaskParty party = tasks.partyOf(task);
        if (party != TaskParty.OFFICE) {
            throw new AccessDeniedProblem("only the office backfills a completion");
        }
        task.requireMayComplete(party);
        taskStore.setCompleted(taskId, at, by);
        events.publishEvent(AuditableChange.updated("campaign_task", taskId, task.title(),
                Map.of("completed", false), Map.of("completed", true)));
        return tasks.get(taskId);
    }

    /** An attachment of a progress entry of a task the actor sees; anything else is not found. */
    public StoredFile attachment(long taskId, long progressId) {
        tasks.visible(taskId);
        TaskProgress entry = progress.find(progressId).filter(p -> p.taskId() == taskId && p.hasAttachment())
                .orElseThrow(() -> new NotFoundProblem("attachment", progressId));
        return new StoredFile(entry.attachment(), files.pathOf(entry.attachment()));
    }

    /** Lead and cooperating units need TASK_REPORT; the office acts through CAMPAIGN_MANAGE. */
    private static void requireReporter(TaskParty party) {
        if (party != TaskParty.OFFICE && !Actors.require().can(Permission.TASK_REPORT)) {
            throw new AccessDeniedProblem("missing permission TASK_REPORT");
        }
    }
}
