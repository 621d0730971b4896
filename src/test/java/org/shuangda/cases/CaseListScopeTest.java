package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.ScopeKind;

/**
 * The case list's scope is the index-friendly range form of {@link DataScope#unitOwned} on the copied paths: every
 * pattern bound, the same test as {@link DataScope#coversUnit}.
 */
class CaseListScopeTest {

    static final CaseQuery ALL = CaseQuery.all();

    @Test
    void aCountyScopeIsARangeOnTheRegionPath() {
        DataScope county = DataScope.of(ScopeKind.REGION_SUBTREE, "/1/7/", "/140000/140400/140426/", null);
        assertThat(CaseListStore.where(ALL, county))
                .contains("((c.region_path ~>=~ :scope_r0lo and c.region_path ~<~ :scope_r0hi))")
                .doesNotContain("like any").doesNotContain("140426");
        assertThat(county.unitOwned("c.unit_path", "c.region_path").params())
                .containsEntry("scope_r0lo", "/140000/140400/140426/")
                .containsEntry("scope_r0hi", "/140000/140400/140426/~");
        String inside = "/140000/140400/140426/";
        String neighbour = "/140000/140400/140425/";
        String longer = "/140000/140400/1404261/";
        assertThat(List.of(inside, neighbour, longer)).filteredOn(p -> p.compareTo("/140000/140400/140426/") >= 0
                && p.compareTo("/140000/140400/140426/~") < 0).containsExactly(inside);
        assertThat(county.coversUnit("/9/", neighbour)).isFalse();
    }

    @Test
    void ownUnitIsAnEqualityAndAllIsTrueAndNothingIsFalse() {
        DataScope own = DataScope.of(ScopeKind.OWN_UNIT, "/1/7/", "/140000/140400/140426/", null);
        assertThat(CaseListStore.where(ALL, own)).contains("(c.unit_path = :scope_u0lo)");
        assertThat(CaseListStore.where(ALL, DataScope.everything())).startsWith(" where true");
        assertThat(CaseListStore.where(ALL, DataScope.none())).startsWith(" where false");
    }
}
