package org.shuangda.inspections.draw;

import java.util.List;

/** What the office types for a plan; {@code leadUnitId} null: the actor's unit. */
public record PlanDraft(Integer year, String title, Long leadUnitId, Boolean joint, List<Long> participatingUnitIds,
        String note) {

    public PlanDraft {
        joint = joint != null && joint; // left out: the department's own plan
    }
}
