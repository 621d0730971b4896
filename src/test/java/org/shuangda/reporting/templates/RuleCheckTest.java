package org.shuangda.reporting.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rule;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.ValueType;
import org.shuangda.shared.InvalidInput;

class RuleCheckTest {

    static final Template TEMPLATE = new Template(1, "T", "测试表", Figures.PERIOD, 1, false, List.of(
            new Indicator(1, "cases_opened", "立案查处案件", "件", ValueType.INTEGER, null, List.of(), 1),
            new Indicator(2, "cases_closed", "结案", "件", ValueType.INTEGER, null, List.of(), 2),
            new Indicator(3, "transferred", "移送公安", "件", ValueType.INTEGER, null, List.of(), 3),
            new Indicator(4, "case_value", "案值", "万元", ValueType.MONEY, null, List.of(), 4),
            new Indicator(5, "closure_rate", "结案率", "%", ValueType.DECIMAL, "cases_closed / cases_opened * 100",
                    List.of(), 5)),
            List.of(new Rule(1, "transfer_le_opened", "transferred <= cases_opened", Severity.ERROR, "移送不能多于立案", "t"),
                    new Rule(2, "closed_le_opened", "cases_closed <= cases_opened", Severity.ERROR, "结案不能多于立案", "c"),
                    new Rule(3, "value_needs_case", "case_value == 0 or cases_opened > 0", Severity.WARNING,
                            "有案值无立案", "v")));

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return map;
    }

    @Test
    void consistentFiguresPassAndTheRateIsDerived() {
        RuleCheck.Outcome outcome = RuleCheck.check(TEMPLATE,
                values("cases_opened", 8, "cases_closed", 6, "transferred", 2, "case_value", "12.5"), Map.of());
        assertThat(outcome.passes()).isTrue();
        assertThat(outcome.derived().get("closure_rate")).isEqualByComparingTo("75.00");
    }

    @Test
    void moreTransfersThanCasesIsAnError() {
        RuleCheck.Outcome outcome = RuleCheck.check(TEMPLATE, values("cases_opened", 2, "transferred", 3), Map.of());
        assertThat(outcome.errors()).extracting(v -> v.rule().code()).containsExactly("transfer_le_opened");
        assertThat(outcome.passes()).isFalse();
    }

    @Test
    void blankCountsAsZero() {
        RuleCheck.Outcome outcome = RuleCheck.check(TEMPLATE, values("cases_closed", 1), Map.of());
        assertThat(outcome.errors()).extracting(v -> v.rule().code()).containsExactly("closed_le_opened");
        assertThat(outcome.derived()).doesNotContainKey("closure_rate"); // 1 / 0: not computable, not an error
    }

    @Test
    void aWarningPassesOnlyWithAComment() {
        Map<String, BigDecimal> v = values("case_value", 3);
        assertThat(RuleCheck.check(TEMPLATE, v, Map.of()).passes()).isFalse();
        assertThat(RuleCheck.check(TEMPLATE, v, Map.of("value_needs_case", "  ")).passes()).isFalse();
        RuleCheck.Outcome explained = RuleCheck.check(TEMPLATE, v, Map.of("value_needs_case", "上期立案,本期查扣"));
        assertThat(explained.passes()).isTrue();
        assertThat(explained.warnings()).singleElement().satisfies(w -> assertThat(w.commented()).isTrue());
    }

    @Test
    void valuesOfTheWrongKindAreRefusedWithTheIndicator() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("cases_opened", "3.5");
        raw.put("cases_closed", -1);
        raw.put("transferred", "两件");
        raw.put("case_value", "1.234");
        raw.put("closure_rate", 50);
        raw.put("nonsense", 1);
        assertThatThrownBy(() -> ValueParser.parse(TEMPLATE, raw)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::reason)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("values.cases_opened", "reporting.value.notWhole"),
                                org.assertj.core.groups.Tuple.tuple("values.cases_closed", "reporting.value.negative"),
                                org.assertj.core.groups.Tuple.tuple("values.transferred", "reporting.value.notNumber"),
                                org.assertj.core.groups.Tuple.tuple("values.case_value", "reporting.value.decimals"),
                                org.assertj.core.groups.Tuple.tuple("values.closure_rate", "reporting.value.derived"),
                                org.assertj.core.groups.Tuple.tuple("values.nonsense", "reporting.value.unknown")));
    }

    @Test
    void formsForgiveSeparatorsAndBlanks() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("cases_opened", " 1,200 ");
        raw.put("cases_closed", "");
        raw.put("case_value", "3.50");
        assertThat(ValueParser.parse(TEMPLATE, raw)).containsOnlyKeys("cases_opened", "case_value")
                .satisfies(m -> assertThat(m.get("cases_opened")).isEqualByComparingTo("1200"));
    }
}
