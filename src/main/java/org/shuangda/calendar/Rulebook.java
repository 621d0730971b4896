package org.shuangda.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The rulebook of statutory periods (时限规则): every module asks it for its period by key instead of keeping a
 * constant, and counts with {@link Deadline}. A clock takes the version in force on the day it started
 * ({@link #rule(String, LocalDate, String)}): a change takes effect on a future date only, so running clocks
 * are never changed silently. A province may keep its own version of a period (its region path), which then
 * applies in the province only. Keys: {@link RuleKeys}.
 */
public interface Rulebook {

    /**
     * The version of {@code key} for a clock started on {@code startedOn} in the region at {@code regionPath}
     * (null: the national rule).
     *
     * @throws IllegalArgumentException for an unknown key (a programming error: every key is seeded)
     */
    StatutoryRule rule(String key, LocalDate startedOn, String regionPath);

    /** The national version for a clock started on {@code startedOn}. */
    default StatutoryRule rule(String key, LocalDate startedOn) {
        return rule(key, startedOn, null);
    }

    /** Every version, national and regional, by key and effective date. */
    List<StatutoryRule> versions();
}
