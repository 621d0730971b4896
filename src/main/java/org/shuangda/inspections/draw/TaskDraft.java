package org.shuangda.inspections.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the office types for a task. Ratios are per cent (3 = 3%, two decimals at most); null takes the default
 * ({@link InspectionTasks#defaultRatios()}). {@code entityType} only for a 定向 task.
 */
public record TaskDraft(Long planId, String title, List<Long> itemIds, Boolean targeted, String regionCode,
        String entityType, BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD,
        LocalDate periodFrom, LocalDate periodTo, String repeatOverrideReason) {

    public TaskDraft {
        targeted = targeted != null && targeted; // left out: 不定向
    }

    BigDecimal[] ratios() {
        return new BigDecimal[] {ratioA, ratioB, ratioC, ratioD};
    }
}
