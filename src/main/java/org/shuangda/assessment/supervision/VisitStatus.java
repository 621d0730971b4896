package org.shuangda.assessment.supervision;

/** PLANNED (announced) → VISITED (checklist and findings recorded) → CLOSED (every finding rectified and closed). */
public enum VisitStatus {
    PLANNED,
    VISITED,
    CLOSED
}
