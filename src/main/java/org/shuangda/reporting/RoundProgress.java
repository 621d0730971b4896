package org.shuangda.reporting;

import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.shared.Actor;

/**
 * Who has and has not reported in a round: every active unit of the round's region that the actor may
 * see, with its submission if any. A reporter sees their own unit's line; a county office the county.
 */
public interface RoundProgress {

    /**
     * One expected unit.
     *
     * @param submissionId null when the unit has not started
     * @param status       null when the unit has not started
     */
    record Line(long unitId, String unitName, String regionName, Long submissionId, SubmissionStatus status,
            LocalDateTime submittedAt, Boolean onTime, String returnedReason) {

        /** The unit still has to hand its figures in (see {@link SubmissionAction#awaitsUnit}). */
        public boolean awaitsUnit() {
            return SubmissionAction.awaitsUnit(status);
        }
    }

    List<Line> lines(Actor actor, long roundId);
}
