package org.shuangda.assessment.supervision;

/** A finding's rectification: OPEN (to rectify by its date) → REPORTED (the unit says it is done) → CLOSED (销号). */
public enum FindingStatus {
    OPEN,
    REPORTED,
    CLOSED
}
