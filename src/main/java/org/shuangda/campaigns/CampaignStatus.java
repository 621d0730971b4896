package org.shuangda.campaigns;

/** A campaign's lifecycle: drafted by the office, activated when issued, closed after its summary. Labels: {@code campaign.status.NAME}. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
