package org.shuangda.complaints;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import org.shuangda.calendar.WorkingCalendar;

/**
 * A filing was closed (办结): answered, closed by its handler, or closed by the cases module's decision on
 * its clue. Refused and merged filings do not close: the one was never taken on, the other is handled with its
 * primary. For modules that count what filings found about a business or a place (credit, assessment); no
 * personal data of the filer.
 *
 * @param regionPath the place of the matter as a region path ({@code /140000/140400/140426/})
 * @param targetName the business or person concerned, null when none was named (most enquiries)
 * @param targetUscc its unified social credit code, null when unknown
 * @param upheld     whether the filing was found to be right ({@link Outcome#upheld()})
 * @param closedAt   when it was closed
 */
@DomainEvent
public record FilingClosed(long filingId, Track track, Category category, String regionPath, String targetName,
        String targetUscc, boolean upheld, Instant closedAt) {

    static FilingClosed of(Filing f) {
        Matter m = f.matter();
        return new FilingClosed(f.id(), f.track(), m.category(), m.regionPath(),
                m.targetName() == null || m.targetName().isBlank() ? null : m.targetName(), m.targetUscc(),
                f.outcome().upheld(), f.decidedAt().atZone(WorkingCalendar.ZONE).toInstant());
    }
}
