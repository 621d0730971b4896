package org.shuangda.inspections.web;

import java.time.Instant;
import org.shuangda.inspections.draw.FrozenPool;

/** What pages and the API show of a frozen pool: its size per grade and hash, never the million ids themselves. */
record PoolSummary(long taskId, int size, int gradeA, int gradeB, int gradeC, int gradeD, int repeatExcluded,
        String poolHash, int inspectors, String frozenBy, Instant frozenAt) {

    static PoolSummary of(FrozenPool p) {
        int[] g = p.perGrade();
        return new PoolSummary(p.taskId(), p.size(), g[0], g[1], g[2], g[3], p.repeatExcluded(), p.poolHash(),
                p.inspectorIds().length, p.frozenBy(), p.frozenAt());
    }
}
