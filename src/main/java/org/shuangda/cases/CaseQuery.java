package org.shuangda.cases;

import java.math.BigDecimal;
import org.shuangda.shared.ListSort;

/**
 * Filters of the case list: all optional.
 *
 * @param q                 fuzzy text over number, title, parties, goods and facts
 * @param clock             overdue, due soon (7 days) or paused
 * @param minBusinessAmount 非法经营数额 at least this (criminal threshold checks)
 * @param page              from 0
 * @param sort              the order ({@link #COLUMNS}); null: newest first, or most urgent first for a clock filter
 */
public record CaseQuery(String q, CaseStatus status, CaseCategory category, ClockState clock, Long unitId,
        BigDecimal minBusinessAmount, int page, int size, ListSort sort) {

    /** The case list's sortable columns (key → SQL); every order ends with the id, so paging is stable. */
    public static final ListSort.Columns COLUMNS = ListSort.Columns.defaultTo("registered", true, "c.id")
            .with("number", "c.number").with("title", "c.title").with("category", "c.category")
            .with("value", "c.case_value").with("status", "c.status").with("registered", "c.registered_at")
            .with("due", "c.decision_due_on");

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

    public CaseQuery(String q, CaseStatus status, CaseCategory category, ClockState clock, Long unitId,
            BigDecimal minBusinessAmount, int page, int size) {
        this(q, status, category, clock, unitId, minBusinessAmount, page, size, null);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, 0, 20);
    }
}
