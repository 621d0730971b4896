package org.shuangda.cases;

import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;

/**
 * 查封扣押: the goods are held for 30 days from the start, once 30 more with approval, until released.
 *
 * @param releasedAt null while the goods are held
 */
record Seizure(LocalDateTime startedAt, boolean extended, LocalDateTime releasedAt) {

    static final int DAYS = 30;

    static Seizure startingAt(LocalDateTime at) {
        return new Seizure(at, false, null);
    }

    boolean holdsGoods() {
        return releasedAt == null;
    }

    /** 30 natural days from the start, 60 once extended. */
    Deadline clock() {
        Deadline d = Deadline.startingAt(startedAt, DeadlineRule.naturalDays(DAYS));
        return extended ? d.extend(DAYS) : d;
    }

    Seizure extend() {
        return new Seizure(startedAt, true, releasedAt);
    }

    Seizure release(LocalDateTime at) {
        return new Seizure(startedAt, extended, at);
    }
}
