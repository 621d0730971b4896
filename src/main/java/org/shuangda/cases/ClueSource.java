package org.shuangda.cases;

/** Where a clue came from (labels: {@code clue.source.NAME}). */
public enum ClueSource {
    INSPECTION,
    COMPLAINT,
    TIP,
    UPPER_ASSIGNMENT,
    MONITORING,
    OTHER_AGENCY,
    /** A failed sample's follow-up (抽检不合格核查处置) found a violation (issue 17). */
    SAMPLING
}
