package org.shuangda.credit.grades;

import java.util.List;
import java.util.Map;

/**
 * The grade list in the reader's scope: how many entities hold each grade (under the region and name filters),
 * one page of graded entities (also under the grade filter), and the last full computation.
 */
public record GradeOverview(Map<String, Long> distribution, List<GradeRow> rows, long total, int page, int size,
        LastRun lastRun) {

    /** The last finished full computation, or null before the first. */
    public record LastRun(String reason, int schemeVersion, java.time.LocalDate computedOn,
            java.time.Instant finishedAt, long entities, long changed) {
    }

    public long graded() {
        return distribution.values().stream().mapToLong(Long::longValue).sum();
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
