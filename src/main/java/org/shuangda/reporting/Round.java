package org.shuangda.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One reporting round (第一次数据报送) of a campaign.
 *
 * @param regionCode  the campaign's region: its units are expected to report
 * @param dueOn       the date the office asked for
 * @param onTimeUntil submissions by this moment count as on time
 * @param locksAfter  after the end of this day the round takes no more submissions, unless reopened for a unit
 */
public record Round(long id, long campaignId, long templateId, String regionCode, String regionName, int seq,
        String name, LocalDate periodFrom, LocalDate periodTo, LocalDate dueOn, LocalDateTime onTimeUntil,
        LocalDate locksAfter) {

    /** Whether the round is locked on {@code today} for a unit whose reopening (if any) runs until {@code reopenedUntil}. */
    public boolean lockedOn(LocalDate today, LocalDate reopenedUntil) {
        boolean locked = today.isAfter(locksAfter);
        return locked && (reopenedUntil == null || today.isAfter(reopenedUntil));
    }

    public boolean lockedOn(LocalDate today) {
        return lockedOn(today, null);
    }
}
