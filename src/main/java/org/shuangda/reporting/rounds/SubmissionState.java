package org.shuangda.reporting.rounds;

import java.time.LocalDateTime;
import java.util.Objects;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.SubmissionStatus;

/**
 * The lifecycle of one unit's submission for one round, as an immutable value whose methods are the only
 * allowed transitions; each asks {@link SubmissionAction#possibleIn} and refuses to run from the wrong state
 * ({@link IllegalTransition}). Accepted is final: accepted figures are in the regional totals and change only
 * through a new round.
 *
 * @param submittedAt    when last submitted
 * @param onTime         whether the last submission came by the round's on-time cut-off
 * @param returnedReason why the office returned it (kept after resubmission until accepted)
 */
public record SubmissionState(SubmissionStatus status, LocalDateTime submittedAt, Boolean onTime,
        String returnedReason, LocalDateTime acceptedAt, String acceptedBy) {

    /** A step the current state does not allow. */
    public static class IllegalTransition extends RuntimeException {
        private final SubmissionStatus from;
        private final SubmissionAction action;

        IllegalTransition(SubmissionStatus from, SubmissionAction action) {
            super("Cannot " + action.path() + " a submission that is " + from);
            this.from = from;
            this.action = action;
        }

        public SubmissionStatus from() {
            return from;
        }

        public SubmissionAction action() {
            return action;
        }
    }

    public SubmissionState {
        Objects.requireNonNull(status, "status");
    }

    public static SubmissionState draft() {
        return new SubmissionState(SubmissionStatus.DRAFT, null, null, null, null, null);
    }

    /** Values may change only while the unit may still submit them (a draft, or a returned submission). */
    public void requireEditable() {
        require(SubmissionAction.EDIT);
    }

    /** Draft or returned → submitted, noting whether it came by {@code onTimeUntil}. */
    public SubmissionState submit(LocalDateTime at, LocalDateTime onTimeUntil) {
        require(SubmissionAction.SUBMIT);
        return new SubmissionState(SubmissionStatus.SUBMITTED, at, !at.isAfter(onTimeUntil), returnedReason,
                null, null);
    }

    /** Submitted → returned, with the reason the unit must read. */
    public SubmissionState returnWith(String reason) {
        require(SubmissionAction.RETURN);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A returned submission needs a reason");
        }
        return new SubmissionState(SubmissionStatus.RETURNED, submittedAt, onTime, reason.strip(), null, null);
    }

    /** Submitted → accepted. */
    public SubmissionState accept(LocalDateTime at, String by) {
        require(SubmissionAction.ACCEPT);
        return new SubmissionState(SubmissionStatus.ACCEPTED, submittedAt, onTime, returnedReason, at, by);
    }

    private void require(SubmissionAction action) {
        if (!action.possibleIn(status)) {
            throw new IllegalTransition(status, action);
        }
    }
}
