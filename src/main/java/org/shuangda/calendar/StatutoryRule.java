package org.shuangda.calendar;

import java.time.LocalDate;
import org.shuangda.shared.ConfigOwner;

/**
 * One version of a statutory period of the rulebook (时限规则): what a clock started on or after
 * {@code effectiveFrom} counts, with the legal source shown beside it. See {@link Rulebook}.
 *
 * @param key             stable key the modules ask for, e.g. {@code clue.verification}
 * @param name            Chinese name, e.g. 线索核查
 * @param amount          length, at least 1
 * @param unit            what it counts
 * @param extensionAmount the length of the one extension the law allows, in the same unit; null: none
 * @param pauses          what stops the clock (中止), in words; null: nothing
 * @param source          regulation and article
 * @param effectiveFrom   the first start day this version applies to
 * @param owner           national, or the province whose rule it is
 */
public record StatutoryRule(String key, String name, int amount, ClockUnit unit, Integer extensionAmount,
        String pauses, String source, LocalDate effectiveFrom, ConfigOwner owner) {

    /** The period as the engine counts it. */
    public DeadlineRule deadlineRule() {
        return new DeadlineRule(unit, amount);
    }

    /** The extension's length, or 0 when the law allows none. */
    public int extension() {
        return extensionAmount == null ? 0 : extensionAmount;
    }
}
