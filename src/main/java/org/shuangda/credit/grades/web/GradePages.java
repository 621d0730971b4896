package org.shuangda.credit.grades.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shuangda.credit.grades.RiskGradeService;
import org.shuangda.credit.grades.RiskScheme;
import org.shuangda.credit.grades.RiskSchemeDraft;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /credit/grades}: the distribution of grades A–D in the reader's scope with filters (grade, place, name or
 * USCC) and the graded entities; {@code ?entity=} one entity's grade with its explanation and history;
 * {@code /credit/grades/scheme} the scoring scheme's versions, and for CREDIT_SETTINGS over every region the form
 * of a new version (a refused one comes back with the reasons beside the fields, 422).
 */
@Controller
@RequestMapping("/credit/grades")
class GradePages {

    static final int PAGE_SIZE = 50;

    private final RiskGradeService grades;
    private final FormErrors formErrors;
    private final MessageSource messages;

    GradePages(RiskGradeService grades, FormErrors formErrors, MessageSource messages) {
        this.grades = grades;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) Long entity, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String region, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        me.require(Permission.CREDIT_VIEW);
        if (entity != null) {
            model.addAttribute("view", grades.entity(me, entity, locale));
            return "credit/grade-entity";
        }
        model.addAttribute("overview", grades.overview(me, region, grade, q, page, PAGE_SIZE));
        model.addAttribute("regions", grades.regions(me));
        model.addAttribute("grade", grade == null ? "" : grade.strip().toUpperCase(Locale.ROOT));
        model.addAttribute("region", region == null ? "" : region.strip());
        model.addAttribute("q", q == null ? "" : q.strip());
        return "credit/grades";
    }

    @GetMapping("/scheme")
    String scheme(Actor me, Model model) {
        RiskScheme current = grades.scheme(me);
        return schemePage(me, current, RiskSchemeDraft.of(current), Map.of(), model);
    }

    @PostMapping("/scheme")
    String save(Actor me, @RequestParam Map<String, String> form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        me.require(Permission.CREDIT_SETTINGS);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("windowMonths", form.get("windowMonths"));
        for (String f : RiskSchemeDraft.WEIGHTS) {
            values.put(f, form.get(f));
        }
        for (String f : RiskSchemeDraft.THRESHOLDS) {
            values.put(f, form.get(f));
        }
        Integer basedOn = null;
        try {
            basedOn = form.get("basedOn") == null ? null : Integer.valueOf(form.get("basedOn").strip());
        } catch (NumberFormatException e) {
            // a tampered hidden field: treated as stale below
            basedOn = -1;
        }
        RiskSchemeDraft draft = new RiskSchemeDraft(values, form.get("note"), basedOn);
        try {
            RiskScheme saved = grades.saveScheme(me, draft);
            redirect.addFlashAttribute("notice", messages.getMessage("credit.grades.scheme.saved",
                    new Object[] {saved.version()}, locale));
            return "redirect:/credit/grades/scheme";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return schemePage(me, grades.scheme(me), draft, formErrors.of(e), model);
        }
    }

    private String schemePage(Actor me, RiskScheme current, RiskSchemeDraft form, Map<String, String> errors,
            Model model) {
        model.addAttribute("current", current);
        model.addAttribute("versions", grades.schemes(me));
        model.addAttribute("canEdit", grades.canEditScheme(me));
        model.addAttribute("form", form);
        model.addAttribute("weights", RiskSchemeDraft.WEIGHTS);
        model.addAttribute("thresholds", RiskSchemeDraft.THRESHOLDS);
        model.addAttribute("errors", errors);
        return "credit/grade-scheme";
    }
}
