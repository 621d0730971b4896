package org.shuangda.campaigns;

/** Narrows a task list: by campaign, by unit (lead or cooperating) and by computed status; nulls mean any. */
public record TaskFilter(Long campaignId, Long unitId, TaskStatus status) {

    public static TaskFilter ofCampaign(long campaignId) {
        return new TaskFilter(campaignId, null, null);
    }

    public static TaskFilter ofUnit(long unitId) {
        return new TaskFilter(null, unitId, null);
    }
}
