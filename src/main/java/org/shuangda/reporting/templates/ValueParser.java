package org.shuangda.reporting.templates;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.ValueType;
import org.shuangda.shared.InvalidInput;

/**
 * Turns what a person typed (or a spreadsheet cell held) into values for a template's indicators: numbers
 * only, never negative, no more decimals than the indicator's type allows, thousands separators and
 * spaces forgiven, blank meaning "not entered". Every problem is collected; none is half-accepted.
 */
final class ValueParser {

    /** The largest value numeric(18,2) holds. */
    static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private ValueParser() {
    }

    /**
     * @param raw indicator code → a Number, a String, or null
     * @return code → value for every non-blank entry
     * @throws InvalidInput naming {@code values.<code>} and the reason
     */
    static Map<String, BigDecimal> parse(Template template, Map<String, ?> raw) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Map<String, BigDecimal> values = parse(template, raw, problems, code -> "values." + code);
        problems.throwIfAny();
        return values;
    }

    /** As {@link #parse(Template, Map)}, adding the problems to {@code problems} instead of throwing. */
    static Map<String, BigDecimal> parse(Template template, Map<String, ?> raw, InvalidInput.Collector problems,
            java.util.function.UnaryOperator<String> fieldOf) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        raw.forEach((code, input) -> {
            String field = fieldOf.apply(code);
            Indicator indicator = template.indicator(code).orElse(null);
            if (indicator == null) {
                problems.add(field, "reporting.value.unknown", code);
                return;
            }
            if (indicator.derived()) {
                problems.add(field, "reporting.value.derived", indicator.name());
                return;
            }
            String reason = reasonAgainst(indicator, input);
            if (reason != null) {
                problems.add(field, reason, indicator.name(), indicator.measure());
            } else if (number(input) != null) {
                values.put(code, number(input));
            }
        });
        return values;
    }

    /** Null when {@code input} is acceptable for {@code indicator}, else the message code saying why. */
    static String reasonAgainst(Indicator indicator, Object input) {
        if (input == null || input.toString().isBlank()) {
            return null;
        }
        BigDecimal value = number(input);
        if (value == null) {
            return "reporting.value.notNumber";
        }
        if (value.signum() < 0) {
            return "reporting.value.negative";
        }
        if (!indicator.type().fits(value)) {
            return indicator.type() == ValueType.INTEGER ? "reporting.value.notWhole" : "reporting.value.decimals";
        }
        if (value.compareTo(MAX) > 0) {
            return "reporting.value.tooLarge";
        }
        return null;
    }

    /** The number in {@code input}, or null when it is blank or not a number. */
    static BigDecimal number(Object input) {
        if (input == null) {
            return null;
        }
        String text = input.toString().strip().replace(",", "").replace(",", "").replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
