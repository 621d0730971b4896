package org.shuangda.cases;

import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;

/**
 * 查封扣押: the goods are held for 30 days from the start, once 30 more with approval, until released.
 *
 * @param releasedAt null while the goods are held
 */
record Seizure(LocalDateTime startedAt, boolean extended, LocalDateTime releasedAt) {

    static Seizure startingAt(LocalDateTime at) {
        return new Seizure(at, false, null);
    }

    boolean holdsGoods() {
        return releasedAt == null;
    }

    /**
     * The rulebook's {@code seizure.hold} in force on the start day (30 days, once +30: 行政强制法 第二十五条), with
     * its extension once extended.
     */
    Deadline clock(Rulebook rules) {
        StatutoryRule rule = rules.rule(RuleKeys.SEIZURE_HOLD, startedAt.toLocalDate());
        Deadline d = Deadline.startingAt(startedAt, rule.deadlineRule());
        return extended && rule.extension() > 0 ? d.extend(rule.extension()) : d;
    }

    Seizure extend() {
        return new Seizure(startedAt, true, releasedAt);
    }

    Seizure release(LocalDateTime at) {
        return new Seizure(startedAt, extended, at);
    }
}
