package org.shuangda.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataScopeTest {

    private static final String LICHENG = "/140000/140400/140426/";
    private static final String PINGSHUN = "/140000/140400/140425/";

    @Test
    void ownUnitCoversOnlyThatUnitButTheWholeCountyForRegionOwnedRows() {
        DataScope scope = DataScope.of(ScopeKind.OWN_UNIT, "/5/", LICHENG, null);
        assertThat(scope.coversUnit("/5/", LICHENG)).isTrue();
        assertThat(scope.coversUnit("/5/9/", LICHENG)).isFalse();
        assertThat(scope.coversUnit("/6/", LICHENG)).isFalse();
        assertThat(scope.coversArea(LICHENG)).isTrue();
        assertThat(scope.coversArea(PINGSHUN)).isFalse();
    }

    @Test
    void unitSubtreeCoversDescendantsOnly() {
        DataScope scope = DataScope.of(ScopeKind.UNIT_SUBTREE, "/2/", "/140000/140400/", null);
        assertThat(scope.coversUnit("/2/", LICHENG)).isTrue();
        assertThat(scope.coversUnit("/2/31/", PINGSHUN)).isTrue();
        assertThat(scope.coversUnit("/20/", LICHENG)).isFalse();
    }

    @Test
    void regionSubtreeUsesTheGrantedRegionOrTheUnitsRegion() {
        DataScope county = DataScope.of(ScopeKind.REGION_SUBTREE, "/5/", LICHENG, null);
        assertThat(county.coversUnit("/99/", LICHENG)).isTrue();
        assertThat(county.coversUnit("/5/", PINGSHUN)).isFalse();
        DataScope city = DataScope.of(ScopeKind.REGION_SUBTREE, "/1/", "/140000/140400/", "/140000/140400/");
        assertThat(city.coversUnit("/77/", PINGSHUN)).isTrue();
        assertThat(city.coversArea("/140000/140100/140105/")).isFalse();
    }

    @Test
    void unionWidensAndAllAbsorbsEverything() {
        DataScope a = DataScope.of(ScopeKind.OWN_UNIT, "/5/", LICHENG, null);
        DataScope b = DataScope.of(ScopeKind.OWN_UNIT, "/6/", PINGSHUN, null);
        DataScope both = a.union(b);
        assertThat(both.coversUnit("/5/", LICHENG)).isTrue();
        assertThat(both.coversUnit("/6/", PINGSHUN)).isTrue();
        assertThat(both.coversUnit("/7/", PINGSHUN)).isFalse();
        assertThat(a.union(DataScope.everything()).all()).isTrue();
        assertThat(DataScope.none().isEmpty()).isTrue();
        assertThat(DataScope.none().coversArea(LICHENG)).isFalse();
    }
}
