package org.shuangda.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.ValueType;
import org.shuangda.reporting.templates.TemplateForm;

/**
 * The template edit page's fields ({@code i[3].code}, {@code r[0].expression}…) as a {@link TemplateForm}:
 * blank rows are left out, indicators sorted by their order number; the page's rows as typed, to re-show
 * them; and the service's problems renamed from form positions back to page rows.
 */
final class TemplateFormReader {

    static final int BLANK_INDICATORS = 3;
    static final int BLANK_RULES = 2;
    private static final Pattern ROW = Pattern.compile("^([ir])\\[(\\d{1,3})]\\.(\\w+)$");

    /** Rows as typed (field → text), and which page row each form entry came from. */
    record Read(TemplateForm form, List<Map<String, String>> indicatorRows, List<Map<String, String>> ruleRows,
            List<Integer> indicatorPage, List<Integer> rulePage) {

        /** The problem's field named by its page row ({@code indicators[2].formula} → the third row on the page). */
        Map<String, String> pageErrors(Map<String, String> byFormField) {
            Map<String, String> renamed = new LinkedHashMap<>();
            byFormField.forEach((field, message) -> renamed.merge(rename(field), message, (a, b) -> a + "；" + b));
            return renamed;
        }

        private String rename(String field) {
            Matcher m = Pattern.compile("^(indicators|rules)\\[(\\d+)](.*)$").matcher(field);
            if (!m.matches()) {
                return field;
            }
            List<Integer> page = m.group(1).equals("indicators") ? indicatorPage : rulePage;
            int n = Integer.parseInt(m.group(2));
            return m.group(1) + "[" + (n < page.size() ? page.get(n) : n) + "]" + m.group(3);
        }
    }

    private TemplateFormReader() {
    }

    static Read read(Map<String, String> params, String code) {
        Map<Integer, Map<String, String>> indicators = new java.util.TreeMap<>();
        Map<Integer, Map<String, String>> rules = new java.util.TreeMap<>();
        params.forEach((key, value) -> {
            Matcher m = ROW.matcher(key);
            if (m.matches()) {
                (m.group(1).equals("i") ? indicators : rules).computeIfAbsent(Integer.parseInt(m.group(2)),
                        k -> new LinkedHashMap<>()).put(m.group(3), value == null ? "" : value.strip());
            }
        });
        List<Map<String, String>> indicatorRows = new ArrayList<>(indicators.values());
        List<Map<String, String>> ruleRows = new ArrayList<>(rules.values());
        List<Integer> indicatorPage = new ArrayList<>();
        for (int n = 0; n < indicatorRows.size(); n++) {
            Map<String, String> row = indicatorRows.get(n);
            if (!(blank(row, "code") && blank(row, "name") && blank(row, "formula") && blank(row, "breakdowns"))) {
                indicatorPage.add(n);
            }
        }
        indicatorPage.sort(Comparator.comparingDouble(n -> order(indicatorRows.get(n), n)));
        List<Integer> rulePage = new ArrayList<>();
        for (int n = 0; n < ruleRows.size(); n++) {
            if (!(blank(ruleRows.get(n), "code") && blank(ruleRows.get(n), "expression"))) {
                rulePage.add(n);
            }
        }
        TemplateForm form = new TemplateForm(code, params.getOrDefault("name", ""),
                parse(Figures.class, params.get("figures")),
                indicatorPage.stream().map(n -> indicator(indicatorRows.get(n))).toList(),
                rulePage.stream().map(n -> rule(ruleRows.get(n))).toList());
        return new Read(form, indicatorRows, ruleRows, indicatorPage, rulePage);
    }

    /** The rows a template shows on the edit page, plus blank ones to add to. */
    static List<Map<String, String>> indicatorRows(Template template) {
        List<Map<String, String>> rows = new ArrayList<>();
        template.indicators().forEach(i -> rows.add(row("order", String.valueOf(rows.size() + 1), "code", i.code(),
                "name", i.name(), "measure", i.measure(), "type", i.type().name(),
                "formula", i.formula() == null ? "" : i.formula(), "breakdowns", String.join("、", i.breakdowns()))));
        return withBlanks(rows, BLANK_INDICATORS);
    }

    static List<Map<String, String>> ruleRows(Template template) {
        List<Map<String, String>> rows = new ArrayList<>();
        template.rules().forEach(r -> rows.add(row("code", r.code(), "expression", r.expression(),
                "severity", r.severity().name(), "messageZh", r.messageZh(), "messageEn", r.messageEn())));
        return withBlanks(rows, BLANK_RULES);
    }

    static List<Map<String, String>> withBlanks(List<Map<String, String>> rows, int blanks) {
        List<Map<String, String>> all = new ArrayList<>(rows);
        for (int n = 0; n < blanks; n++) {
            all.add(row());
        }
        return all;
    }

    private static TemplateForm.IndicatorForm indicator(Map<String, String> row) {
        String labels = row.getOrDefault("breakdowns", "");
        List<String> breakdowns = labels.isBlank() ? List.of()
                : Arrays.stream(labels.split("[、,，;；\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new TemplateForm.IndicatorForm(row.get("code"), row.get("name"), row.get("measure"),
                parse(ValueType.class, row.get("type")), row.get("formula"), breakdowns);
    }

    private static TemplateForm.RuleForm rule(Map<String, String> row) {
        return new TemplateForm.RuleForm(row.get("code"), row.getOrDefault("expression", ""),
                parse(Severity.class, row.get("severity")), row.get("messageZh"), row.get("messageEn"));
    }

    private static double order(Map<String, String> row, int position) {
        try {
            return Double.parseDouble(row.getOrDefault("order", ""));
        } catch (NumberFormatException e) {
            return position + 1;
        }
    }

    private static boolean blank(Map<String, String> row, String key) {
        return row.getOrDefault(key, "").isBlank();
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int n = 0; n + 1 < pairs.length; n += 2) {
            row.put(pairs[n], pairs[n + 1]);
        }
        return row;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
