package org.shuangda.campaigns.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.campaigns.CampaignTask;
import org.shuangda.campaigns.TaskRow.UnitName;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.TaskStatus;

/**
 * A task as the API shows it, with its computed status and working days left (negative when overdue).
 *
 * @param progressOverdue a supervised task's periodic progress report is late (进展逾期)
 */
record TaskJson(long id, long campaignId, String campaignTitle, String section, String title, String description,
        long leadUnitId, String leadUnitName, List<UnitName> cooperators, LocalDate dueOn, boolean supervised,
        Integer progressEveryWorkingDays, TaskStatus status, long workingDaysLeft, boolean progressOverdue,
        LocalDate progressDueOn, LocalDate lastProgressOn, Instant completedAt, String completedBy, int version) {

    static TaskJson of(TaskRow row) {
        CampaignTask t = row.task();
        return new TaskJson(t.id(), t.campaignId(), row.campaignTitle(), t.section(), t.title(), t.description(),
                t.leadUnitId(), row.leadUnitName(), row.cooperators(), t.dueOn(), t.supervised(),
                t.progressEveryWorkingDays(), row.timing().status(), row.timing().workingDaysLeft(),
                row.timing().progressOverdue(), row.timing().progressDueOn(), t.lastProgressOn(), t.completedAt(),
                t.completedBy(), t.version());
    }
}
