package org.shuangda.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who handled enforcement cases of which entities, for the inspections draw's 回避 ("handled a case of this entity
 * in the last 3 years"). Declared here because cases sits downstream of inspections' dependencies; implemented by
 * the cases module. Answers user ids.
 */
public interface EnforcementHistory {

    /** Entity id → the 承办人 of its cases registered on or after {@code since}; entities without cases missing. */
    Map<Long, Set<Long>> handlersSince(Collection<Long> entityIds, LocalDate since);
}
