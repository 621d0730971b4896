package org.shuangda.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.assessment.FigureCatalog;
import org.shuangda.assessment.FormulaCatalog;
import org.shuangda.assessment.Scheme;
import org.shuangda.assessment.SchemeForm;
import org.shuangda.assessment.Schemes;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assessment schemes (考核方案, issue 18), scoped as the pages are. */
@RestController
@RequestMapping("/api/v1/assessment")
@Tag(name = "Assessment 检查考核")
class SchemeApi {

    record Clone(Integer year) {
    }

    record Computed(int runs) {
    }

    /** The formulas an office picks from and the figures a formula may name. */
    record Catalogue(List<FormulaCatalog.Formula> formulas, List<FigureCatalog.Figure> figures) {
    }

    private final Schemes schemes;

    SchemeApi(Schemes schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/schemes")
    @Operation(summary = "Schemes the caller may read: its office's (drafts too) and those in use that assess its unit")
    List<Scheme> list(Actor me) {
        return schemes.list(me);
    }

    @GetMapping("/schemes/{id}")
    @Operation(summary = "One scheme with its targets, categories and items (404 outside reach)")
    Scheme get(Actor me, @PathVariable long id) {
        return schemes.get(me, id);
    }

    @PostMapping("/schemes")
    @Operation(summary = "Write a draft scheme (ASSESSMENT_MANAGE over the issuing unit)",
            description = "categories and items refer to a category by its 1-based position; COMPUTED items name a "
                    + "formulaKey of GET /api/v1/assessment/formulas (its formula is filled in) or CUSTOM with a formula "
                    + "over the listed figures; a formula naming an unknown figure is refused with 422")
    ResponseEntity<Scheme> create(Actor me, @RequestBody SchemeForm form) {
        Scheme created = schemes.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/assessment/schemes/" + created.id())).body(created);
    }

    @PutMapping("/schemes/{id}")
    @Operation(summary = "Replace a draft; a scheme in use never changes (422: clone it)")
    Scheme update(Actor me, @PathVariable long id, @RequestBody SchemeForm form) {
        return schemes.update(me, id, form);
    }

    @PostMapping("/schemes/{id}/clone")
    @Operation(summary = "Copy into a new draft: the next edition of the series, for year (default: the next year)")
    ResponseEntity<Scheme> cloneScheme(Actor me, @PathVariable long id, @RequestBody(required = false) Clone clone) {
        Scheme copy = schemes.cloneScheme(me, id, clone == null ? null : clone.year());
        return ResponseEntity.created(URI.create("/api/v1/assessment/schemes/" + copy.id())).body(copy);
    }

    @PostMapping("/schemes/{id}/start")
    @Operation(summary = "启用: open a run per assessed unit and compute the data items; the scheme is frozen",
            description = "422 unless the reviewed and computed items add up to 100 points")
    Scheme start(Actor me, @PathVariable long id) {
        return schemes.start(me, id);
    }

    @PostMapping("/schemes/{id}/compute")
    @Operation(summary = "Recompute the data items of every run not yet released")
    Computed compute(Actor me, @PathVariable long id) {
        return new Computed(schemes.compute(me, id));
    }

    @PostMapping("/schemes/{id}/publish")
    @Operation(summary = "Publish the results (422 until every run is final)")
    Scheme publish(Actor me, @PathVariable long id) {
        return schemes.publishResults(me, id);
    }

    @GetMapping("/formulas")
    @Operation(summary = "The formulas to pick for a computed item and the figures a formula may name")
    Catalogue formulas() {
        return new Catalogue(FormulaCatalog.all(), FigureCatalog.all());
    }
}
