package org.shuangda.campaigns;

/** A task with its computed timing, as lists and pages show it. */
public record TaskRow(CampaignTask task, TaskTiming timing) {
}
