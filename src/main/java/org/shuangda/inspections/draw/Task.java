package org.shuangda.inspections.draw;

import java.time.LocalDate;

/**
 * A random-inspection task (抽查任务) of a plan: its filter (region; entity type, key market, listed, industry for 定向), ratios per grade in basis
 * points (300 = 3%) indexed as {@link DrawMath#GRADES}, period, and where it stands.
 */
public record Task(long id, long planId, String planTitle, boolean joint, String title, long unitId, String unitName,
        String unitPath, String regionPath, boolean targeted, String filterRegionCode, String filterRegionPath,
        String filterRegionName, String filterEntityType, int[] ratios, LocalDate periodFrom, LocalDate periodTo,
        String repeatOverrideReason, TaskState state, LocalDate endedOn, String createdBy, int draws, int version,
        Long filterMarketId, String filterMarketName, String filterListed, String filterIndustry) {

    /** "3%" or "2.5%" for grade index {@code g}. */
    public String ratioPercent(int g) {
        return new java.math.BigDecimal(ratios[g]).movePointLeft(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Redraws after the first draw: "已重新抽取 N 次". */
    public int redraws() {
        return Math.max(0, draws - 1);
    }
}
