package org.shuangda.complaints;

import java.time.LocalDateTime;

/**
 * One clock of a filing, computed: when it is due, whether it still runs, whether it ran out.
 *
 * @param stoppedAt when the step it times was done, null while it runs
 * @param remaining working days left (0 on the due day, negative when overdue); meaningful while running
 */
public record FilingClock(ClockKind kind, LocalDateTime start, LocalDateTime due, LocalDateTime stoppedAt,
        boolean overdue, long remaining) {

    public boolean running() {
        return stoppedAt == null;
    }

    /** Done in time (only for stopped clocks). */
    public boolean metInTime() {
        return stoppedAt != null && !stoppedAt.isAfter(due);
    }
}
