package org.shuangda.cases;

/** Where a clue came from (labels: {@code clue.source.NAME}). */
public enum ClueSource {
    INSPECTION,
    COMPLAINT,
    TIP,
    UPPER_ASSIGNMENT,
    MONITORING,
    OTHER_AGENCY
}
