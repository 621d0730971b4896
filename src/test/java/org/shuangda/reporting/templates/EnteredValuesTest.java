package org.shuangda.reporting.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.ValueType;
import org.shuangda.shared.InvalidInput;

class EnteredValuesTest {

    static final Template TEMPLATE = new Template(1, "T", "测试表", Figures.PERIOD, 1, false, List.of(
            new Indicator(1, "officers", "出动执法人员", "人次", ValueType.INTEGER, null, List.of(), 1),
            new Indicator(2, "items_seized", "收缴查扣物品", "件", ValueType.INTEGER, null, List.of("食品", "药品", "其他"), 2),
            new Indicator(3, "case_value", "案值", "万元", ValueType.MONEY, null, List.of("商标侵权", "假冒专利"), 3)),
            List.of());

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> fields(Runnable parse) {
        try {
            parse.run();
            throw new AssertionError("accepted");
        } catch (InvalidInput e) {
            return e.problems().stream().map(p -> p.field() + " " + p.reason() + " " + List.of(p.args())).toList();
        }
    }

    @Test
    void aBlankTotalIsTheSumOfItsCategoriesAndBlankCategoriesCountAsZero() {
        EnteredValues v = EnteredValues.parse(TEMPLATE, map("officers", 12),
                Map.of("items_seized", map("食品", "30", "药品", "", "其他", 5)));
        assertThat(v.totals().get("items_seized")).isEqualByComparingTo("35");
        assertThat(v.breakdowns().get("items_seized")).containsOnlyKeys("食品", "药品", "其他");
        assertThat(v.breakdowns().get("items_seized").get("药品")).isEqualByComparingTo("0");
        assertThat(List.copyOf(v.breakdowns().get("items_seized").keySet())).containsExactly("食品", "药品", "其他");
    }

    @Test
    void aTotalAloneIsAcceptedWithoutCategories() {
        EnteredValues v = EnteredValues.parse(TEMPLATE, map("items_seized", 40),
                Map.of("items_seized", map("食品", "", "药品", " ")));
        assertThat(v.totals().get("items_seized")).isEqualByComparingTo("40");
        assertThat(v.breakdowns()).isEmpty();
    }

    @Test
    void aTotalEqualToTheSumIsAcceptedAndOneThatDiffersIsRefusedNamingTheIndicator() {
        assertThat(EnteredValues.parse(TEMPLATE, map("case_value", "3.50"),
                Map.of("case_value", map("商标侵权", "1.25", "假冒专利", 2.25))).totals().get("case_value"))
                .isEqualByComparingTo("3.5");
        assertThat(fields(() -> EnteredValues.parse(TEMPLATE, map("items_seized", 36),
                Map.of("items_seized", map("食品", 30, "其他", 5)))))
                .containsExactly("values.items_seized reporting.breakdown.sum [收缴查扣物品, 35, 36]");
    }

    @Test
    void wrongCategoriesAreAllNamedAndNothingIsAccepted() {
        assertThat(fields(() -> EnteredValues.parse(TEMPLATE, map("officers", -1), Map.of(
                "items_seized", map("食品", -3, "化妆品", 2, "药品", 1.5),
                "officers", map("食品", 1),
                "nothing", map("食品", 1)))))
                .contains("values.officers reporting.value.negative [出动执法人员, 人次]",
                        "breakdowns.items_seized.食品 reporting.value.negative [收缴查扣物品（食品）, 件]",
                        "breakdowns.items_seized.化妆品 reporting.breakdown.unknown [收缴查扣物品, 化妆品]",
                        "breakdowns.items_seized.药品 reporting.value.notWhole [收缴查扣物品（药品）, 件]",
                        "breakdowns.officers reporting.breakdown.none [出动执法人员]",
                        "breakdowns.nothing reporting.value.unknown [nothing]")
                .hasSize(6);
    }

    @Test
    void fieldsCanBeNamedByTheCaller() {
        EnteredValues.Fields cells = new EnteredValues.Fields() {
            public String total(String code) {
                return "D" + code.length();
            }

            public String category(String code, String label) {
                return "E" + label;
            }
        };
        assertThatThrownBy(() -> EnteredValues.parse(TEMPLATE, map("items_seized", 1),
                Map.of("items_seized", map("食品", 2)), cells))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("D12"));
    }
}
