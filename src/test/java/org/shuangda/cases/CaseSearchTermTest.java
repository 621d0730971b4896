package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.ScopeKind;

/** Which search terms the trigram index can serve; the others must never reach it (see CaseListStore#hasTrigrams). */
class CaseSearchTermTest {

    @Test
    void onlyARunOfThreeLettersOrDigitsHasTrigrams() {
        assertThat(CaseListStore.hasTrigrams("玉米种子")).isTrue();
        assertThat(CaseListStore.hasTrigrams("复合肥")).isTrue();
        assertThat(CaseListStore.hasTrigrams("ab1")).isTrue();
        assertThat(CaseListStore.hasTrigrams("丰禾")).isFalse();
        assertThat(CaseListStore.hasTrigrams("假冒“绿盾”")).isFalse();
        assertThat(CaseListStore.hasTrigrams("a b c")).isFalse();
        assertThat(CaseListStore.hasTrigrams(null)).isFalse();
    }

    @Test
    void aShortTermIsAStrposAndALongerOneALikeNeitherWritesTheTermIntoTheSql() {
        DataScope county = DataScope.of(ScopeKind.REGION_SUBTREE, "/1/7/", "/140000/140400/140426/", null);
        String shortTerm = CaseListStore.where(query("丰禾"), county);
        assertThat(shortTerm).contains("strpos(c.search_text, :text) > 0").doesNotContain("like").doesNotContain("丰禾");
        String longTerm = CaseListStore.where(query("玉米种子"), county);
        assertThat(longTerm).contains("c.search_text like :like").doesNotContain("strpos").doesNotContain("玉米");
    }

    private static CaseQuery query(String q) {
        return new CaseQuery(q, null, null, null, null, null, 0, 20);
    }
}
