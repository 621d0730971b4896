package org.shuangda.inspections.draw;

import java.time.Instant;

/** A redraw request still waiting for the upper level's approval, with its task's title (the approver's to-do). */
public record PendingRedraw(long requestId, long taskId, String taskTitle, String reason, String requestedBy,
        Instant requestedAt) {
}
