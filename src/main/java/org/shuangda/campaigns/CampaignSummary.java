package org.shuangda.campaigns;

import java.time.LocalDate;

/** A campaign in a list: enough to choose one. */
public record CampaignSummary(long id, String title, String docNumber, String regionCode, String regionName,
        LocalDate startsOn, LocalDate endsOn, CampaignStatus status, long taskCount) {
}
