package org.shuangda.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Totals of accepted figures for a region and, line by line, what lies below it: its child regions, or
 * for a county its units (drill-down to the submissions behind a total).
 *
 * @param total the region itself
 * @param lines child regions (or units) with their own totals; units that did not report show zeros
 */
public record Rollup(String regionCode, String regionName, Line total, List<Line> lines) {

    /**
     * @param key           region code, or unit id for unit lines
     * @param expectedUnits units expected to report (a unit line: 1)
     * @param acceptedUnits units whose figures are counted
     * @param submissionId  for a unit line, its submission (null when none)
     */
    public record Line(String key, String name, int expectedUnits, int acceptedUnits, Long submissionId,
            Map<String, BigDecimal> values) {

        /** Accepted units per expected unit, 0..1; 0 when none is expected. */
        public double completeness() {
            return expectedUnits == 0 ? 0 : (double) acceptedUnits / expectedUnits;
        }
    }
}
