package org.shuangda.credit.alerts;

import java.time.Instant;
import org.shuangda.shared.ConfigOwner;

/**
 * One warning trigger as configured by a level (null owner: the national default).
 *
 * @param threshold  complaints and samples: this many or more within the window raise a warning
 * @param windowDays complaints and samples: calendar days back; period ending: calendar days ahead
 * @param grade      grade fell: from which grade on (C: C or D; D: D only)
 */
public record WarningRule(long id, WarningKind kind, String ownerRegionPath, boolean enabled, int threshold,
        int windowDays, String grade, int version, Instant updatedAt, String updatedBy) {

    public ConfigOwner owner() {
        return ConfigOwner.of(ownerRegionPath);
    }
}
