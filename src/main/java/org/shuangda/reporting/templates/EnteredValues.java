package org.shuangda.reporting.templates;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Template;
import org.shuangda.shared.InvalidInput;

/**
 * What a unit entered for a round: the totals (breakdown 0) and, for indicators with breakdowns (收缴查扣物品
 * by product category), the value of each category. Categories are optional detail: a unit that only knows
 * its total enters the total; once any category is filled, blank categories count as 0, the total left blank
 * is their sum (nobody adds up by hand), and a total that differs from the sum is refused naming the
 * indicator. Nothing is half-accepted: every problem is collected.
 *
 * @param totals     indicator code → total
 * @param breakdowns indicator code → category label → value (only indicators with a category filled)
 */
public record EnteredValues(Map<String, BigDecimal> totals, Map<String, Map<String, BigDecimal>> breakdowns) {

    /** Names the field of a problem: for {@code code} alone (the total) or for {@code code} and a category. */
    public interface Fields {
        String total(String code);

        String category(String code, String label);

        Fields API = new Fields() {
            public String total(String code) {
                return "values." + code;
            }

            public String category(String code, String label) {
                return "breakdowns." + code + "." + label;
            }
        };
    }

    public EnteredValues {
        totals = Map.copyOf(totals);
        breakdowns = Map.copyOf(breakdowns);
    }

    public static EnteredValues parse(Template template, Map<String, ?> rawTotals,
            Map<String, ? extends Map<String, ?>> rawBreakdowns) {
        return parse(template, rawTotals, rawBreakdowns, Fields.API);
    }

    /**
     * @param rawTotals     indicator code → a Number, numeric text or blank
     * @param rawBreakdowns indicator code → category label → a Number, numeric text or blank
     * @throws InvalidInput naming each wrong total or category ({@link Fields}) and the reason
     */
    public static EnteredValues parse(Template template, Map<String, ?> rawTotals,
            Map<String, ? extends Map<String, ?>> rawBreakdowns, Fields fields) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Map<String, BigDecimal> totals = new LinkedHashMap<>(
                ValueParser.parse(template, rawTotals == null ? Map.of() : rawTotals, problems, fields::total));
        Map<String, Map<String, BigDecimal>> breakdowns = new LinkedHashMap<>();
        (rawBreakdowns == null ? Map.<String, Map<String, ?>>of() : rawBreakdowns).forEach((code, raw) -> {
            Indicator indicator = template.indicator(code).orElse(null);
            if (indicator == null || indicator.derived() || indicator.breakdowns().isEmpty()) {
                problems.add("breakdowns." + code, indicator == null ? "reporting.value.unknown"
                        : "reporting.breakdown.none", indicator == null ? code : indicator.name());
                return;
            }
            Map<String, BigDecimal> categories = new LinkedHashMap<>();
            boolean valid = true;
            for (Map.Entry<String, ?> entry : (raw == null ? Map.<String, Object>of() : raw).entrySet()) {
                String label = entry.getKey();
                if (!indicator.breakdowns().contains(label)) {
                    problems.add(fields.category(code, label), "reporting.breakdown.unknown", indicator.name(), label);
                    valid = false;
                    continue;
                }
                String reason = ValueParser.reasonAgainst(indicator, entry.getValue());
                if (reason != null) {
                    problems.add(fields.category(code, label), reason, categoryName(indicator, label),
                            indicator.measure());
                    valid = false;
                } else if (ValueParser.number(entry.getValue()) != null) {
                    categories.put(label, ValueParser.number(entry.getValue()));
                }
            }
            if (!valid || categories.isEmpty()) {
                return;
            }
            BigDecimal sum = categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = totals.get(code);
            if (total == null) {
                totals.put(code, sum);
            } else if (total.compareTo(sum) != 0) {
                problems.add(fields.total(code), "reporting.breakdown.sum", indicator.name(), plain(sum), plain(total));
                return;
            }
            Map<String, BigDecimal> ordered = new LinkedHashMap<>();
            indicator.breakdowns().forEach(l -> ordered.put(l, categories.getOrDefault(l, BigDecimal.ZERO)));
            breakdowns.put(code, ordered);
        });
        problems.throwIfAny();
        return new EnteredValues(totals, breakdowns);
    }

    /** “收缴查扣物品（食品）”: how a category is named in messages and on forms. */
    public static String categoryName(Indicator indicator, String label) {
        return indicator.name() + "（" + label + "）";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
