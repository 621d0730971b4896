package org.shuangda.reporting.rollups;

import java.util.List;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Rollup;

/**
 * A roll-up with its lines cut {@link RollupBy by region, unit type or unit}, completeness and timeliness.
 * A superset of {@link Rollup} ({@code regionCode, regionName, total, lines}) so older API clients keep working.
 *
 * @param round        the round asked for, or null for a campaign
 * @param campaign     the campaign asked for, or null for a round
 * @param figures      PERIOD or CUMULATIVE: for a campaign, cumulative figures come from its latest round only
 * @param completeness the round's completeness, or a campaign's summed over its rounds (unit-rounds)
 * @param rounds       completeness round by round (one entry for a round)
 * @param units        every expected unit's state in the round (a campaign: its latest round); empty, like the
 *                     completeness' missing units' names, when the region expects more than
 *                     {@link ExpectedUnits#LIST_LIMIT} units (a province, the nation): then see {@code unitsListed}
 * @param unitsListed  false when {@code units} and the missing units' names were left out for the region's size
 */
public record RollupReport(String regionCode, String regionName, String by, Long round, Long campaign,
        Figures figures, Rollup.Line total, List<Rollup.Line> lines, Completeness completeness,
        List<Completeness> rounds, List<UnitStatus> units, boolean unitsListed) {
}
