package org.shuangda.inspections.draw;

import java.time.Instant;
import java.util.List;

/**
 * One draw record (append-only): its inputs, seed, result hash, who did it and when, and what it drew. {@code seq}
 * 1 is the first draw; each redraw is a new record with the next {@code seq}, its reason and approval.
 */
public record Draw(long id, long taskId, int seq, String poolHash, String entropy, String entropySource,
        String entropyBy, String seed, String resultHash, Long redrawRequestId, String redrawReason,
        String redrawApprovedBy, String operator, Instant drawnAt, List<DrawnTarget> targets) {

    public record DrawnTarget(long entityId, String entityName, String entityType, String uscc, String grade, int rank,
            String key, List<DrawnInspector> inspectors) {
    }

    public record DrawnInspector(long officerId, String name, String unitName) {
    }
}
