package org.shuangda.shared.events;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A clue that came from a filing was decided: a case was opened (立案) or not. Complaints shows the outcome
 * on the tracking page and starts the clock to tell a real-name tipster (5 working days).
 *
 * @param filingId   the filing the clue came from
 * @param clueId     the clue
 * @param caseOpened whether a case was opened
 * @param caseNumber the case number when opened, else null
 * @param reason     why not, when no case was opened (readable text), else null
 * @param decidedOn  the day of the decision
 */
@DomainEvent
public record ClueDecided(long filingId, long clueId, boolean caseOpened, String caseNumber, String reason,
        LocalDate decidedOn) {
}
