package org.shuangda.inspections.draw;

import java.util.List;

/** A yearly plan: one department's own, or joint (lead unit plus participating units, 联合抽查). */
public record Plan(long id, int year, String title, long leadUnitId, String leadUnitName, String unitPath,
        String regionPath, boolean joint, List<Long> participatingUnitIds, List<String> participatingUnitNames,
        String note, String createdBy, int version) {
}
