package org.shuangda.reporting.templates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.TemplateVersion;
import org.shuangda.reporting.Templates;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits and copies report templates ({@code TEMPLATE_MANAGE}; see {@link TemplateValidator} for
 * the checks). A template no round uses yet is edited in place; one a round uses is never changed under
 * that round: the edit becomes a new version of the same code, which new rounds use, while the old version
 * stays as it was. The built-in template is copied, never edited. Every change is audited.
 *
 * <p>A template belongs to the level that made it ({@link Configurable#REPORT_TEMPLATE}): one made or copied by a
 * county office is the county's, by the city office the city's, by an administrator with scope ALL national.
 * Only someone whose scope covers the owner's region edits it (a new version keeps the owner); a county never
 * changes another county's template or a higher level's (403), it copies it to make its own.
 */
@Service
public class TemplateEditor {

    private final TemplateStore store;
    private final Templates templates;
    private final TemplateValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateEditor(TemplateStore store, Templates templates, TemplateValidator validator,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Template create(Actor actor, TemplateForm form) {
        actor.require(Permission.TEMPLATE_MANAGE);
        ConfigOwner owner = Configurable.REPORT_TEMPLATE.requireAdd(actor, null);
        validator.validate(form, true);
        long id = insertHeader(actor, form.code(), form.name(), form.figures(), 1, null, owner);
        store.insertContent(id, form);
        Template created = store.load(id);
        events.publishEvent(AuditableChange.created(actor, "report_template", id, created.name(), auditMap(created)));
        return created;
    }

    /**
     * Applies {@code form} (its code is ignored: a version keeps its code) to template {@code id}.
     *
     * @return the template as edited: the same id when no round used it, else the new version
     */
    @Transactional
    public Template update(Actor actor, long id, TemplateForm form) {
        actor.require(Permission.TEMPLATE_MANAGE);
        // lock the row first: two offices saving at once make one version after the other, never two
        // current ones, and a round opened meanwhile (it takes a share lock) is seen before deciding
        if (!store.lockForEdit(id)) {
            throw new NotFoundProblem("template", id);
        }
        TemplateVersion version = templates.version(actor, id);
        if (version.builtin()) {
            // before the owner check: "copy it first" says more than "national, not yours"
            throw new InvalidInput("template", "reporting.template.builtin");
        }
        ConfigOwner owner = store.owner(id).orElseThrow(() -> new NotFoundProblem("template", id));
        Configurable.REPORT_TEMPLATE.requireEdit(actor, owner);
        if (!version.current()) {
            throw new InvalidInput("template", "reporting.template.notCurrent", version.name(), version.version());
        }
        validator.validate(form, false);
        Template before = store.load(id);
        long target = id;
        if (store.roundsUsing(id) > 0) {
            store.supersede(id);
            target = insertHeader(actor, before.code(), form.name(), form.figures(), before.version() + 1, id, owner);
        } else {
            store.deleteContent(id);
            store.updateHeader(id, form.name(), form.figures(), actor.username(), OffsetDateTime.now(clock));
        }
        store.insertContent(target, form);
        Template after = store.load(target);
        events.publishEvent(target == id
                ? AuditableChange.updated(actor, "report_template", id, after.name() + " v" + after.version(),
                        auditMap(before), auditMap(after))
                : AuditableChange.created(actor, "report_template", target, after.name() + " v" + after.version(),
                        withBase(auditMap(after), before)));
        return after;
    }

    /** A new template (version 1) with {@code code} and {@code name} and everything else of template {@code id}. */
    @Transactional
    public Template copy(Actor actor, long id, String code, String name) {
        actor.require(Permission.TEMPLATE_MANAGE);
        ConfigOwner owner = Configurable.REPORT_TEMPLATE.requireAdd(actor, null);
        Template source = store.load(id);
        TemplateForm form = formOf(source, code, name);
        validator.validate(form, true);
        long copy = insertHeader(actor, code, name, source.figures(), 1, id, owner);
        store.insertContent(copy, form);
        Template created = store.load(copy);
        events.publishEvent(AuditableChange.created(actor, "report_template", copy, created.name(),
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

    private long insertHeader(Actor actor, String code, String name, Figures figures, int version, Long basedOn,
            ConfigOwner owner) {
        return store.insertHeader(code, name, figures, version, basedOn, actor.username(), OffsetDateTime.now(clock),
                owner);
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
