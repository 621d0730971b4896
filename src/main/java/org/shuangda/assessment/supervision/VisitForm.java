package org.shuangda.assessment.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned visit: whom, when, what to check. {@code officeUnitId} null: the planner's own unit.
 *
 * @param checklist the points to check, one per line
 */
public record VisitForm(Long officeUnitId, Long unitId, String title, LocalDate plannedOn, List<String> checklist,
        Integer version) {

    public VisitForm {
        checklist = checklist == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(checklist));
    }
}
