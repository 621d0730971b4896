package org.shuangda.reporting;

import java.util.List;

/**
 * One line of a template.
 *
 * @param formula    for a derived indicator (结案率), else null: computed, never entered
 * @param breakdowns labels of optional breakdowns (by product category); empty when none
 */
public record Indicator(long id, String code, String name, String measure, ValueType type, String formula,
        List<String> breakdowns, int sortOrder) {

    public Indicator {
        breakdowns = List.copyOf(breakdowns);
    }

    public boolean derived() {
        return formula != null;
    }
}
