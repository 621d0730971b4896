package org.shuangda.cases;

import java.math.BigDecimal;

/**
 * Filters of the case list: all optional.
 *
 * @param q                 fuzzy text over number, title, parties, goods and facts
 * @param clock             overdue, due soon (7 days) or paused
 * @param minBusinessAmount 非法经营数额 at least this (criminal threshold checks)
 * @param page              from 0
 */
public record CaseQuery(String q, CaseStatus status, CaseCategory category, ClockState clock, Long unitId,
        BigDecimal minBusinessAmount, int page, int size) {

    /** The decision clock's state as a filter. */
    public enum ClockState {
        OVERDUE,
        DUE_SOON,
        PAUSED
    }

    public static final int DUE_SOON_DAYS = 7;

    public CaseQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, 0, 20);
    }
}
