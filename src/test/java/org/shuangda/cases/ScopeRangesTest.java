package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.ScopeKind;

/** The index-friendly scope predicate binds every pattern and means what {@link DataScope#coversUnit} means. */
class ScopeRangesTest {

    @Test
    void aCountyScopeIsARangeOnTheRegionPath() {
        DataScope county = DataScope.of(ScopeKind.REGION_SUBTREE, "/1/7/", "/140000/140400/140426/", null);
        assertThat(ScopeRanges.predicate(county)).isEqualTo("((c.region_path ~>=~ :r0lo and c.region_path ~<~ :r0hi))");
        assertThat(ScopeRanges.params(county)).containsEntry("r0lo", "/140000/140400/140426/")
                .containsEntry("r0hi", "/140000/140400/140426/~");
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
        assertThat(ScopeRanges.predicate(own)).isEqualTo("(c.unit_path = :u0lo)");
        assertThat(ScopeRanges.params(own)).containsOnly(java.util.Map.entry("u0lo", "/1/7/"));
        assertThat(ScopeRanges.predicate(DataScope.everything())).isEqualTo("true");
        assertThat(ScopeRanges.predicate(DataScope.none())).isEqualTo("false");
    }
}
