package org.shuangda.inspections.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the office types for a task. Ratios are per cent (3 = 3%, two decimals at most); null takes the default
 * ({@link InspectionTasks#defaultRatios()}). The filters of a 定向 task (at least one): {@code entityType}, the
 * sellers of key market {@code marketId}, {@code listed} ({@code LISTED}: on a credit list now,
 * {@code NOT_LISTED}: on none) and {@code industry} (门类 A–T of GB/T 4754-2017).
 */
public record TaskDraft(Long planId, String title, List<Long> itemIds, Boolean targeted, String regionCode,
        String entityType, BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD,
        LocalDate periodFrom, LocalDate periodTo, String repeatOverrideReason, Long marketId, String listed,
        String industry) {

    public TaskDraft {
        targeted = targeted != null && targeted; // left out: 不定向
        listed = listed == null || listed.isBlank() ? null : listed.strip();
        industry = industry == null || industry.isBlank() ? null : industry.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A task without an industry filter. */
    public TaskDraft(Long planId, String title, List<Long> itemIds, Boolean targeted, String regionCode,
            String entityType, BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD,
            LocalDate periodFrom, LocalDate periodTo, String repeatOverrideReason, Long marketId, String listed) {
        this(planId, title, itemIds, targeted, regionCode, entityType, ratioA, ratioB, ratioC, ratioD, periodFrom,
                periodTo, repeatOverrideReason, marketId, listed, null);
    }

    /** A task filtered by entity type only (or not at all). */
    public TaskDraft(Long planId, String title, List<Long> itemIds, Boolean targeted, String regionCode,
            String entityType, BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD,
            LocalDate periodFrom, LocalDate periodTo, String repeatOverrideReason) {
        this(planId, title, itemIds, targeted, regionCode, entityType, ratioA, ratioB, ratioC, ratioD, periodFrom,
                periodTo, repeatOverrideReason, null, null, null);
    }

    BigDecimal[] ratios() {
        return new BigDecimal[] {ratioA, ratioB, ratioC, ratioD};
    }
}
