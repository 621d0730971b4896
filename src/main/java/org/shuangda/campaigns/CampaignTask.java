package org.shuangda.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.AccessDeniedProblem;

/**
 * One task of a campaign (任务分解): a lead unit, cooperating units, a due date, optionally supervised
 * (督办) with progress required every so many working days. Only completion is stored; the status comes
 * from {@link TaskTiming}. The guard methods say who may do what in which state.
 *
 * @param lastProgressOn date of the latest progress report (not notes), null if none
 */
public record CampaignTask(Long id, long campaignId, String campaignTitle, CampaignStatus campaignStatus,
        LocalDate campaignStartsOn, String section, String title, String description, Long leadUnitId,
        String leadUnitName, List<UnitName> cooperators, LocalDate dueOn, boolean supervised,
        Integer progressEveryWorkingDays, Instant completedAt, String completedBy, LocalDate createdOn,
        LocalDate lastProgressOn, int version) {

    /** A unit as a task shows it. */
    public record UnitName(long id, String name) {
    }

    public CampaignTask {
        cooperators = cooperators == null ? List.of() : List.copyOf(cooperators);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public List<Long> cooperatorIds() {
        return cooperators.stream().map(UnitName::id).toList();
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
     * Whether {@code party} may add a {@code kind} entry now: progress by the lead or the office while the
     * campaign runs and the task is open; notes by any party in the task while the campaign runs.
     */
    public void requireMayReport(TaskParty party, ProgressKind kind) {
        if (party == TaskParty.OBSERVER) {
            throw new AccessDeniedProblem("not a party to task " + id);
        }
        if (kind == ProgressKind.PROGRESS && party == TaskParty.COOPERATOR) {
            throw new AccessDeniedProblem("only the lead unit or the office reports progress on task " + id);
        }
        requireCampaignRunning();
        if (kind == ProgressKind.PROGRESS && isCompleted()) {
            throw new TransitionRefused("task.refused.completed");
        }
    }

    /** Marks the task done: the lead unit or the office, once, while the campaign runs. */
    public void requireMayComplete(TaskParty party) {
        requireLeadOrOffice(party);
        requireCampaignRunning();
        if (isCompleted()) {
            throw new TransitionRefused("task.refused.alreadyCompleted");
        }
    }

    /** Reopens a completed task: the office only, while the campaign runs. */
    public void requireMayReopen(TaskParty party) {
        if (party != TaskParty.OFFICE) {
            throw new AccessDeniedProblem("only the office reopens task " + id);
        }
        requireCampaignRunning();
        if (!isCompleted()) {
            throw new TransitionRefused("task.refused.notCompleted");
        }
    }

    /** Changes the task itself (title, units, due date, 督办): the office, unless the campaign is closed. */
    public void requireMayEdit(TaskParty party) {
        if (party != TaskParty.OFFICE) {
            throw new AccessDeniedProblem("only the office edits task " + id);
        }
        if (campaignStatus == CampaignStatus.CLOSED) {
            throw new TransitionRefused("campaign.refused.closed");
        }
    }

    private void requireLeadOrOffice(TaskParty party) {
        if (party != TaskParty.LEAD && party != TaskParty.OFFICE) {
            throw new AccessDeniedProblem("only the lead unit or the office may do this with task " + id);
        }
    }

    private void requireCampaignRunning() {
        if (campaignStatus != CampaignStatus.ACTIVE) {
            throw new TransitionRefused(campaignStatus == CampaignStatus.CLOSED ? "campaign.refused.closed"
                    : "campaign.refused.notActive");
        }
    }
}
