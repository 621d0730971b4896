package org.shuangda.cases.transfer;

import java.time.LocalDateTime;

/**
 * The clock running on a transfer now: which one, when it runs out and what is left in its unit
 * (days or hours; 0 on the last day, negative when overdue).
 *
 * @param kind      which legal clock
 * @param due       the last instant (Beijing time)
 * @param remaining what is left in {@link #unit()}
 * @param overdue   ran out before now (for the reconsideration window: closed)
 */
public record TransferClock(TransferClockKind kind, LocalDateTime due, long remaining, boolean overdue) {

    /** {@code HOURS} for the 24-hour hand-over, else {@code DAYS}: picks the label of {@link #remaining()}. */
    public String unit() {
        return kind == TransferClockKind.HANDOVER ? "HOURS" : "DAYS";
    }
}
