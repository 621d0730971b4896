package org.shuangda.campaigns;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.TaskProgress.Attachment;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
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
    private final AttachmentStore files;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TaskReports(Tasks tasks, ProgressStore progress, AttachmentStore files, Clock clock,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.progress = progress;
        this.files = files;
        this.clock = clock;
        this.events = events;
    }

    public List<TaskProgress> history(Actor actor, long taskId) {
        tasks.visible(actor, taskId);
        return progress.of(taskId);
    }

    /** A progress report or (with {@code kind} NOTE) a note by the actor's unit, with an optional attachment. */
    @Transactional
    public TaskProgress report(Actor actor, long taskId, ProgressKind kind, String text, Upload upload) {
        ProgressKind entry = kind == null ? ProgressKind.PROGRESS : kind;
        CampaignTask task = tasks.visible(actor, taskId);
        task.require(TaskAction.reporting(entry), tasks.partyOf(actor, task), actor, tasks.today());
        String body = checkedText(text);
        Attachment attachment = upload == null || upload.fileName() == null || upload.fileName().isBlank() ? null
                : files.store(upload.fileName(), upload.size(), upload.content()); // removed again on rollback
        long id = progress.insert(taskId, entry, actor.unitId(), actor.displayName(), actor.userId(),
                OffsetDateTime.now(clock), body, attachment);
        TaskProgress saved = progress.one(id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("taskId", taskId);
        fields.put("kind", saved.kind());
        fields.put("text", saved.body());
        fields.put("file", attachment == null ? null : attachment.fileName());
        events.publishEvent(AuditableChange.created(actor, "task_progress", id, task.title(), fields));
        return saved;
    }

    /** A step without input on the task ({@link TaskAction#COMPLETE}, {@link TaskAction#REOPEN}). */
    @Transactional
    public TaskRow take(Actor actor, long taskId, TaskAction action) {
        return switch (action) {
            case COMPLETE -> complete(actor, taskId, OffsetDateTime.now(clock),
                    actor.displayName() + "(" + actor.unitName() + ")", false);
            case REOPEN -> reopen(actor, taskId);
            case REPORT_PROGRESS, ADD_NOTE, EDIT -> throw new IllegalArgumentException(
                    action + " takes input: use report or Tasks.update");
        };
    }

    /**
     * 补录: the office enters an entry from the paper record with its original date and unit (the demo data's
     * archive history is written this way). Checked like a report by the office.
     */
    @Transactional
    public TaskProgress backfill(Actor actor, long taskId, ProgressKind kind, long unitId, String by,
            OffsetDateTime at, String text) {
        CampaignTask task = tasks.visible(actor, taskId);
        task.require(TaskAction.reporting(kind), officeOnly(actor, task, "backfills task history"), actor,
                tasks.today());
        String body = checkedText(text);
        long id = progress.insert(taskId, kind, unitId, by, null, at, body, null);
        events.publishEvent(AuditableChange.created(actor, "task_progress", id, task.title(),
                Map.of("taskId", taskId, "kind", kind, "text", body, "reportedAt", at.toString())));
        return progress.one(id);
    }

    /** Marks a task done as of {@code at} (补录 of a completion on paper): the office only. */
    @Transactional
    public TaskRow completeAsOf(Actor actor, long taskId, OffsetDateTime at, String by) {
        return complete(actor, taskId, at, by, true);
    }

    /** An attachment of a progress entry of a task the actor sees; anything else is not found. */
    public StoredFile attachment(Actor actor, long taskId, long progressId) {
        tasks.visible(actor, taskId);
        TaskProgress entry = progress.find(progressId).filter(p -> p.taskId() == taskId && p.hasAttachment())
                .orElseThrow(() -> new NotFoundProblem("attachment", progressId));
        return new StoredFile(entry.attachment(), files.pathOf(entry.attachment()));
    }

    private TaskRow complete(Actor actor, long taskId, OffsetDateTime at, String by, boolean backfilled) {
        CampaignTask task = tasks.visible(actor, taskId);
        TaskParty party = backfilled ? officeOnly(actor, task, "backfills a completion") : tasks.partyOf(actor, task);
        TaskRow done = tasks.save(actor, task.complete(party, actor, tasks.today(), at.toInstant(), by),
                task.version());
        events.publishEvent(AuditableChange.updated(actor, "campaign_task", taskId, task.title(),
                Map.of("completed", false), Map.of("completed", true)));
        return done;
    }

    private TaskRow reopen(Actor actor, long taskId) {
        CampaignTask task = tasks.visible(actor, taskId);
        TaskRow open = tasks.save(actor, task.reopen(tasks.partyOf(actor, task), actor, tasks.today()),
                task.version());
        events.publishEvent(AuditableChange.updated(actor, "campaign_task", taskId, task.title(),
                Map.of("completed", true), Map.of("completed", false)));
        return open;
    }

    /** The office's party to the task, or 403: some entries only the office may make. */
    private TaskParty officeOnly(Actor actor, CampaignTask task, String what) {
        TaskParty party = tasks.partyOf(actor, task);
        if (party != TaskParty.OFFICE) {
            throw new AccessDeniedProblem("only the office " + what);
        }
        return party;
    }

    private static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "error.required");
        }
        if (text.length() > 10_000) {
            throw new InvalidInput("text", "error.tooLong", 10_000);
        }
        return text.strip();
    }
}
