package org.shuangda.cases.publication;

import java.time.Instant;

/**
 * One entry of a publication's public history: what was shown before a correction or withdrawal and why.
 *
 * @param kind PUBLISHED, CORRECTED or WITHDRAWN
 */
public record PublicationRevision(String kind, String reason, String partyName, String facts, String legalBasis,
        String penalty, String actor, Instant at) {

    /** The day in Beijing, as the public page shows it. */
    public java.time.LocalDate day() {
        return at.atZone(org.shuangda.calendar.WorkingCalendar.ZONE).toLocalDate();
    }
}
