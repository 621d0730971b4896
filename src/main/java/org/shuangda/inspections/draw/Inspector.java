package org.shuangda.inspections.draw;

import java.time.LocalDate;
import java.util.List;

/**
 * One officer of the inspector pool (执法检查人员名录库): who and where (from identity), with the certificate and
 * specialties inspections keeps. {@code certificateNo} null: not entered yet.
 */
public record Inspector(long officerId, String name, long unitId, String unitName, String certificateNo,
        LocalDate certificateUntil, List<Specialty> specialties, int version) {

    public Inspector {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
    }

    /** Left out of pools frozen on {@code day}: a certificate whose last valid day is before it. */
    public boolean expiredOn(LocalDate day) {
        return certificateUntil != null && certificateUntil.isBefore(day);
    }
}
