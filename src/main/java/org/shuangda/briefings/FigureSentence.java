package org.shuangda.briefings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Template;

/**
 * "出动执法人员400余人次,检查经营主体300余户,检查各类市场70多个…": one clause per entered indicator that has a
 * figure, in the template's order, worded as the seeds word them (the built-in indicators) or as
 * name + figure + measure (an office's own indicators). Zero or absent figures are left out, derived rates too.
 */
final class FigureSentence {

    /** The seeds' wording for the built-in template's indicators; the figure and the measure follow. */
    private static final Map<String, String> WORDING = Map.ofEntries(
            Map.entry("officers", "出动执法人员"),
            Map.entry("entities_checked", "检查经营主体"),
            Map.entry("markets_checked", "检查各类市场"),
            Map.entry("areas_rectified", "整治重点区域"),
            Map.entry("cases_opened", "查处案件"),
            Map.entry("cases_closed", "结案"),
            Map.entry("major_cases", "其中大案要案"),
            Map.entry("case_value", "案值"),
            Map.entry("dens_destroyed", "捣毁制假售假窝点"),
            Map.entry("transferred", "移送公安机关"),
            Map.entry("items_seized", "收缴查扣侵权假冒物品"),
            Map.entry("leaflets", "发放宣传资料"),
            Map.entry("joint_actions", "开展联合执法"),
            Map.entry("samples", "抽检"),
            Map.entry("samples_passed", "抽检合格"));

    private FigureSentence() {
    }

    /** The clauses, e.g. ["出动执法人员426人次", "查处案件8件"]; empty when no figure is above zero. */
    static List<String> clauses(Template template, Map<String, BigDecimal> values, boolean rounded) {
        List<String> clauses = new ArrayList<>();
        for (Indicator indicator : template.entered()) {
            BigDecimal value = values.get(indicator.code());
            if (value == null || value.signum() <= 0) {
                continue;
            }
            String words = WORDING.getOrDefault(indicator.code(), indicator.name());
            clauses.add(words + FigurePhrasing.phrase(value, rounded) + indicator.measure());
        }
        return clauses;
    }

    /** {@code lead} + the clauses joined with "，" + "。", or {@code none} when there is no figure. */
    static String sentence(String lead, Template template, Map<String, BigDecimal> values, boolean rounded,
            String none) {
        List<String> clauses = clauses(template, values, rounded);
        return clauses.isEmpty() ? none : lead + String.join("，", clauses) + "。";
    }
}
