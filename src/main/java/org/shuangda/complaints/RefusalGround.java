package org.shuangda.complaints;

/** Why a complaint or tip is not accepted (不予受理), from the list the rules give; labels {@code filing.refusal.NAME}. */
public enum RefusalGround {
    NOT_OUR_DUTY,
    NO_IDENTIFIABLE_TARGET,
    ALREADY_HANDLED,
    TIME_BARRED,
    IN_COURT_OR_ARBITRATION,
    NOT_A_CONSUMER_DISPUTE,
    OTHER_LEGAL_GROUND
}
