package org.shuangda.reporting.rounds;

/**
 * A submission changed state, published inside the transaction that changed it, before it commits: the
 * regional running totals and counts ({@code rollups.RollupLedger}) follow it in the same transaction, so a
 * roll-up never shows an acceptance that did not commit, nor misses one that did. Module-internal.
 */
public record SubmissionTransitioned(long submissionId, SubmissionState before, SubmissionState after) {
}
