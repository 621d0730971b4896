package org.shuangda.reporting;

import java.util.Map;
import org.shuangda.shared.Actor;

/**
 * A unit's submission to an open round, taken through its lifecycle from outside the module (the demo data,
 * scripts): the same checks as the pages and the API ({@code REPORT_SUBMIT} for the unit's own steps, the
 * template's rules before a submit, {@code REPORT_REVIEW} over the unit for a review), audited as the actor.
 */
public interface SubmissionDesk {

    /**
     * Opens the actor's own unit's submission to {@code roundId} (a draft on first use), saves the figures and
     * submits them; 422 with every broken rule.
     *
     * @return the submission's id
     */
    long handIn(Actor reporter, long roundId, Map<String, ?> values, Map<String, ? extends Map<String, ?>> breakdowns,
            Map<String, String> comments);

    /** Accepts ({@link SubmissionAction#ACCEPT}) or returns ({@link SubmissionAction#RETURN}, with a reason) a submission. */
    void review(Actor office, long submissionId, SubmissionAction action, String reason);
}
