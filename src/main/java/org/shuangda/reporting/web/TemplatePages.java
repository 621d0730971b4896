package org.shuangda.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.TemplateVersion;
import org.shuangda.reporting.Templates;
import org.shuangda.reporting.ValueType;
import org.shuangda.reporting.templates.Measure;
import org.shuangda.reporting.templates.TemplateEditor;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Report templates on the web: the list of every version, one template's indicators and rules, and the edit
 * page (also for a new template) with rows for indicators and rules; copying. Editing a template a round
 * uses saves a new version, and the page says so.
 */
@Controller
@RequestMapping("/reporting/templates")
class TemplatePages {

    private final Templates templates;
    private final TemplateEditor editor;
    private final FormErrors formErrors;
    private final MessageSource messages;

    TemplatePages(Templates templates, TemplateEditor editor, FormErrors formErrors, MessageSource messages) {
        this.templates = templates;
        this.editor = editor;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("versions", templates.versions(me));
        return "reporting/templates";
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("template", templates.get(me, id));
        model.addAttribute("version", templates.version(me, id));
        return "reporting/template";
    }

    @GetMapping("/new")
    String blank(Actor me, Model model) {
        me.require(Permission.TEMPLATE_MANAGE);
        Template empty = new Template(0, "", "", Figures.PERIOD, 1, false, List.of(), List.of());
        return form(null, empty, TemplateFormReader.withBlanks(List.of(), 6), TemplateFormReader.withBlanks(List.of(), 3),
                Map.of(), model);
    }

    @PostMapping
    String create(Actor me, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
            Locale locale) {
        TemplateFormReader.Read read = TemplateFormReader.read(params, params.getOrDefault("code", "").strip());
        try {
            Template created = editor.create(me, read.form());
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.template.saved", null, locale));
            return "redirect:/reporting/templates/" + created.id();
        } catch (InvalidInput e) {
            return form(null, typed(read, params), read.indicatorRows(), read.ruleRows(),
                    read.pageErrors(formErrors.of(e)), model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(Actor me, @PathVariable long id, Model model) {
        me.require(Permission.TEMPLATE_MANAGE);
        Template template = templates.get(me, id);
        TemplateVersion version = templates.version(me, id);
        if (!version.editable()) {
            return "redirect:/reporting/templates/" + id;
        }
        return form(version, template, TemplateFormReader.indicatorRows(template),
                TemplateFormReader.ruleRows(template), Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, Locale locale) {
        TemplateVersion version = templates.version(me, id);
        TemplateFormReader.Read read = TemplateFormReader.read(params, version.code());
        try {
            Template saved = editor.update(me, id, read.form());
            redirect.addFlashAttribute("notice", saved.id() == id
                    ? messages.getMessage("reporting.template.saved", null, locale)
                    : messages.getMessage("reporting.template.newVersion", new Object[] {saved.version()}, locale));
            return "redirect:/reporting/templates/" + saved.id();
        } catch (InvalidInput e) {
            return form(version, typed(read, params), read.indicatorRows(), read.ruleRows(),
                    read.pageErrors(formErrors.of(e)), model);
        }
    }

    @PostMapping("/{id}/copy")
    String copy(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Template copy = editor.copy(me, id, code.strip(), name.strip());
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.template.copied", null, locale));
            return "redirect:/reporting/templates/" + copy.id() + "/edit";
        } catch (InvalidInput e) {
            model.addAttribute("copyErrors", formErrors.of(e));
            model.addAttribute("copyCode", code).addAttribute("copyName", name);
            return show(me, id, model);
        }
    }

    /** The header fields as typed, to re-show a refused form. */
    private static Template typed(TemplateFormReader.Read read, Map<String, String> params) {
        Figures figures = read.form().figures() == null ? Figures.PERIOD : read.form().figures();
        return new Template(0, params.getOrDefault("code", ""), params.getOrDefault("name", ""), figures, 1, false,
                List.of(), List.of());
    }

    private String form(TemplateVersion version, Template header, List<Map<String, String>> indicators,
            List<Map<String, String>> rules, Map<String, String> errors, Model model) {
        model.addAttribute("version", version).addAttribute("header", header)
                .addAttribute("indicatorRows", indicators).addAttribute("ruleRows", rules)
                .addAttribute("errors", errors).addAttribute("measures", Measure.ALL)
                .addAttribute("types", ValueType.values()).addAttribute("severities", Severity.values())
                .addAttribute("figuresOptions", Figures.values());
        return "reporting/template-edit";
    }
}
