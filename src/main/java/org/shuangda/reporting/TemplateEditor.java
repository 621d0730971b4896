package org.shuangda.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits and copies report templates ({@code TEMPLATE_MANAGE}; see {@link TemplateValidator} for
 * the checks). A template no round uses yet is edited in place; one a round uses is never changed under
 * that round: the edit becomes a new version of the same code, which new rounds use, while the old version
 * stays as it was. The built-in template is copied, never edited. Every change is audited.
 */
@Service
public class TemplateEditor {

    private final JdbcClient jdbc;
    private final Templates templates;
    private final TemplateValidator validator;
    private final ApplicationEventPublisher events;

    TemplateEditor(JdbcClient jdbc, Templates templates, TemplateValidator validator, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.validator = validator;
        this.events = events;
    }

    @Transactional
    public Template create(TemplateForm form) {
        Actors.scopeFor(Permission.TEMPLATE_MANAGE);
        validator.validate(form, true);
        long id = insertHeader(form.code(), form.name(), form.figures(), 1, null);
        insertContent(id, form);
        Template created = templates.load(id);
        events.publishEvent(AuditableChange.created("report_template", id, created.name(), auditMap(created)));
        return created;
    }

    /**
     * Applies {@code form} (its code is ignored: a version keeps its code) to template {@code id}.
     *
     * @return the template as edited: the same id when no round used it, else the new version
     */
    @Transactional
    public Template update(long id, TemplateForm form) {
        Actors.scopeFor(Permission.TEMPLATE_MANAGE);
        // lock the row first: two offices saving at once make one version after the other, never two
        // current ones, and a round opened meanwhile (it takes a share lock) is seen before deciding
        jdbc.sql("select id from report_template where id = :id for update").param("id", id).query(Long.class)
                .optional().orElseThrow(() -> new org.shuangda.shared.NotFoundProblem("template", id));
        TemplateVersion version = templates.version(id);
        if (version.builtin()) {
            throw new InvalidInput("template", "reporting.template.builtin");
        }
        if (!version.current()) {
            throw new InvalidInput("template", "reporting.template.notCurrent", version.name(), version.version());
        }
        validator.validate(form, false);
        Template before = templates.load(id);
        long target = id;
        if (roundsUsing(id) > 0) {
            jdbc.sql("update report_template set current = false where id = :id").param("id", id).update();
            target = insertHeader(before.code(), form.name(), form.figures(), before.version() + 1, id);
        } else {
            jdbc.sql("delete from report_rule where template_id = :id").param("id", id).update();
            jdbc.sql("delete from report_indicator where template_id = :id").param("id", id).update();
            jdbc.sql("""
                    update report_template set name = :n, figures = :f, changed_at = now(), changed_by = :by
                     where id = :id""").param("n", form.name().strip()).param("f", form.figures().name())
                    .param("by", Actors.require().username()).param("id", id).update();
        }
        insertContent(target, form);
        Template after = templates.load(target);
        events.publishEvent(target == id
                ? AuditableChange.updated("report_template", id, after.name() + " v" + after.version(),
                        auditMap(before), auditMap(after))
                : AuditableChange.created("report_template", target, after.name() + " v" + after.version(),
                        withBase(auditMap(after), before)));
        return after;
    }

    /** A new template (version 1) with {@code code} and {@code name} and everything else of template {@code id}. */
    @Transactional
    public Template copy(long id, String code, String name) {
        Actors.scopeFor(Permission.TEMPLATE_MANAGE);
        Template source = templates.load(id);
        TemplateForm form = formOf(source, code, name);
        validator.validate(form, true);
        long copy = insertHeader(code, name, source.figures(), 1, id);
        insertContent(copy, form);
        Template created = templates.load(copy);
        events.publishEvent(AuditableChange.created("report_template", copy, created.name(),
                withBase(auditMap(created), source)));
        return created;
    }

    /** The form that describes {@code template} (to copy it, or to fill the edit page). */
    public static TemplateForm formOf(Template template, String code, String name) {
        return new TemplateForm(code, name, template.figures(), template.indicators().stream()
                .map(i -> new TemplateForm.IndicatorForm(i.code(), i.name(), i.measure(), i.type(), i.formula(),
                        i.breakdowns())).toList(),
                template.rules().stream().map(r -> new TemplateForm.RuleForm(r.code(), r.expression(), r.severity(),
                        r.messageZh(), r.messageEn())).toList());
    }

    private int roundsUsing(long id) {
        return jdbc.sql("select count(*) from report_round where template_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private long insertHeader(String code, String name, Figures figures, int version, Long basedOn) {
        return jdbc.sql("""
                insert into report_template (code, name, figures, version, based_on, changed_by)
                values (:c, :n, :f, :v, :b, :by) returning id""")
                .param("c", code).param("n", name.strip()).param("f", figures.name()).param("v", version)
                .param("b", basedOn).param("by", Actors.require().username())
                .query(Long.class).single();
    }

    private void insertContent(long id, TemplateForm form) {
        int order = 10;
        for (TemplateForm.IndicatorForm i : form.indicators()) {
            jdbc.sql("""
                    insert into report_indicator (template_id, code, name, measure, value_type, formula, breakdowns,
                                                  sort_order)
                    values (:t, :code, :name, :measure, :type, :formula, :breakdowns, :order)""")
                    .param("t", id).param("code", i.code()).param("name", i.name().strip()).param("measure", i.measure())
                    .param("type", i.type().name()).param("formula", TemplateValidator.blankToNull(i.formula()))
                    .param("breakdowns", (i.breakdowns() == null ? List.<String>of() : i.breakdowns()).stream()
                            .map(String::strip).toArray(String[]::new))
                    .param("order", order).update();
            order += 10;
        }
        for (TemplateForm.RuleForm r : TemplateValidator.rules(form)) {
            jdbc.sql("""
                    insert into report_rule (template_id, code, expression, severity, message_zh, message_en)
                    values (:t, :code, :expression, :severity, :zh, :en)""")
                    .param("t", id).param("code", r.code()).param("expression", r.expression().strip())
                    .param("severity", r.severity().name()).param("zh", r.messageZh().strip())
                    .param("en", r.messageEn() == null || r.messageEn().isBlank() ? r.messageZh().strip() : r.messageEn().strip())
                    .update();
        }
    }

    /** What the audit trail shows of a template: its header, each indicator and each rule on one line. */
    private static Map<String, Object> auditMap(Template t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", t.code());
        map.put("version", t.version());
        map.put("name", t.name());
        map.put("figures", t.figures().name());
        map.put("indicators", t.indicators().stream().map(i -> i.code() + " " + i.name() + " (" + i.measure() + ", "
                + i.type() + (i.formula() == null ? "" : ", = " + i.formula())
                + (i.breakdowns().isEmpty() ? "" : ", " + String.join("/", i.breakdowns())) + ")")
                .collect(Collectors.joining("; ")));
        map.put("rules", t.rules().stream().map(r -> r.code() + ": " + r.expression() + " [" + r.severity() + "] "
                + r.messageZh()).collect(Collectors.joining("; ")));
        return map;
    }

    private static Map<String, Object> withBase(Map<String, Object> map, Template base) {
        map.put("basedOn", base.code() + " v" + base.version() + " (#" + base.id() + ")");
        return map;
    }
}
