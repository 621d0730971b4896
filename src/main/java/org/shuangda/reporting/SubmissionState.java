package org.shuangda.reporting;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The lifecycle of one unit's submission for one round, as an immutable value whose methods are the only
 * allowed transitions; each refuses to run from the wrong state ({@link IllegalTransition}). Accepted is
 * final: accepted figures are in the regional totals and change only through a new round.
 *
 * @param submittedAt    when last submitted
 * @param onTime         whether the last submission came by the round's on-time cut-off
 * @param returnedReason why the office returned it (kept after resubmission until accepted)
 */
public record SubmissionState(SubmissionStatus status, LocalDateTime submittedAt, Boolean onTime,
        String returnedReason, LocalDateTime acceptedAt, String acceptedBy) {

    /** A transition the current state does not allow. */
    public static class IllegalTransition extends RuntimeException {
        private final SubmissionStatus from;
        private final String action;

        IllegalTransition(SubmissionStatus from, String action) {
            super("Cannot " + action + " a submission that is " + from);
            this.from = from;
            this.action = action;
        }

        public SubmissionStatus from() {
            return from;
        }

        public String action() {
            return action;
        }
    }

    public SubmissionState {
        Objects.requireNonNull(status, "status");
    }

    public static SubmissionState draft() {
        return new SubmissionState(SubmissionStatus.DRAFT, null, null, null, null, null);
    }

    /** Values may change only in a draft or a returned submission. */
    public void requireEditable() {
        if (!status.editable()) {
            throw new IllegalTransition(status, "edit");
        }
    }

    /** Draft or returned → submitted, noting whether it came by {@code onTimeUntil}. */
    public SubmissionState submit(LocalDateTime at, LocalDateTime onTimeUntil) {
        if (!status.editable()) {
            throw new IllegalTransition(status, "submit");
        }
        return new SubmissionState(SubmissionStatus.SUBMITTED, at, !at.isAfter(onTimeUntil), returnedReason,
                null, null);
    }

    /** Submitted → returned, with the reason the unit must read. */
    public SubmissionState returnWith(String reason) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalTransition(status, "return");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A returned submission needs a reason");
        }
        return new SubmissionState(SubmissionStatus.RETURNED, submittedAt, onTime, reason.strip(), null, null);
    }

    /** Submitted → accepted. */
    public SubmissionState accept(LocalDateTime at, String by) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalTransition(status, "accept");
        }
        return new SubmissionState(SubmissionStatus.ACCEPTED, submittedAt, onTime, returnedReason, at, by);
    }
}
