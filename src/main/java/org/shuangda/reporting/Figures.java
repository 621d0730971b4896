package org.shuangda.reporting;

/**
 * What a template's figures cover. Roll-ups over several rounds add PERIOD figures but take each unit's
 * latest CUMULATIVE figures, so nothing is counted twice.
 */
public enum Figures {
    /** For the round's covered period only. */
    PERIOD,
    /** Since the campaign started. */
    CUMULATIVE
}
