package org.shuangda.inspections.draw;

import java.util.List;

/**
 * An entry of a department's 抽查事项清单. Once a task used it ({@code used}) its text is kept as revision
 * {@code revision} and the next edit makes revision + 1, so a task always shows the text it was drawn with.
 */
public record InspectionItem(long id, long unitId, String unitName, String unitPath, String regionPath, String name,
        String legalBasis, ItemKind kind, List<String> checklist, int revision, boolean used, boolean active,
        int version) {
}
