package org.shuangda.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A new round. {@code onTimeUntil} defaults to the end of the due day, {@code locksAfter} to the due day.
 */
public record RoundForm(Long campaignId, Long templateId, String regionCode, String name, LocalDate periodFrom,
        LocalDate periodTo, LocalDate dueOn, LocalDateTime onTimeUntil, LocalDate locksAfter) {
}
