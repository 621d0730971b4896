package org.shuangda.reporting.rollups;

import java.time.LocalDateTime;
import org.shuangda.reporting.SubmissionStatus;

/**
 * One expected unit's state in a round, for the dashboard's table of units.
 *
 * @param submissionId null when the unit has not started
 * @param status       null when the unit has not started
 * @param onTime       null until the unit hands in
 */
public record UnitStatus(long unitId, String unitName, String regionName, String unitType, Long submissionId,
        SubmissionStatus status, Boolean onTime, LocalDateTime submittedAt) {

    /** Handed in (submitted, returned or accepted), as opposed to missing. */
    public boolean handedIn() {
        return status != null && status != SubmissionStatus.DRAFT;
    }
}
