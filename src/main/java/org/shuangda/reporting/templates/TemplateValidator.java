package org.shuangda.reporting.templates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shuangda.reporting.expression.ExpressionException;
import org.shuangda.reporting.expression.ExpressionParser;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Checks a template form before anything is stored: codes, names, measures, breakdown labels, and every
 * formula and rule parsed against the template's own indicator codes, so a typing mistake is reported on its
 * field with the position ("Unknown indicator code 'closd' at position 1") and never reaches a reporter.
 */
@Component
class TemplateValidator {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final TemplateStore store;
    private final int maxIndicators;

    TemplateValidator(TemplateStore store, org.shuangda.shared.web.RequestLimits limits) {
        this.store = store;
        this.maxIndicators = limits.indicatorsPerTemplate();
    }

    /**
     * Sizes first, before any per-item work: a template of 100,000 indicators (or rules) is refused at once
     * with the count and the limit ({@code shuangda.limits.indicators-per-template}, default 2,000) instead of
     * being checked item by item.
     */
    private void checkSizes(TemplateForm form) {
        org.shuangda.shared.web.RequestLimits.checkItems("indicators", form.indicators(), maxIndicators);
        org.shuangda.shared.web.RequestLimits.checkItems("rules", form.rules(), maxIndicators);
    }

    /**
     * @param newCode whether the form brings a new code (create, copy); an edit keeps its template's code
     */
    void validate(TemplateForm form, boolean newCode) {
        checkSizes(form);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!newCode) {
            // the code stays the template's own
        } else if (form.code() == null || !form.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add("code", "reporting.template.code");
        } else if (store.codeTaken(form.code())) {
            problems.add("code", "reporting.template.codeTaken");
        }
        if (form.name() == null || form.name().isBlank()) {
            problems.add("name", "error.required");
        }
        if (form.figures() == null) {
            problems.add("figures", "error.required");
        }
        List<TemplateForm.IndicatorForm> indicators = form.indicators() == null ? List.of() : form.indicators();
        if (indicators.isEmpty()) {
            problems.add("indicators", "reporting.template.noIndicators");
        }
        Set<String> codes = new HashSet<>();
        Set<String> entered = new HashSet<>();
        for (int n = 0; n < indicators.size(); n++) {
            TemplateForm.IndicatorForm i = indicators.get(n);
            String field = "indicators[" + n + "]";
            List<String> labels = i.breakdowns() == null ? List.of() : i.breakdowns();
            if (labels.stream().anyMatch(l -> l == null || l.isBlank() || l.length() > 20)
                    || new HashSet<>(labels).size() != labels.size() || labels.size() > 30) {
                problems.add(field + ".breakdowns", "reporting.indicator.breakdowns");
            } else if (!labels.isEmpty() && blankToNull(i.formula()) != null) {
                problems.add(field + ".breakdowns", "reporting.indicator.derivedBreakdowns");
            }
            if (i.code() == null || !CODE.matcher(i.code()).matches()) {
                problems.add(field + ".code", "reporting.indicator.code");
            } else if (!codes.add(i.code())) {
                problems.add(field + ".code", "reporting.indicator.duplicate", i.code());
            } else if (blankToNull(i.formula()) == null) {
                entered.add(i.code());
            }
            if (i.name() == null || i.name().isBlank()) {
                problems.add(field + ".name", "error.required");
            }
            if (i.measure() == null || !Measure.ALL.contains(i.measure())) { // List.of(…).contains(null) throws
                problems.add(field + ".measure", "reporting.indicator.measure", String.join("、", Measure.ALL));
            }
            if (i.type() == null) {
                problems.add(field + ".type", "error.required");
            }
        }
        for (int n = 0; n < indicators.size(); n++) {
            String formula = blankToNull(indicators.get(n).formula());
            if (formula != null) {
                parse(problems, "indicators[" + n + "].formula", () -> ExpressionParser.parseFormula(formula, entered));
            }
        }
        List<TemplateForm.RuleForm> rules = rules(form);
        Set<String> ruleCodes = new HashSet<>();
        for (int n = 0; n < rules.size(); n++) {
            TemplateForm.RuleForm r = rules.get(n);
            String field = "rules[" + n + "]";
            if (r.code() == null || !CODE.matcher(r.code()).matches() || !ruleCodes.add(r.code())) {
                problems.add(field + ".code", "reporting.indicator.code");
            }
            if (r.severity() == null) {
                problems.add(field + ".severity", "error.required");
            }
            if (r.messageZh() == null || r.messageZh().isBlank()) {
                problems.add(field + ".messageZh", "error.required");
            }
            parse(problems, field + ".expression", () -> ExpressionParser.parseRule(r.expression(), codes));
        }
        problems.throwIfAny();
    }

    private static void parse(InvalidInput.Collector problems, String field, Runnable parsing) {
        try {
            parsing.run();
        } catch (ExpressionException e) {
            problems.add(field, e.code(), e.args());
        }
    }

    static List<TemplateForm.RuleForm> rules(TemplateForm form) {
        return form.rules() == null ? List.of() : form.rules();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
