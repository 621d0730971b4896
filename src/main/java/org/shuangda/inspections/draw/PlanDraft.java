package org.shuangda.inspections.draw;

import java.util.List;

/** What the office types for a plan; {@code leadUnitId} null: the actor's unit. */
public record PlanDraft(Integer year, String title, Long leadUnitId, boolean joint, List<Long> participatingUnitIds,
        String note) {
}
