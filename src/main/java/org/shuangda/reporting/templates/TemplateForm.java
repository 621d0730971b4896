package org.shuangda.reporting.templates;

import java.util.List;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.ValueType;

/** A new report template as an administrator describes it. */
public record TemplateForm(String code, String name, Figures figures, List<IndicatorForm> indicators,
        List<RuleForm> rules) {

    /** @param formula for a derived indicator, e.g. {@code cases_closed / cases_opened * 100}; else null */
    public record IndicatorForm(String code, String name, String measure, ValueType type, String formula,
            List<String> breakdowns) {
    }

    /** @param expression e.g. {@code transferred <= cases_opened} */
    public record RuleForm(String code, String expression, Severity severity, String messageZh, String messageEn) {
    }
}
