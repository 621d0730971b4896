package org.shuangda.campaigns;

import static org.shuangda.campaigns.TaskParty.COOPERATOR;
import static org.shuangda.campaigns.TaskParty.LEAD;
import static org.shuangda.campaigns.TaskParty.OFFICE;

import java.util.EnumSet;
import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * What people do with a task, declared once: the task states each step is possible in, the parties that
 * take it ({@link TaskParty}), the permission a member unit needs for it and whether the campaign must be
 * running. {@link CampaignTask} consults these for its guards and its buttons. The office is the party that
 * manages the campaign's region ({@code CAMPAIGN_MANAGE}); that grant stands in for {@link #permission()}.
 */
public enum TaskAction implements LifecycleAction<TaskStatus> {
    /** A progress report (进展): the lead unit or the office, until the task is done. */
    REPORT_PROGRESS(Permission.TASK_REPORT, EnumSet.of(LEAD, OFFICE), true, "task.refused.completed"),
    /** A note (备注): any party to the task, also once it is done. */
    ADD_NOTE(Permission.TASK_REPORT, EnumSet.of(LEAD, COOPERATOR, OFFICE), true, null),
    /** Marks the task done, once: the lead unit or the office. */
    COMPLETE(Permission.TASK_REPORT, EnumSet.of(LEAD, OFFICE), true, "task.refused.alreadyCompleted"),
    /** Reopens a completed task: the office. */
    REOPEN(Permission.CAMPAIGN_MANAGE, EnumSet.of(OFFICE), true, "task.refused.notCompleted"),
    /** Changes the task itself (title, units, due date, 督办) or removes it: the office, until the campaign closes. */
    EDIT(Permission.CAMPAIGN_MANAGE, EnumSet.of(OFFICE), false, null);

    private final Permission permission;
    private final Set<TaskParty> parties;
    private final boolean needsRunningCampaign;
    private final String refusal;

    TaskAction(Permission permission, Set<TaskParty> parties, boolean needsRunningCampaign, String refusal) {
        this.permission = permission;
        this.parties = parties;
        this.needsRunningCampaign = needsRunningCampaign;
        this.refusal = refusal;
    }

    @Override
    public boolean possibleIn(TaskStatus status) {
        return switch (this) {
            case REPORT_PROGRESS, COMPLETE -> status != TaskStatus.COMPLETED;
            case REOPEN -> status == TaskStatus.COMPLETED;
            case ADD_NOTE, EDIT -> true;
        };
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** Whether {@code party} takes this step at all. */
    public boolean takenBy(TaskParty party) {
        return parties.contains(party);
    }

    /** True when the step needs an active campaign; otherwise one that is not yet closed. */
    boolean needsRunningCampaign() {
        return needsRunningCampaign;
    }

    /** The message code of the refusal in a state the step is not possible in. */
    String refusal() {
        return refusal;
    }

    /** The step an entry of {@code kind} is. */
    public static TaskAction reporting(ProgressKind kind) {
        return kind == ProgressKind.NOTE ? ADD_NOTE : REPORT_PROGRESS;
    }

    /** The step named by a URL segment ({@code complete}, {@code reopen}). */
    public static TaskAction ofPath(String segment) {
        return valueOf(segment.toUpperCase(java.util.Locale.ROOT));
    }
}
