package org.shuangda.credit.alerts;

/** What a warning watches; labels {@code credit.alerts.kind.NAME}, rule explanations {@code credit.alerts.rule.NAME}. */
public enum WarningKind {
    /** An entity's risk grade fell to C or D (credit.RiskGradeChanged). */
    GRADE_FELL,
    /** Complaints and tips about one entity reached a threshold within a window. */
    COMPLAINTS_ENTITY,
    /** Complaints and tips of one product category in one place reached a threshold within a window. */
    COMPLAINTS_CATEGORY,
    /** Complaints and tips about one place reached a threshold within a window. */
    COMPLAINTS_PLACE,
    /** Failed samples of one entity reached a threshold within a window. */
    SAMPLES_FAILED,
    /** A listing's or a penalty's public display ends within the coming days. */
    PERIOD_ENDING,
    /** A credit restoration application's acceptance or decision is due within the coming days. */
    RESTORATION_DUE;

    /** Whether the rule counts something within a window (threshold and window days mean something). */
    public boolean counts() {
        return this != GRADE_FELL && this != PERIOD_ENDING && this != RESTORATION_DUE;
    }
}
