package org.shuangda.complaints;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import org.shuangda.calendar.WorkingCalendar;

/**
 * A filing was registered (from any channel, a split-off tip too; never for a replayed API call). For modules that
 * watch what the public reports about a business, a product category or a place (credit's early warnings); no
 * personal data of the filer.
 *
 * @param regionPath the place of the matter as a region path ({@code /140000/140400/140426/})
 * @param targetName the business or person concerned, null when none was named
 * @param targetUscc its unified social credit code, null when unknown
 * @param receivedAt when it was received
 */
@DomainEvent
public record FilingReceived(long filingId, String trackingNo, Track track, Category category, String regionPath,
        String targetName, String targetUscc, Instant receivedAt) {

    static FilingReceived of(Filing f) {
        Matter m = f.matter();
        return new FilingReceived(f.id(), f.trackingNo(), f.track(), m.category(), m.regionPath(),
                m.targetName() == null || m.targetName().isBlank() ? null : m.targetName(), m.targetUscc(),
                f.receivedAt().atZone(WorkingCalendar.ZONE).toInstant());
    }
}
