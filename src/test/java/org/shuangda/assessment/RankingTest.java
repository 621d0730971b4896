package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ranking's stated tie-breaks: at equal totals the run without a veto first, then the higher data-computed total,
 * then tied (the same rank) and listed in Chinese name order, each line saying which rule placed it.
 */
class RankingTest {

    static Scorecard card(String total, String computed, boolean vetoed) {
        BigDecimal t = new BigDecimal(total).setScale(2);
        return new Scorecard(t, BigDecimal.ZERO, BigDecimal.ZERO, t, new BigDecimal(computed).setScale(2), vetoed,
                GradeThresholds.DEFAULT.gradeOf(t, vetoed), Map.of(), vetoed ? List.of(1L) : List.of());
    }

    @Test
    void equalTotalsAreBrokenByVetoThenDataComputedThenTiedInNameOrder() {
        List<Ranking.Line> lines = Ranking.of(List.of(
                new Ranking.Entry(1, "平顺县", card("85", "40", false)),
                new Ranking.Entry(2, "黎城县", card("85", "40", false)),
                new Ranking.Entry(3, "壶关县", card("85", "40", true)),
                new Ranking.Entry(4, "长子县", card("85", "45", false)),
                new Ranking.Entry(5, "沁县", card("92", "30", false)),
                new Ranking.Entry(6, "武乡县", card("70", "60", false))));
        assertThat(lines).extracting(Ranking.Line::name)
                .containsExactly("沁县", "长子县", "黎城县", "平顺县", "壶关县", "武乡县");
        assertThat(lines).extracting(Ranking.Line::rank).containsExactly(1, 2, 3, 3, 5, 6);
        assertThat(lines).extracting(Ranking.Line::tieBreak).containsExactly(Ranking.TieBreak.NONE,
                Ranking.TieBreak.NONE, Ranking.TieBreak.COMPUTED, Ranking.TieBreak.NAME, Ranking.TieBreak.VETO,
                Ranking.TieBreak.NONE);
        // the vetoed one is graded D whatever its total
        assertThat(lines.get(4).card().grade()).isEqualTo(Grade.D);
    }

    @Test
    void theNameOrderIsTheChineseCollationNotTheCodePoints() {
        // 黎 (U+9ECE) sorts after 平 (U+5E73) by code point, before it in pinyin (lí < píng)
        List<Ranking.Line> lines = Ranking.of(List.of(new Ranking.Entry(1, "平顺县", card("80", "40", false)),
                new Ranking.Entry(2, "黎城县", card("80", "40", false))));
        assertThat(lines).extracting(Ranking.Line::name).containsExactly("黎城县", "平顺县");
        assertThat(lines).extracting(Ranking.Line::rank).containsExactly(1, 1);
    }
}
