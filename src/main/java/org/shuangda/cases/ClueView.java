package org.shuangda.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;

/**
 * A clue as pages and the API show it: the state of {@link Clue} with the names of its unit and of the case
 * opened from it.
 *
 * @param sourceRef         e.g. the complaint's tracking number or the assigning document
 * @param filingId          the complaints filing it came from, for source COMPLAINT by referral
 * @param subject           the business or person concerned
 * @param verificationClock 15 working days from receipt, with pauses and the extension
 */
public record ClueView(Long id, String number, long unitId, String unitName, String unitPath, String regionPath,
        ClueSource source, String sourceRef, Long filingId, LocalDateTime receivedAt, String subject,
        String subjectUscc, String content, ClueStatus status, Deadline verificationClock, String outcomeReason,
        LocalDate decidedOn, String decidedBy, Long caseId, String caseNumber, int version) {

    static ClueView of(Clue c, String unitName, String caseNumber) {
        Clue.Received r = c.received();
        return new ClueView(c.id(), c.number(), c.unit().id(), unitName, c.unit().path(), c.unit().regionPath(),
                r.source(), r.sourceRef(), r.filingId(), r.at(), r.subject(), r.subjectUscc(), r.content(), c.status(),
                c.clock().deadline(), c.outcomeReason(), c.decidedOn(), c.decidedBy(), c.caseId(), caseNumber,
                c.version());
    }

    /** What the steps depend on: the buttons are the actions {@link ClueAction#possibleIn} it. */
    public ClueState state() {
        return new ClueState(status, verificationClock.openPause().isPresent(),
                !verificationClock.extensions().isEmpty());
    }

    /** Whether verification stands still (the list marks it). */
    public boolean verificationPaused() {
        return status == ClueStatus.VERIFYING && verificationClock.openPause().isPresent();
    }

    OwningUnit owner() {
        return new OwningUnit(unitId, unitPath, regionPath);
    }
}
