package org.shuangda.inspections.draw;

import java.time.Instant;

/**
 * The candidate pool frozen when the draw was prepared: entity ids ascending, their grades in the same order, the
 * count per grade, how many entities the one-check-a-year rule left out, the SM3 hash recorded before any draw,
 * and the inspector pool frozen with it.
 */
public record FrozenPool(long taskId, long[] entityIds, String grades, int[] perGrade, int repeatExcluded,
        String poolHash, long[] inspectorIds, String frozenBy, Instant frozenAt) {

    public int size() {
        return entityIds.length;
    }
}
