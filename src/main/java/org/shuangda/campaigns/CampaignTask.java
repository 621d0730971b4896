package org.shuangda.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;

/**
 * One task of a campaign (任务分解): a lead unit, cooperating units, a due date, optionally supervised
 * (督办) with progress required every so many working days. Only completion is stored; the status is
 * computed ({@link #statusOn}). What each party may do in which state is {@link TaskAction}'s, which the
 * guarded methods consult. The state those rules need, with its campaign's status and start; the names
 * lists and pages show beside it (campaign title, units) are {@link TaskRow}'s.
 *
 * @param lastProgressOn date of the latest progress report (not notes), null if none
 */
public record CampaignTask(Long id, long campaignId, CampaignStatus campaignStatus, LocalDate campaignStartsOn,
        String section, String title, String description, Long leadUnitId, List<Long> cooperatorIds, LocalDate dueOn,
        boolean supervised, Integer progressEveryWorkingDays, Instant completedAt, String completedBy,
        LocalDate createdOn, LocalDate lastProgressOn, int version) {

    public CampaignTask {
        cooperatorIds = cooperatorIds == null ? List.of() : List.copyOf(cooperatorIds);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** How a unit stands to this task; {@code manages} when the actor manages the campaign (the office). */
    public TaskParty partyOf(long unitId, boolean manages) {
        if (manages) {
            return TaskParty.OFFICE;
        }
        if (leadUnitId != null && leadUnitId == unitId) {
            return TaskParty.LEAD;
        }
        return cooperatorIds().contains(unitId) ? TaskParty.COOPERATOR : TaskParty.OBSERVER;
    }

    /**
     * The task's status on {@code today}: done, past its due date, reported on, or not started yet. The
     * working days left are {@link TaskTiming}'s, on the calendar.
     */
    public TaskStatus statusOn(LocalDate today) {
        if (isCompleted()) {
            return TaskStatus.COMPLETED;
        }
        if (today.isAfter(dueOn)) {
            return TaskStatus.OVERDUE;
        }
        return lastProgressOn != null ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }

    /** The steps {@code party} (acting as {@code actor}) may take now, in declaration order: the page's buttons. */
    public List<TaskAction> availableTo(TaskParty party, Actor actor, LocalDate today) {
        return Arrays.stream(TaskAction.values()).filter(a -> refusal(a, party, actor, today) == null).toList();
    }

    /**
     * Checks that {@code party} may take {@code action} now: 403 for a party that does not take the step or
     * lacks its permission, 422 ({@link TransitionRefused}) when the campaign's or the task's state forbids it.
     */
    public void require(TaskAction action, TaskParty party, Actor actor, LocalDate today) {
        RuntimeException refusal = refusal(action, party, actor, today);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The task marked done at {@code at} by {@code by}, if {@code party} may complete it now. */
    CampaignTask complete(TaskParty party, Actor actor, LocalDate today, Instant at, String by) {
        require(TaskAction.COMPLETE, party, actor, today);
        return copy(TaskForm.of(this), at, by);
    }

    /** The task open again, if {@code party} may reopen it now. */
    CampaignTask reopen(TaskParty party, Actor actor, LocalDate today) {
        require(TaskAction.REOPEN, party, actor, today);
        return copy(TaskForm.of(this), null, null);
    }

    /** The task as the office changed it. */
    CampaignTask edit(TaskParty party, Actor actor, LocalDate today, TaskForm changes) {
        require(TaskAction.EDIT, party, actor, today);
        return copy(changes, completedAt, completedBy);
    }

    /** A new task of campaign {@code campaignId}, as planned by the office (not yet stored). */
    static CampaignTask planned(long campaignId, TaskForm plan) {
        return new CampaignTask(null, campaignId, null, null, null, null, null, null, null, null, false, null, null,
                null, null, null, 0).copy(plan, null, null);
    }

    private RuntimeException refusal(TaskAction action, TaskParty party, Actor actor, LocalDate today) {
        if (!action.takenBy(party)) {
            return new AccessDeniedProblem(party + " may not " + action + " task " + id);
        }
        if (party != TaskParty.OFFICE && !actor.can(action.permission())) {
            return new AccessDeniedProblem("missing permission " + action.permission());
        }
        if (action.needsRunningCampaign() ? campaignStatus != CampaignStatus.ACTIVE
                : campaignStatus == CampaignStatus.CLOSED) {
            return new TransitionRefused(campaignStatus == CampaignStatus.CLOSED ? "campaign.refused.closed"
                    : "campaign.refused.notActive");
        }
        return action.possibleIn(statusOn(today)) ? null : new TransitionRefused(action.refusal());
    }

    private CampaignTask copy(TaskForm plan, Instant newCompletedAt, String newCompletedBy) {
        return new CampaignTask(id, campaignId, campaignStatus, campaignStartsOn, plan.section(), plan.title(),
                plan.description(), plan.leadUnitId(), plan.cooperatorIds(), plan.dueOn(), plan.supervised(),
                plan.progressEveryWorkingDays(), newCompletedAt, newCompletedBy, createdOn, lastProgressOn, version);
    }
}
