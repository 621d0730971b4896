package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.assessment.Run.Appeal;
import org.shuangda.assessment.Run.RunItem;
import org.shuangda.assessment.Scheme.Item;

/**
 * The score arithmetic in decimals: 复评 over 初评, an upheld appeal over both, computed items as computed; the bonus
 * under its cap; a veto makes the grade D whatever the total; the grade thresholds at their edges; a computed
 * item's share held between 0 and 1 and "no data" as the item says.
 */
class ScorecardTest {

    static final long REVIEWED = 1;
    static final long COMPUTED = 2;
    static final long VETO = 3;
    static final long BONUS_A = 4;
    static final long BONUS_B = 5;

    static Scheme scheme(BigDecimal bonusCap) {
        List<Item> items = List.of(
                new Item(REVIEWED, 10, 1, "1.1", "组织领导", ItemKind.REVIEWED, new BigDecimal("60"), "", "", null, null, NoData.FULL),
                new Item(COMPUTED, 10, 2, "1.2", "报送及时率", ItemKind.COMPUTED, new BigDecimal("40"), "", "",
                        "REPORT_TIMELINESS", "report_on_time / report_expected", NoData.FULL),
                new Item(VETO, 11, 3, "2.1", "重大事件", ItemKind.VETO, BigDecimal.ZERO, "", "", null, null, NoData.FULL),
                new Item(BONUS_A, 12, 4, "3.1", "加分一", ItemKind.BONUS, new BigDecimal("3"), "", "", null, null, NoData.FULL),
                new Item(BONUS_B, 12, 5, "3.2", "加分二", ItemKind.BONUS, new BigDecimal("3"), "", "", null, null, NoData.FULL));
        return new Scheme(7L, "T", 1, null, 2026, "测试方案", 1, "办", "140400", "长治市", TargetKind.REGIONS,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), GradeThresholds.DEFAULT,
                bonusCap, Scheme.Steps.none(), SchemeStatus.IN_USE, List.of(),
                List.of(new Scheme.Category(10, null, 1, "一"), new Scheme.Category(11, null, 2, "二"),
                        new Scheme.Category(12, null, 3, "三")), items, null, null, null, "t", 0);
    }

    static RunItem item(long id, String first, String second, Boolean firstVeto, Boolean secondVeto, String computed) {
        return new RunItem(id, null, "", first == null ? null : new BigDecimal(first), firstVeto, "", null, null,
                second == null ? null : new BigDecimal(second), secondVeto, "", null, null,
                computed == null ? null : new BigDecimal(computed), Map.of(), null);
    }

    static Run run(List<RunItem> items, List<Appeal> appeals) {
        return new Run(1, 7, 1, "140426", 5, "黎城县", RunStatus.DRAFT_RELEASED, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, items, appeals, 0);
    }

    @Test
    void secondReviewCountsOverTheFirstAndAnUpheldAppealOverBoth() {
        Scheme s = scheme(new BigDecimal("5"));
        Scorecard card = Scorecard.of(s, run(List.of(item(REVIEWED, "50", "52.5", null, null, null),
                item(COMPUTED, null, null, null, null, "33.33"), item(VETO, null, null, false, null, null)), List.of()));
        assertThat(card.points().get(REVIEWED)).isEqualByComparingTo("52.5");
        assertThat(card.base()).isEqualByComparingTo("85.83");
        assertThat(card.computed()).isEqualByComparingTo("33.33");
        assertThat(card.total()).isEqualByComparingTo("85.83");
        assertThat(card.grade()).isEqualTo(Grade.B);
        assertThat(card.total().scale()).isEqualTo(2);

        Appeal upheld = new Appeal(9, REVIEWED, "理由", "u", null, AppealStatus.UPHELD, "成立", new BigDecimal("56.67"),
                null, "o", null);
        Scorecard after = Scorecard.of(s, run(List.of(item(REVIEWED, "50", "52.5", null, null, null),
                item(COMPUTED, null, null, null, null, "33.33")), List.of(upheld)));
        assertThat(after.total()).isEqualByComparingTo("90.00");
        assertThat(after.grade()).isEqualTo(Grade.A);
        Appeal rejected = new Appeal(9, REVIEWED, "理由", "u", null, AppealStatus.REJECTED, "不成立", null, null, "o", null);
        assertThat(Scorecard.of(s, run(List.of(item(REVIEWED, "50", "52.5", null, null, null)), List.of(rejected)))
                .points().get(REVIEWED)).isEqualByComparingTo("52.5");
    }

    @Test
    void aVetoMakesItDWhateverTheTotalAndAnUpheldAppealCanLiftIt() {
        Scheme s = scheme(new BigDecimal("5"));
        List<RunItem> items = List.of(item(REVIEWED, "60", null, null, null, null),
                item(COMPUTED, null, null, null, null, "40"), item(VETO, null, null, false, true, null));
        Scorecard card = Scorecard.of(s, run(items, List.of()));
        assertThat(card.total()).isEqualByComparingTo("100");
        assertThat(card.vetoed()).isTrue();
        assertThat(card.vetoes()).containsExactly(VETO);
        assertThat(card.grade()).isEqualTo(Grade.D);
        Appeal lifted = new Appeal(9, VETO, "事件不在本县", "u", null, AppealStatus.UPHELD, "成立", null, false, "o", null);
        Scorecard after = Scorecard.of(s, run(items, List.of(lifted)));
        assertThat(after.vetoed()).isFalse();
        assertThat(after.grade()).isEqualTo(Grade.A);
    }

    @Test
    void bonusesTogetherStayUnderTheCap() {
        Scheme s = scheme(new BigDecimal("4.5"));
        Scorecard card = Scorecard.of(s, run(List.of(item(REVIEWED, "40", null, null, null, null),
                item(COMPUTED, null, null, null, null, "40"), item(BONUS_A, "3", null, null, null, null),
                item(BONUS_B, "2.5", null, null, null, null)), List.of()));
        assertThat(card.bonusRaw()).isEqualByComparingTo("5.5");
        assertThat(card.bonus()).isEqualByComparingTo("4.5");
        assertThat(card.total()).isEqualByComparingTo("84.50");
        assertThat(Scorecard.of(scheme(BigDecimal.ZERO), run(List.of(item(BONUS_A, "3", null, null, null, null)),
                List.of())).total()).isEqualByComparingTo("0");
    }

    @Test
    void theGradeThresholdsAtTheirEdges() {
        GradeThresholds t = GradeThresholds.DEFAULT;
        assertThat(t.gradeOf(new BigDecimal("90.00"), false)).isEqualTo(Grade.A);
        assertThat(t.gradeOf(new BigDecimal("89.99"), false)).isEqualTo(Grade.B);
        assertThat(t.gradeOf(new BigDecimal("80"), false)).isEqualTo(Grade.B);
        assertThat(t.gradeOf(new BigDecimal("79.99"), false)).isEqualTo(Grade.C);
        assertThat(t.gradeOf(new BigDecimal("60"), false)).isEqualTo(Grade.C);
        assertThat(t.gradeOf(new BigDecimal("59.99"), false)).isEqualTo(Grade.D);
        assertThat(t.gradeOf(new BigDecimal("100"), true)).isEqualTo(Grade.D);
    }

    @Test
    void aComputedItemScoresItsShareHeldBetweenZeroAndOneAndNoDataAsItSays() {
        Scheme s = scheme(BigDecimal.ZERO);
        Item item = s.item(COMPUTED).orElseThrow();
        var formula = Scoring.parse("f", item.formula());
        assertThat(Scoring.points(item, formula, Map.of("report_on_time", new BigDecimal("2"),
                "report_expected", new BigDecimal("3")))).isEqualByComparingTo("26.67");
        assertThat(Scoring.points(item, formula, Map.of("report_on_time", new BigDecimal("5"),
                "report_expected", new BigDecimal("3")))).isEqualByComparingTo("40");
        assertThat(Scoring.points(item, formula, Map.of("report_on_time", BigDecimal.ZERO,
                "report_expected", BigDecimal.ZERO))).isEqualByComparingTo("40");
        Item strict = new Item(COMPUTED, 10, 2, "1.2", "x", ItemKind.COMPUTED, new BigDecimal("40"), "", "", "CUSTOM",
                "report_on_time / report_expected", NoData.ZERO);
        assertThat(Scoring.points(strict, formula, Map.of())).isEqualByComparingTo("0");
        var negative = Scoring.parse("f", "0 - report_on_time");
        assertThat(Scoring.points(item, negative, Map.of("report_on_time", BigDecimal.ONE))).isEqualByComparingTo("0");
    }

    @Test
    void aFormulaNamingAnUnknownFigureIsRefusedWithTheName() {
        var problems = new ArrayList<String>();
        try {
            Scoring.parse("items[0].formula", "sampling_batches / 10");
        } catch (org.shuangda.shared.InvalidInput e) {
            e.problems().forEach(p -> problems.add(p.field() + " " + p.reason() + " " + p.args()[0]));
        }
        assertThat(problems).containsExactly("items[0].formula assessment.formula.unknownFigure sampling_batches");
    }
}
