package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.Templates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Report templates (报表表样): indicators, derived formulas and rules. */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Report templates 报表表样")
class TemplateApi {

    private final Templates templates;

    TemplateApi(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "All templates with their indicators and rules (REPORT_SUBMIT or REPORT_REVIEW)")
    List<Template> list() {
        return templates.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template")
    Template get(@PathVariable long id) {
        return templates.get(id);
    }
}
