package org.shuangda.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.shuangda.reporting.expression.ExpressionException;
import org.shuangda.reporting.expression.ExpressionParser;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates report templates ({@code TEMPLATE_MANAGE}). Every formula and rule is parsed before anything is
 * stored, against the template's own indicator codes, so a typing mistake is reported on its field with
 * the position ("Unknown indicator code 'closd' at position 1") and never reaches a reporter.
 */
@Service
public class TemplateEditor {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final JdbcClient jdbc;
    private final Templates templates;
    private final ApplicationEventPublisher events;

    TemplateEditor(JdbcClient jdbc, Templates templates, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.events = events;
    }

    @Transactional
    public Template create(TemplateForm form) {
        Actors.scopeFor(Permission.TEMPLATE_MANAGE);
        validate(form);
        long id = jdbc.sql("insert into report_template (code, name, figures) values (:c, :n, :f) returning id")
                .param("c", form.code()).param("n", form.name().strip()).param("f", form.figures().name())
                .query(Long.class).single();
        int order = 10;
        for (TemplateForm.IndicatorForm i : form.indicators()) {
            jdbc.sql("""
                    insert into report_indicator (template_id, code, name, measure, value_type, formula, breakdowns,
                                                  sort_order)
                    values (:t, :code, :name, :measure, :type, :formula, :breakdowns, :order)""")
                    .param("t", id).param("code", i.code()).param("name", i.name().strip()).param("measure", i.measure())
                    .param("type", i.type().name()).param("formula", blankToNull(i.formula()))
                    .param("breakdowns", (i.breakdowns() == null ? List.<String>of() : i.breakdowns()).toArray(String[]::new))
                    .param("order", order).update();
            order += 10;
        }
        for (TemplateForm.RuleForm r : rules(form)) {
            jdbc.sql("""
                    insert into report_rule (template_id, code, expression, severity, message_zh, message_en)
                    values (:t, :code, :expression, :severity, :zh, :en)""")
                    .param("t", id).param("code", r.code()).param("expression", r.expression().strip())
                    .param("severity", r.severity().name()).param("zh", r.messageZh().strip())
                    .param("en", r.messageEn() == null || r.messageEn().isBlank() ? r.messageZh().strip() : r.messageEn().strip())
                    .update();
        }
        Template created = templates.load(id);
        events.publishEvent(AuditableChange.created("report_template", id, created.name(), Map.of("code", created.code(),
                "indicators", created.indicators().stream().map(Indicator::code).collect(Collectors.joining(",")),
                "rules", created.rules().stream().map(Rule::expression).collect(Collectors.joining("; ")))));
        return created;
    }

    private void validate(TemplateForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.code() == null || !form.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add("code", "reporting.template.code");
        } else if (jdbc.sql("select count(*) from report_template where code = :c").param("c", form.code())
                .query(Long.class).single() > 0) {
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
            if (!Measure.ALL.contains(i.measure())) {
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

    private static List<TemplateForm.RuleForm> rules(TemplateForm form) {
        return form.rules() == null ? List.of() : form.rules();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
