package org.shuangda.inspections.draw;

import java.time.Instant;

/** A redraw asked for with a reason; usable for one draw once the upper level approved it. */
public record RedrawRequest(long id, long taskId, String reason, String requestedBy, Instant requestedAt,
        String approvedBy, Instant approvedAt, boolean used) {

    public boolean approved() {
        return approvedBy != null;
    }
}
