package org.shuangda.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.assessment.Bulletin;
import org.shuangda.assessment.Bulletins;
import org.shuangda.assessment.FormulaCatalog;
import org.shuangda.assessment.GradeThresholds;
import org.shuangda.assessment.ItemKind;
import org.shuangda.assessment.NoData;
import org.shuangda.assessment.RankingTable;
import org.shuangda.assessment.Rankings;
import org.shuangda.assessment.RunView;
import org.shuangda.assessment.Runs;
import org.shuangda.assessment.Scheme;
import org.shuangda.assessment.SchemeAction;
import org.shuangda.assessment.SchemeForm;
import org.shuangda.assessment.SchemeStatus;
import org.shuangda.assessment.Schemes;
import org.shuangda.assessment.TargetKind;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import org.shuangda.shared.web.Downloads;

/**
 * Schemes on the web: the list, the form (header, who is assessed, thresholds, steps, the tree of categories and
 * items with the formulas to pick), one page per scheme with its steps and runs, the ranking with its chart and
 * XLSX, and the 考核通报 (compose, edit, issue, download).
 */
@Controller
@RequestMapping("/assessment")
class SchemePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SPARE_CATEGORIES = 2;
    private static final int SPARE_ITEMS = 3;

    private final Schemes schemes;
    private final Runs runs;
    private final Rankings rankings;
    private final Bulletins bulletins;
    private final Regions regions;
    private final UnitDirectory units;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final ExportAudit exports;

    SchemePages(Schemes schemes, Runs runs, Rankings rankings, Bulletins bulletins, Regions regions, UnitDirectory units,
            FormErrors formErrors, MessageSource messages, ExportAudit exports) {
        this.schemes = schemes;
        this.runs = runs;
        this.rankings = rankings;
        this.bulletins = bulletins;
        this.regions = regions;
        this.units = units;
        this.formErrors = formErrors;
        this.messages = messages;
        this.exports = exports;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("schemes", schemes.list(me));
        model.addAttribute("mayCreate", schemes.mayCreate(me));
        return "assessment/schemes";
    }

    @GetMapping("/schemes/new")
    String createForm(Actor me, Model model) {
        int year = runs.today().getYear();
        SchemeForm blank = new SchemeForm("", year, year + "年度“双打”工作检查考核方案", null, TargetKind.REGIONS, List.of(),
                List.of(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), GradeThresholds.DEFAULT.a(),
                GradeThresholds.DEFAULT.b(), GradeThresholds.DEFAULT.c(), new BigDecimal("5"), Scheme.Steps.none(),
                List.of(), List.of(), 0);
        return form(me, model, null, blank, Map.of(), 3, 6);
    }

    @PostMapping("/schemes/new")
    String create(Actor me, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        SchemeForm form = SchemeFormReader.read(params);
        if (params.containsKey("more")) {
            return form(me, model, null, form, Map.of(), SPARE_CATEGORIES * 2, SPARE_ITEMS * 2);
        }
        try {
            Scheme saved = schemes.create(me, form);
            redirect.addFlashAttribute("notice", "assessment.page.saved");
            return "redirect:/assessment/schemes/" + saved.id();
        } catch (InvalidInput e) {
            return form(me, model, null, form, formErrors.of(e), SPARE_CATEGORIES, SPARE_ITEMS);
        }
    }

    @GetMapping("/schemes/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        Scheme s = schemes.get(me, id);
        if (!schemes.actionsFor(me, s).contains(SchemeAction.EDIT)) {
            throw new NotFoundProblem("assessment_scheme", id);
        }
        return form(me, model, s, schemes.formOf(s), Map.of(), SPARE_CATEGORIES, SPARE_ITEMS);
    }

    @PostMapping("/schemes/{id}/edit")
    String update(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Scheme s = schemes.get(me, id);
        SchemeForm form = SchemeFormReader.read(params);
        if (params.containsKey("more")) {
            return form(me, model, s, form, Map.of(), SPARE_CATEGORIES * 2, SPARE_ITEMS * 2);
        }
        try {
            schemes.update(me, id, form);
            redirect.addFlashAttribute("notice", "assessment.page.saved");
            return "redirect:/assessment/schemes/" + id;
        } catch (InvalidInput e) {
            return form(me, model, s, form, formErrors.of(e), SPARE_CATEGORIES, SPARE_ITEMS);
        }
    }

    @GetMapping("/schemes/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, schemes.get(me, id), Map.of(), model);
    }

    @PostMapping("/schemes/{id}/start")
    String start(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> schemes.start(me, id), "assessment.page.started");
    }

    @PostMapping("/schemes/{id}/compute")
    String compute(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> schemes.compute(me, id), "assessment.page.computedNotice");
    }

    @PostMapping("/schemes/{id}/publish")
    String publish(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> schemes.publishResults(me, id), "assessment.page.publishedNotice");
    }

    @PostMapping("/schemes/{id}/clone")
    String cloneScheme(Actor me, @PathVariable long id, @RequestParam(required = false) String year, Model model,
            RedirectAttributes redirect) {
        try {
            Scheme copy = schemes.cloneScheme(me, id, FormValues.integer(year));
            redirect.addFlashAttribute("notice", "assessment.page.cloned");
            return "redirect:/assessment/schemes/" + copy.id() + "/edit";
        } catch (InvalidInput e) {
            return page(me, schemes.get(me, id), formErrors.of(e), model);
        }
    }

    @GetMapping("/schemes/{id}/ranking")
    String ranking(Actor me, @PathVariable long id, Model model) {
        RankingTable table = rankings.ranking(me, id);
        Scheme s = table.scheme();
        model.addAttribute("table", table);
        model.addAttribute("scheme", s);
        model.addAttribute("manages", schemes.manages(me, s));
        model.addAttribute("bulletins", bulletins.list(me, id));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("names", table.lines().stream().map(l -> l.name()).toList());
        chart.put("totals", table.lines().stream().map(l -> l.card().total()).toList());
        chart.put("grades", table.lines().stream().map(l -> l.card().grade().name()).toList());
        chart.put("max", 100 + s.bonusCap().intValue());
        model.addAttribute("chart", JSON.writeValueAsString(chart));
        return "assessment/ranking";
    }

    @GetMapping("/schemes/{id}/ranking.xlsx")
    ResponseEntity<byte[]> rankingXlsx(Actor me, @PathVariable long id, HttpServletRequest request) {
        RankingTable table = rankings.ranking(me, id);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] content = rankings.workbook(me, table, code -> messages.getMessage(code, null, code, locale));
        return Downloads.attachment(me, exports, request, "assessment_ranking", id, Downloads.XLSX,
                Downloads.fileName(table.scheme().title() + "考核结果排名表", ".xlsx"), content);
    }

    @PostMapping("/schemes/{id}/bulletins")
    String compose(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            Bulletin b = bulletins.compose(me, id);
            return "redirect:/assessment/bulletins/" + b.id();
        } catch (InvalidInput e) {
            return page(me, schemes.get(me, id), formErrors.of(e), model);
        }
    }

    @GetMapping("/bulletins/{id}")
    String bulletin(Actor me, @PathVariable long id, Model model) {
        Bulletin b = bulletins.get(me, id);
        return bulletinPage(me, b, b.paragraphs(), b.version(), Map.of(), false, model);
    }

    /** Saves the draft's paragraphs; {@code insertAfter}, {@code remove}, {@code more} and {@code preview} re-show it. */
    @PostMapping("/bulletins/{id}")
    String editBulletin(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Bulletin b = bulletins.get(me, id);
        List<String> styles = params.getOrDefault("style", List.of());
        List<String> texts = params.getOrDefault("text", List.of());
        List<Bulletin.Paragraph> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Bulletin.Paragraph(FormValues.enumOf(Bulletin.Paragraph.Style.class, FormValues.at(styles, i)),
                    texts.get(i)));
        }
        Integer version = FormValues.integer(params.getFirst("version"));
        Integer insertAfter = FormValues.integer(params.getFirst("insertAfter"));
        Integer remove = FormValues.integer(params.getFirst("remove"));
        if (insertAfter != null && insertAfter >= 0 && insertAfter < rows.size()) {
            rows.add(insertAfter + 1, new Bulletin.Paragraph(Bulletin.Paragraph.Style.BODY, ""));
            return bulletinPage(me, b, rows, version, Map.of(), false, model);
        }
        if (remove != null && remove >= 0 && remove < rows.size()) {
            rows.remove((int) remove);
            return bulletinPage(me, b, rows, version, Map.of(), false, model);
        }
        if (params.containsKey("more")) {
            rows.add(new Bulletin.Paragraph(Bulletin.Paragraph.Style.BODY, ""));
            return bulletinPage(me, b, rows, version, Map.of(), false, model);
        }
        if (params.containsKey("preview")) {
            return bulletinPage(me, b, rows, version, Map.of(), true, model);
        }
        try {
            bulletins.update(me, id, version, rows);
            redirect.addFlashAttribute("notice", "assessment.page.saved");
            return "redirect:/assessment/bulletins/" + id;
        } catch (InvalidInput e) {
            return bulletinPage(me, b, rows, version, formErrors.of(e), false, model);
        }
    }

    @PostMapping("/bulletins/{id}/issue")
    String issue(Actor me, @PathVariable long id, @RequestParam(required = false) String docNumber, Model model,
            RedirectAttributes redirect) {
        try {
            bulletins.issue(me, id, docNumber);
            redirect.addFlashAttribute("notice", "assessment.page.issued");
            return "redirect:/assessment/bulletins/" + id;
        } catch (InvalidInput e) {
            Bulletin b = bulletins.get(me, id);
            model.addAttribute("docNumber", docNumber);
            return bulletinPage(me, b, b.paragraphs(), b.version(), formErrors.of(e), false, model);
        }
    }

    @GetMapping("/bulletins/{id}/docx")
    ResponseEntity<byte[]> bulletinDocx(Actor me, @PathVariable long id, HttpServletRequest request) {
        Bulletin b = bulletins.get(me, id);
        byte[] content = bulletins.docx(me, id);
        return Downloads.attachment(me, exports, request, "assessment_bulletin", id, Downloads.DOCX,
                Downloads.fileName(b.title(), ".docx"), content);
    }

    private String bulletinPage(Actor me, Bulletin b, List<Bulletin.Paragraph> rows, Integer version,
            Map<String, String> errors, boolean preview, Model model) {
        model.addAttribute("bulletin", b);
        model.addAttribute("scheme", schemes.get(me, b.schemeId()));
        model.addAttribute("rows", rows);
        model.addAttribute("version", version == null ? b.version() : version);
        model.addAttribute("editable", bulletins.mayEdit(me, b));
        model.addAttribute("preview", preview);
        model.addAttribute("styles", Bulletin.Paragraph.Style.values());
        model.addAttribute("errors", errors);
        return "assessment/bulletin";
    }

    private String step(Actor me, long id, Model model, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/assessment/schemes/" + id;
        } catch (InvalidInput e) {
            return page(me, schemes.get(me, id), formErrors.of(e), model);
        }
    }

    private String page(Actor me, Scheme s, Map<String, String> errors, Model model) {
        model.addAttribute("scheme", s);
        model.addAttribute("can", schemes.actionsFor(me, s).stream().map(Enum::name).toList());
        model.addAttribute("assessing", schemes.assessing(me, s));
        model.addAttribute("tree", SchemeTree.rows(s));
        List<RunView> visible = s.status() == SchemeStatus.DRAFT ? List.of() : runs.list(me, s.id());
        model.addAttribute("runs", visible);
        model.addAttribute("rankingVisible", s.status() == SchemeStatus.PUBLISHED
                || s.status() == SchemeStatus.IN_USE && schemes.assessing(me, s));
        model.addAttribute("bulletins", s.status() == SchemeStatus.PUBLISHED ? bulletins.list(me, s.id()) : List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("baseMax", s.baseMax());
        model.addAttribute("nextYear", s.status() == SchemeStatus.DRAFT ? s.year() : s.year() + 1);
        return "assessment/scheme";
    }

    private String form(Actor me, Model model, Scheme scheme, SchemeForm form, Map<String, String> errors,
            int spareCategories, int spareItems) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        UnitRef issuing = units.find(scheme != null ? scheme.issuingUnitId() : me.unitId()).orElseThrow();
        model.addAttribute("issuing", issuing);
        model.addAttribute("childRegions", regions.children(issuing.regionCode(), false).stream()
                .filter(r -> !units.inRegion(r.code()).isEmpty()).toList());
        model.addAttribute("regionUnits", units.inRegion(issuing.regionCode()).stream().filter(UnitRef::active).toList());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("noData", NoData.values());
        model.addAttribute("targetKinds", TargetKind.values());
        model.addAttribute("formulas", FormulaCatalog.all());
        model.addAttribute("figures", org.shuangda.assessment.FigureCatalog.all());
        model.addAttribute("categoryRows", form.categories().size() + spareCategories);
        model.addAttribute("itemRows", form.items().size() + spareItems);
        return "assessment/scheme-form";
    }
}
