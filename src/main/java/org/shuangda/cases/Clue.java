package org.shuangda.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.shared.InvalidInput;

/**
 * A clue (线索) under verification by a unit: 15 working days from receipt (+15 once with approval), stopped
 * for testing, appraisal or identification by the rights holder. The outcome is a case (立案) or a reasoned
 * refusal (不予立案). Guards below; {@link Clues} applies them.
 *
 * @param sourceRef   e.g. the complaint's tracking number or the assigning document
 * @param filingId    the complaints filing it came from, for source COMPLAINT by referral
 * @param subject     the business or person concerned
 * @param verificationClock 15 working days from receipt, with pauses and the extension
 */
public record Clue(Long id, String number, long unitId, String unitName, String unitPath, String regionPath,
        ClueSource source, String sourceRef, Long filingId, LocalDateTime receivedAt, String subject,
        String subjectUscc, String content, ClueStatus status, Deadline verificationClock, String outcomeReason,
        LocalDate decidedOn, String decidedBy, Long caseId, String caseNumber, int version) {

    public static final int VERIFICATION_WORKING_DAYS = 15;
    public static final int EXTENSION_WORKING_DAYS = 15;

    /** Opening a case or declining it: only while verifying. */
    public ClueStatus openCase() {
        requireVerifying();
        return ClueStatus.CASE_OPENED;
    }

    public ClueStatus decline(String reason) {
        requireVerifying();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "clue.missing.reason");
        }
        return ClueStatus.NOT_OPENED;
    }

    /** Pauses only for testing, appraisal or rights-holder identification, and not twice at once. */
    public void requireMayPause(PauseReason reason) {
        requireVerifying();
        if (reason == null || !reason.appliesToClues()) {
            throw new InvalidInput("reason", "clue.invalid.pauseReason");
        }
        if (verificationClock.openPause().isPresent()) {
            throw new CaseTransitionRefused("clock.refused.alreadyPaused");
        }
    }

    public void requireMayResume() {
        requireVerifying();
        if (verificationClock.openPause().isEmpty()) {
            throw new CaseTransitionRefused("clock.refused.notPaused");
        }
    }

    /** The one extension of 15 working days, with the approval recorded. */
    public void requireMayExtend(String approval) {
        requireVerifying();
        if (!verificationClock.extensions().isEmpty()) {
            throw new CaseTransitionRefused("clue.refused.alreadyExtended");
        }
        if (approval == null || approval.isBlank()) {
            throw new InvalidInput("approval", "clock.missing.approval");
        }
    }

    public boolean fromFiling() {
        return filingId != null;
    }

    private void requireVerifying() {
        if (status != ClueStatus.VERIFYING) {
            throw new CaseTransitionRefused("clue.refused.decided");
        }
    }
}
