package org.shuangda.leadership;

/** PLANNED → CONVENED (the notice went out) → HELD (attendance recorded) → MINUTES_ISSUED (archived). */
public enum MeetingStatus {
    PLANNED,
    CONVENED,
    HELD,
    MINUTES_ISSUED
}
