package org.shuangda.sampling;

import java.time.LocalDate;

/**
 * One clock of a sample, a follow-up or an objection as a page shows it: the rule's key and name, the start, the
 * due day on the working-day calendar, when it was met, and whether it is overdue (a duty not done by its due day) or
 * closed (a window that ran out).
 *
 * @param remaining in the rule's unit from today to the due day (0 on the due day, negative after it); null once done
 * @param source    the statute and article, from the rulebook
 */
public record ClockView(String key, String name, LocalDate start, LocalDate due, LocalDate doneOn, boolean window,
        boolean overdue, Long remaining, String source) {

    public boolean open() {
        return doneOn == null;
    }
}
