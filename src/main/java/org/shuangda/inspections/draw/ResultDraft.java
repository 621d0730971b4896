package org.shuangda.inspections.draw;

import java.time.LocalDate;
import java.util.List;

/**
 * What a drawn inspector records for one target: the national result code, each checklist point's outcome, a
 * note, whether the entity signed the record (or refused, art.9), whether the finding needs enforcement.
 */
public record ResultDraft(String code, List<PointOutcome> points, String note, Boolean signed,
        Boolean needsEnforcement, LocalDate inspectedOn) {

    /** One checklist point: {@code outcome} PASS (符合), FAIL (不符合) or NA (不涉及). */
    public record PointOutcome(String point, String outcome, String note) {
    }

    public ResultDraft {
        points = points == null ? List.of() : List.copyOf(points);
        signed = signed == null || signed;
        needsEnforcement = needsEnforcement != null && needsEnforcement;
    }
}
