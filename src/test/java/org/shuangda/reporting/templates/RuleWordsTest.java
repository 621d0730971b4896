package org.shuangda.reporting.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rule;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.ValueType;

/** A broken rule names its figures in words, never its code. */
class RuleWordsTest {

    static final Rule TRANSFER = new Rule(1, "transfer_le_opened", "transferred <= cases_opened", Severity.ERROR,
            "移送公安案件数不能多于立案查处案件数", "Cases transferred to police cannot exceed cases opened");
    static final Rule VALUE = new Rule(3, "value_needs_case", "case_value == 0 or cases_opened > 0", Severity.WARNING,
            "填报了案值但没有立案查处案件,请说明", "A case value without any case opened: please explain");
    static final Rule SUM = new Rule(4, "parts", "cases_closed + transferred <= cases_opened", Severity.ERROR, "x", "x");
    static final Template TEMPLATE = new Template(1, "T", "测试表", Figures.PERIOD, 1, false, List.of(
            new Indicator(1, "cases_opened", "立案查处案件", "件", ValueType.INTEGER, null, List.of(), 1),
            new Indicator(2, "cases_closed", "结案", "件", ValueType.INTEGER, null, List.of(), 2),
            new Indicator(3, "transferred", "移送公安", "件", ValueType.INTEGER, null, List.of(), 3),
            new Indicator(4, "case_value", "案值", "万元", ValueType.MONEY, null, List.of(), 4)),
            List.of(TRANSFER, VALUE, SUM));

    static Map<String, BigDecimal> values(int opened, int closed, int transferred, String value) {
        return Map.of("cases_opened", BigDecimal.valueOf(opened), "cases_closed", BigDecimal.valueOf(closed),
                "transferred", BigDecimal.valueOf(transferred), "case_value", new BigDecimal(value));
    }

    @Test
    void aComparisonSaysHowTheTwoFiguresStand() {
        assertThat(RuleWords.figures(TEMPLATE, TRANSFER, values(2, 0, 3, "0"), Locale.CHINA))
                .isEqualTo("移送公安 3 件大于立案查处案件 2 件");
        assertThat(RuleWords.figures(TEMPLATE, TRANSFER, values(2, 0, 3, "0"), Locale.ENGLISH))
                .isEqualTo("移送公安 3 件 is greater than 立案查处案件 2 件");
        assertThat(RuleWords.figures(TEMPLATE, SUM, values(2, 1, 3, "0"), Locale.CHINA))
                .isEqualTo("结案＋移送公安（4）大于立案查处案件 2 件");
    }

    @Test
    void aCompoundRuleListsItsFiguresInTheFormsOrder() {
        assertThat(RuleWords.figures(TEMPLATE, VALUE, values(0, 0, 0, "5.50"), Locale.CHINA))
                .isEqualTo("立案查处案件 0 件、案值 5.5 万元");
    }

    @Test
    void aMessagesOwnRequestToExplainIsDroppedSoThePageAsksOnce() {
        assertThat(RuleWords.message(VALUE, Locale.CHINA)).isEqualTo("填报了案值但没有立案查处案件");
        assertThat(RuleWords.message(VALUE, Locale.ENGLISH)).isEqualTo("A case value without any case opened");
        assertThat(RuleWords.message(TRANSFER, Locale.CHINA)).isEqualTo("移送公安案件数不能多于立案查处案件数");
    }
}
