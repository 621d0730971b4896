package org.shuangda.campaigns;

import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps of a campaign's lifecycle, DRAFT → ACTIVE → CLOSED, each taken by whoever manages the campaign's
 * region. {@link Campaign} consults them; the detail page shows one button per available step, labelled
 * {@code campaign.NAME} in lower case ({@code campaign.activate}) and posted to {@code /campaigns/{id}/name}.
 */
public enum CampaignAction implements LifecycleAction<CampaignStatus> {
    /** Issue the plan: the member units may report on their tasks from now on. */
    ACTIVATE(CampaignStatus.DRAFT, "campaign.refused.activate"),
    /** End the campaign after its summary: plan and tasks become an archive. */
    CLOSE(CampaignStatus.ACTIVE, "campaign.refused.close");

    private final CampaignStatus from;
    private final String refusal;

    CampaignAction(CampaignStatus from, String refusal) {
        this.from = from;
        this.refusal = refusal;
    }

    @Override
    public boolean possibleIn(CampaignStatus status) {
        return status == from;
    }

    @Override
    public Permission permission() {
        return Permission.CAMPAIGN_MANAGE;
    }

    /** The state the step leads to. */
    CampaignStatus next() {
        return switch (this) {
            case ACTIVATE -> CampaignStatus.ACTIVE;
            case CLOSE -> CampaignStatus.CLOSED;
        };
    }

    /** The message code of the refusal when the step is not possible. */
    String refusal() {
        return refusal;
    }

    /** The step named by a URL segment ({@code activate}, {@code close}). */
    public static CampaignAction ofPath(String segment) {
        return valueOf(segment.toUpperCase(java.util.Locale.ROOT));
    }
}
