package org.shuangda.organization;

import java.time.LocalDate;

/** A GB/T 2260 division; {@code validTo} is set once the code is retired. */
public record Region(String code, String name, RegionLevel level, String parentCode, String path,
        LocalDate validFrom, LocalDate validTo) {

    /** Whether the code is still in use on {@code day} (its last day is the day before {@code validTo}). */
    public boolean currentOn(LocalDate day) {
        return validTo == null || validTo.isAfter(day);
    }
}
