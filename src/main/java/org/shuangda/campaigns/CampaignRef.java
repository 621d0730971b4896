package org.shuangda.campaigns;

import java.time.LocalDate;

/**
 * What other modules may know of a campaign without reading its tables: enough to name it, place it in a
 * data scope and tell whether it runs.
 *
 * @param regionPath path of the campaign's region, e.g. {@code /140000/140400/140426/}
 */
public record CampaignRef(long id, String title, String regionCode, String regionPath, LocalDate startsOn,
        LocalDate endsOn, CampaignStatus status) {
}
