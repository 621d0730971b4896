package org.shuangda.reporting.templates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rule;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.expression.Expression;
import org.shuangda.reporting.expression.ExpressionParser;

/**
 * Checks a submission's values against its template: computes the derived indicators, then every rule.
 * Indicators not entered count as 0 (a blank line on a paper form means nothing to report). A rule whose
 * result is unknown (e.g. it divides by zero) is not reported.
 */
public final class RuleCheck {

    /** A broken rule, and whether a comment explains it (only matters for warnings). */
    public record Violation(Rule rule, boolean commented) {
    }

    /**
     * @param derived code → computed value, or no entry when it cannot be computed (division by zero)
     */
    public record Outcome(List<Violation> errors, List<Violation> warnings, Map<String, BigDecimal> derived) {

        /** Whether the submission may go: no error, and a comment for every warning. */
        public boolean passes() {
            return errors.isEmpty() && warnings.stream().allMatch(Violation::commented);
        }

        public List<Violation> uncommentedWarnings() {
            return warnings.stream().filter(w -> !w.commented()).toList();
        }
    }

    private RuleCheck() {
    }

    /**
     * @param values   code → entered value
     * @param comments rule code → comment explaining a warning
     */
    public static Outcome check(Template template, Map<String, BigDecimal> values, Map<String, String> comments) {
        Set<String> enteredCodes = template.entered().stream().map(Indicator::code).collect(Collectors.toSet());
        Map<String, BigDecimal> all = new HashMap<>();
        enteredCodes.forEach(code -> all.put(code, values.getOrDefault(code, BigDecimal.ZERO)));
        Map<String, BigDecimal> derived = new LinkedHashMap<>();
        for (Indicator indicator : template.indicators()) {
            if (indicator.derived()) {
                Object result = ExpressionParser.parseFormula(indicator.formula(), enteredCodes).evaluate(all);
                if (result instanceof BigDecimal d) {
                    derived.put(indicator.code(), d.setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
        all.putAll(derived);
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        for (Rule rule : template.rules()) {
            Expression expression = ExpressionParser.parseRule(rule.expression(), template.codes());
            if (Boolean.FALSE.equals(expression.evaluate(all))) {
                String comment = comments.get(rule.code());
                Violation v = new Violation(rule, comment != null && !comment.isBlank());
                (rule.severity() == Severity.ERROR ? errors : warnings).add(v);
            }
        }
        return new Outcome(errors, warnings, derived);
    }
}
