package org.shuangda.reporting;

import java.util.List;
import org.shuangda.shared.Actor;

/**
 * Historical rounds brought in whole: a round that locked before today, with its units' submissions as they
 * ended, as a paper archive or an earlier system holds them (the demo's 2010 rounds). {@link Rounds} and the
 * submissions refuse such a round (it is locked), so this is the one door for them, and it checks what they
 * check: the region within the actor's {@code REPORT_REVIEW} scope, the campaign visible, every unit one the
 * round expects, figures and rules against the template; each state is reached through the submission's own
 * lifecycle, accepted figures join the regional totals, and every row is audited as the actor.
 */
public interface RoundImport {

    /** A unit a round of a region expects (an active unit in the region), to name a submission by. */
    record ExpectedUnit(long id, String name) {
    }

    /** The units a round of {@code regionCode} expects, in tree order ({@code REPORT_REVIEW} over the region). */
    List<ExpectedUnit> expectedUnits(Actor actor, String regionCode);

    /**
     * Imports {@code round} (its {@code locksAfter} before today; any version of the template) with
     * {@code submissions}, all or nothing.
     */
    Round importHistorical(Actor actor, RoundForm round, List<HistoricalSubmission> submissions);
}
