package org.shuangda.reporting;

import org.shuangda.shared.Actor;

/**
 * Roll-ups of accepted figures by region hierarchy, read from the running totals (no scan of raw values):
 * per round, or for a whole campaign — the sum of its rounds for PERIOD templates, the latest round alone for
 * CUMULATIVE ones (never a sum of cumulative figures; a unit missing from the latest round counts as not
 * reported there, and completeness shows it). Needs {@code REPORT_REVIEW} over the region; outside it, 404.
 */
public interface Rollups {

    /** One round's totals for {@code regionCode} (default: the round's region) and each region or unit below. */
    Rollup forRound(Actor actor, long roundId, String regionCode);

    /** A campaign's totals over all its rounds, never counting cumulative figures twice. */
    Rollup forCampaign(Actor actor, long campaignId, String regionCode);
}
