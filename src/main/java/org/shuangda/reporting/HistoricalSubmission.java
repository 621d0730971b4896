package org.shuangda.reporting;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One unit's submission of a historical round ({@link RoundImport}) as it ended: its figures and comments,
 * when it was submitted and, where the office acted, the reason it was returned or who accepted it and when.
 * Whether it came on time follows from {@code submittedAt} and the round's on-time cut-off.
 *
 * @param status     DRAFT (figures never handed in), SUBMITTED, RETURNED or ACCEPTED
 * @param values     indicator code → value, as {@code PUT /api/v1/submissions/{id}/values} takes them
 * @param breakdowns indicator code → category label → value
 * @param comments   rule code → the unit's explanation of a warning
 * @param acceptedBy the username of the office's reviewer then (kept as written: the account may be gone)
 */
public record HistoricalSubmission(long unitId, SubmissionStatus status, LocalDateTime submittedAt,
        Map<String, Object> values, Map<String, Map<String, Object>> breakdowns, Map<String, String> comments,
        String returnedReason, LocalDateTime acceptedAt, String acceptedBy) {

    public HistoricalSubmission {
        values = values == null ? Map.of() : Map.copyOf(values);
        breakdowns = breakdowns == null ? Map.of() : Map.copyOf(breakdowns);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }
}
