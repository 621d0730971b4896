package org.shuangda.credit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The current credit-risk grade (A–D) of entities, for the inspections module's draw ratios. Grades are never
 * published and never exempt an entity from random checks (不评价、不惩戒、不公开、不免抽).
 */
public interface RiskGrades {

    /** The entity's current grade, empty when it was never graded. */
    Optional<String> current(long entityId);

    /** Current grades of many entities at once (ungraded ones missing). */
    Map<Long, String> current(Collection<Long> entityIds);
}
