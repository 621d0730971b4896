package org.shuangda.reporting;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.Actor;

/**
 * Reporting rounds. A round is visible to whoever reports or reviews in its region: units below it (they
 * report into it) and offices above or in it; outside that, 404. Opening and reopening rounds needs
 * {@code REPORT_REVIEW} over the region (for a reopening: over the unit).
 */
public interface Rounds {

    /** The rounds the actor may see, of one campaign or (null) of all, in campaign and round order. */
    List<RoundView> list(Actor actor, Long campaignId);

    RoundView get(Actor actor, long id);

    /** Opens a round of a campaign with the current version of a template. */
    RoundView create(Actor actor, RoundForm form);

    /** Lets one unit submit to a locked round until {@code until} (inclusive). */
    void reopen(Actor actor, long roundId, long unitId, LocalDate until, String reason);
}
