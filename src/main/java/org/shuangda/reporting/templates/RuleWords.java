package org.shuangda.reporting.templates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rule;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.expression.Expression;
import org.shuangda.reporting.expression.ExpressionParser;

/**
 * A broken rule in words a reporter reads, with the figures that broke it: "移送公安 3 件大于立案查处案件 2 件"
 * (never the rule's code {@code transferred <= cases_opened}). A rule of one comparison says how the two sides
 * stand; a compound rule ({@code a == 0 or b > 0}) lists the figures it reads ("案值 5 万元、立案查处案件 0 件").
 */
public final class RuleWords {

    /** A rule message's own trailing request to explain ("…,请说明"), which the page's sentence already makes. */
    private static final Pattern OWN_REQUEST = Pattern.compile("[，,;；:：\\s]*(请说明|please explain)[。.！!]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private RuleWords() {
    }

    /** The rule's message without a trailing "请说明" of its own. */
    public static String message(Rule rule, Locale locale) {
        return OWN_REQUEST.matcher(rule.message(locale)).replaceFirst("");
    }

    /**
     * @param values entered and derived figures by code (an indicator not entered counts as 0, as in {@link RuleCheck})
     */
    public static String figures(Template template, Rule rule, Map<String, BigDecimal> values, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Expression e = ExpressionParser.parseRule(rule.expression(), template.codes());
        if (e instanceof Expression.Comparison c && Boolean.FALSE.equals(c.evaluate(values))) {
            return term(template, c.left(), values, english) + (english ? " " : "") + broken(c.operator(), english)
                    + (english ? " " : "") + term(template, c.right(), values, english);
        }
        List<String> parts = new ArrayList<>();
        for (Indicator i : template.indicators()) { // in the form's order
            if (e.variables().contains(i.code())) {
                parts.add(term(template, new Expression.Variable(i.code()), values, english));
            }
        }
        return String.join(english ? ", " : "、", parts);
    }

    private static String term(Template template, Expression e, Map<String, BigDecimal> values, boolean english) {
        Object value = e.evaluate(values);
        String figure = value instanceof BigDecimal d ? plain(d) : "—";
        if (e instanceof Expression.Number) {
            return figure;
        }
        if (e instanceof Expression.Variable v) {
            Indicator i = indicator(template, v.name());
            String name = i == null ? v.name() : i.name();
            String measure = i == null || i.measure() == null || i.measure().isBlank() ? "" : " " + i.measure();
            return name + " " + figure + measure;
        }
        return words(template, e) + (english ? " (" + figure + ")" : "（" + figure + "）");
    }

    /** An arithmetic term with the indicators' names: 结案＋大案要案. */
    private static String words(Template template, Expression e) {
        if (e instanceof Expression.Variable v) {
            Indicator i = indicator(template, v.name());
            return i == null ? v.name() : i.name();
        }
        if (e instanceof Expression.Number n) {
            return plain(n.value());
        }
        if (e instanceof Expression.Arithmetic a) {
            String op = switch (a.operator()) {
                case '+' -> "＋";
                case '-' -> "－";
                case '*' -> "×";
                default -> "÷";
            };
            return words(template, a.left()) + op + words(template, a.right());
        }
        if (e instanceof Expression.Negation n) {
            return "－" + words(template, n.operand());
        }
        return "";
    }

    /** How the two sides stand when {@code operator} does not hold. */
    private static String broken(String operator, boolean english) {
        return switch (operator) {
            case "<=" -> english ? "is greater than" : "大于";
            case "<" -> english ? "is not less than" : "不小于";
            case ">=" -> english ? "is less than" : "小于";
            case ">" -> english ? "is not greater than" : "不大于";
            case "==" -> english ? "differs from" : "不等于";
            default -> english ? "equals" : "等于";
        };
    }

    private static Indicator indicator(Template template, String code) {
        return template.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
