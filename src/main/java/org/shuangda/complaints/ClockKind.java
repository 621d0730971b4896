package org.shuangda.complaints;

import org.shuangda.calendar.RuleKeys;

/**
 * The legal clocks of a filing (domain.md); labels {@code filing.clock.NAME}. Their lengths, extensions and sources
 * are in the rulebook ({@link org.shuangda.calendar.Rulebook}, 时限规则) under {@link #ruleKey()}, never here.
 */
public enum ClockKind {
    /** A complaint accepted or refused (an enquiry answered) within 7 working days of receipt. */
    ACCEPTANCE(RuleKeys.COMPLAINT_ACCEPTANCE),
    /** Mediation of an accepted complaint ends within 45 working days of acceptance. */
    MEDIATION(RuleKeys.COMPLAINT_MEDIATION),
    /** A tip verified (decided or handed over as a clue) within 15 working days of receipt, +15 with approval. */
    VERIFICATION(RuleKeys.TIP_VERIFICATION),
    /** A real-name tipster told the outcome within 5 working days of the decision. */
    NOTICE(RuleKeys.TIP_NOTICE);

    private final String ruleKey;

    ClockKind(String ruleKey) {
        this.ruleKey = ruleKey;
    }

    /** The key of its period in the rulebook. */
    public String ruleKey() {
        return ruleKey;
    }
}
