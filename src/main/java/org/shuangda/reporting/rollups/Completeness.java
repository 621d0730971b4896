package org.shuangda.reporting.rollups;

import java.time.LocalDate;
import java.util.List;

/**
 * Who has and has not reported in one round, for a region (or, summed over rounds, a campaign: then the
 * counts are unit-rounds and {@code roundId} is null).
 *
 * @param expected      active units of the region that the round expects
 * @param submitted     units that handed their form in (submitted, returned or accepted)
 * @param accepted      units whose figures count in the totals
 * @param returned      units whose form the office sent back and that have not resubmitted
 * @param missing       units that never handed in (no form, or a draft): {@code expected - submitted}
 * @param onTime        submitted units that handed in by the on-time cut-off
 * @param late          submitted units that handed in after it
 * @param missingUnits  the missing units' names (with the round's name when summed over a campaign)
 * @param completeness  accepted / expected, 0..1 (0 when none is expected)
 * @param timeliness    onTime / (onTime + late), 0..1 (0 when none has handed in)
 */
public record Completeness(Long roundId, String roundName, LocalDate dueOn, int expected, int submitted,
        int accepted, int returned, int missing, int onTime, int late, List<String> missingUnits,
        double completeness, double timeliness) {

    static Completeness of(Long roundId, String roundName, LocalDate dueOn, int expected, int submitted,
            int accepted, int returned, int onTime, int late, List<String> missingUnits) {
        return new Completeness(roundId, roundName, dueOn, expected, submitted, accepted, returned,
                expected - submitted, onTime, late, List.copyOf(missingUnits),
                expected == 0 ? 0 : (double) accepted / expected,
                onTime + late == 0 ? 0 : (double) onTime / (onTime + late));
    }

    /** The rounds of a campaign added up (unit-rounds), the missing units named with their round. */
    static Completeness sum(List<Completeness> rounds) {
        int expected = 0, submitted = 0, accepted = 0, returned = 0, onTime = 0, late = 0;
        List<String> missing = new java.util.ArrayList<>();
        for (Completeness c : rounds) {
            expected += c.expected;
            submitted += c.submitted;
            accepted += c.accepted;
            returned += c.returned;
            onTime += c.onTime;
            late += c.late;
            c.missingUnits.forEach(u -> missing.add(u + "(" + c.roundName + ")"));
        }
        return of(null, null, null, expected, submitted, accepted, returned, onTime, late, missing);
    }
}
