package org.shuangda.sampling;

import java.time.Instant;
import java.util.List;

/**
 * A pool frozen for a draw of a plan's category ({@link SamplingDraws#freeze}), before any entropy is known: the
 * market entities of the plan's region, of the stage's industry section and the entity type when asked
 * ({@code entityIds} ascending, hashed as {@code org.shuangda.inspections.draw.DrawMath.idsHash}), the officers of the
 * plan's unit who may sample ({@code officerIds} ascending, hashed the same way), how many targets and how many
 * samplers per target the draw takes. {@code drawId} is the draw made from it, null while it waits for its entropy.
 */
public record SamplingDrawPool(long id, long planId, String category, SamplingStage stage, String entityType,
        String industry, int targetCount, int samplersPerTarget, List<Long> entityIds, String poolHash,
        List<Long> officerIds, List<String> officerNames, String officerHash, String frozenBy, Instant frozenAt,
        Long drawId) {

    public SamplingDrawPool {
        entityIds = List.copyOf(entityIds);
        officerIds = List.copyOf(officerIds);
        officerNames = List.copyOf(officerNames);
    }

    public int size() {
        return entityIds.size();
    }

    public boolean drawn() {
        return drawId != null;
    }
}
