package org.shuangda.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.organization.Unit;
import org.shuangda.organization.UnitType;

class UnitDepthTest {

    static Unit unit(long id, String path) {
        return new Unit(id, "u" + id, null, UnitType.OTHER, "140426", "黎城县", null, null, path, null, null, null,
                true, 0);
    }

    @Test
    void aUnitIsIndentedOnlyUnderAncestorsOnThePage() {
        // 2 is a city bureau the county viewer cannot see; 30 sits below it; 5 has a visible child 9
        var depths = UnitPages.visibleDepths(List.of(unit(30, "/2/30/"), unit(5, "/5/"), unit(9, "/5/9/"),
                unit(12, "/5/9/12/")));
        assertThat(depths).containsEntry(30L, 0).containsEntry(5L, 0).containsEntry(9L, 1).containsEntry(12L, 2);
    }
}
