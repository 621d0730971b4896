package org.shuangda.assessment;

/**
 * One assessed unit's run: SELF_ASSESSMENT (the unit fills it, evidence attached) → FIRST_REVIEW (初评) →
 * SECOND_REVIEW (复评) → DRAFT_RELEASED (the unit sees its draft score and may appeal within the window) → FINAL (the
 * office decided every appeal) → PUBLISHED (with the scheme's results). Labels {@code assessment.runStatus.NAME}.
 */
public enum RunStatus {
    SELF_ASSESSMENT,
    FIRST_REVIEW,
    SECOND_REVIEW,
    DRAFT_RELEASED,
    FINAL,
    PUBLISHED;

    /** Whether the unit may see the reviewers' scores (from the draft's release on). */
    public boolean draftVisible() {
        return this == DRAFT_RELEASED || this == FINAL || this == PUBLISHED;
    }
}
