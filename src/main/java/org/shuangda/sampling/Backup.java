package org.shuangda.sampling;

import java.time.LocalDate;

/**
 * A sample's 复检备份 in the store: what it is, where it is kept, under which seal; until when it must be kept
 * ({@code keepUntil}, set once the first conclusion is in: 3 months after a pass, 6 after a failure, never past the
 * product's expiry, art.25; null before), when it was handed to the re-test lab, and its disposal.
 */
public record Backup(long sampleId, String sampleNumber, String productName, SampleState sampleState,
        String description, String location, String sealNo, LocalDate keepUntil, LocalDate handedOverOn,
        LocalDate disposedOn, String disposedBy, String disposalMethod, int version) {

    public boolean disposed() {
        return disposedOn != null;
    }

    /** Whether it may be disposed of on {@code day}: kept past its date, not out for a re-test, not yet disposed. */
    public boolean disposableOn(LocalDate day) {
        return !disposed() && keepUntil != null && day.isAfter(keepUntil) && !sampleState.inRetest();
    }

    /** Whether the disposal alarm is on: the keeping ends within {@code days} days of {@code today}, or ended. */
    public boolean dueWithin(LocalDate today, int days) {
        return !disposed() && keepUntil != null && !keepUntil.isAfter(today.plusDays(days));
    }
}
