package org.shuangda.organization;

import java.util.Set;

/**
 * One division as the cascading region picker offers it ({@code static/js/region-picker.js}): the code that
 * goes into the form, the name, the label shown (a bare name such as 城区, 郊区 or 市辖区 carries its parent:
 * "城区（阳泉市）"), the level, and whether the picker offers a level below it.
 */
public record RegionChoice(String code, String name, String label, RegionLevel level, boolean hasChildren) {

    /** Names that say nothing without their parent (several cities have a 城区 and a 郊区). */
    static final Set<String> BARE = Set.of("城区", "郊区", "矿区", "市辖区", "县", "省直辖县级行政区划",
            "自治区直辖县级行政区划");

    static RegionChoice of(Region r, String parentName, boolean hasChildren) {
        String label = BARE.contains(r.name()) && parentName != null ? r.name() + "（" + parentName + "）" : r.name();
        return new RegionChoice(r.code(), r.name(), label, r.level(), hasChildren);
    }
}
