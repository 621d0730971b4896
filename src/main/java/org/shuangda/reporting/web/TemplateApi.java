package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.TemplateVersion;
import org.shuangda.reporting.Templates;
import org.shuangda.reporting.templates.TemplateEditor;
import org.shuangda.reporting.templates.TemplateForm;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Report templates (报表表样): indicators, derived formulas and rules. */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Report templates 报表表样")
class TemplateApi {

    private final Templates templates;
    private final TemplateEditor editor;

    TemplateApi(Templates templates, TemplateEditor editor) {
        this.templates = templates;
        this.editor = editor;
    }

    @PostMapping
    @Operation(summary = "Create a template (TEMPLATE_MANAGE)",
            description = "Formulas and rules are parsed first: numbers, indicator codes, + - * /, parentheses, "
                    + "< <= > >= == !=, and/or. A mistake answers 422 on its field with the position.")
    ResponseEntity<Template> create(Actor me, @RequestBody TemplateForm form) {
        Template created = editor.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/templates/" + created.id())).body(created);
    }

    /** A copy's new code and name. */
    record Copy(String code, String name) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a template (TEMPLATE_MANAGE): indicators, formulas, breakdown labels, rules",
            description = "A template no round uses is changed in place (same id). One a round uses is never "
                    + "changed under it: the answer is a new version (new id, same code, version + 1) that new "
                    + "rounds use. The built-in template and superseded versions answer 422 (copy it instead). "
                    + "Formulas and rules are parsed first: an unknown indicator code is a 422 naming it.")
    Template update(Actor me, @PathVariable long id, @RequestBody TemplateForm form) {
        return editor.update(me, id, form);
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "Copy a template (also the built-in one) under a new code, as version 1 (TEMPLATE_MANAGE)")
    ResponseEntity<Template> copy(Actor me, @PathVariable long id, @RequestBody Copy body) {
        Template created = editor.copy(me, id, body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/templates/" + created.id())).body(created);
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of every template: current or superseded, based on which, rounds using it")
    List<TemplateVersion> versions(Actor me) {
        return templates.versions(me);
    }

    @GetMapping
    @Operation(summary = "All templates with their indicators and rules (REPORT_SUBMIT or REPORT_REVIEW)")
    List<Template> list(Actor me) {
        return templates.list(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template")
    Template get(Actor me, @PathVariable long id) {
        return templates.get(me, id);
    }
}
