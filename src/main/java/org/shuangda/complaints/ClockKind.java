package org.shuangda.complaints;

import org.shuangda.calendar.DeadlineRule;

/** The legal clocks of a filing (domain.md); labels {@code filing.clock.NAME}. */
public enum ClockKind {
    /** A complaint accepted or refused (an enquiry answered) within 7 working days of receipt. */
    ACCEPTANCE(DeadlineRule.workingDays(7)),
    /** Mediation of an accepted complaint ends within 45 working days of acceptance. */
    MEDIATION(DeadlineRule.workingDays(45)),
    /** A tip verified (decided or handed over as a clue) within 15 working days of receipt, +15 with approval. */
    VERIFICATION(DeadlineRule.workingDays(15)),
    /** A real-name tipster told the outcome within 5 working days of the decision. */
    NOTICE(DeadlineRule.workingDays(5));

    public static final int VERIFICATION_EXTENSION = 15;

    private final DeadlineRule rule;

    ClockKind(DeadlineRule rule) {
        this.rule = rule;
    }

    public DeadlineRule rule() {
        return rule;
    }
}
