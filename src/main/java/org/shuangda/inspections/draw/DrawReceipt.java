package org.shuangda.inspections.draw;

import java.time.Instant;
import java.util.Map;

/**
 * What a draw answers at once: the record's inputs, seed and result hash, and how many targets of each grade it
 * drew. The result itself (every target with its inspectors) is read with {@link Draws#get}; a province draw has
 * a hundred thousand targets, which nobody needs in the answer to the button that drew them.
 */
public record DrawReceipt(long id, long taskId, int seq, String poolHash, String entropy, String entropySource,
        String entropyBy, String seed, String resultHash, Long redrawRequestId, String operator, Instant drawnAt,
        int targets, Map<String, Integer> targetsPerGrade, int inspectorsPerTarget, String result) {
}
