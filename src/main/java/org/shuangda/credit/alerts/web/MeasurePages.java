package org.shuangda.credit.alerts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.shuangda.credit.alerts.CreditList;
import org.shuangda.credit.alerts.Measure;
import org.shuangda.credit.alerts.MeasureForm;
import org.shuangda.credit.alerts.MeasureLevel;
import org.shuangda.credit.alerts.Measures;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue page: everyone with CREDIT_VIEW reads it; CREDIT_SETTINGS adds, edits and removes measures. */
@Controller
@RequestMapping("/credit/measures")
class MeasurePages {

    private final Measures measures;
    private final FormErrors formErrors;

    private final org.shuangda.organization.Regions regions;

    MeasurePages(Measures measures, FormErrors formErrors, org.shuangda.organization.Regions regions) {
        this.regions = regions;
        this.measures = measures;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, Model model) {
        var all = measures.list(me);
        model.addAttribute("measures", all);
        model.addAttribute("ownerNames", OwnerNames.of(regions, all.stream().map(Measure::owner).toList()));
        model.addAttribute("mayAdd", measures.mayAdd(me));
        model.addAttribute("editable", all.stream().filter(m -> measures.mayEdit(me, m)).map(Measure::id)
                .collect(java.util.stream.Collectors.toSet()));
        return "credit/measures";
    }

    @GetMapping("/new")
    String newForm(Actor me, Model model) {
        me.require(Permission.CREDIT_SETTINGS);
        return form(model, null, blank(), Map.of());
    }

    @PostMapping
    String create(Actor me, @ModelAttribute MeasureForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Measure m = measures.create(me, form);
            redirect.addFlashAttribute("saved", m.item());
            return "redirect:/credit/measures";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, null, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(Actor me, @PathVariable long id, Model model) {
        me.require(Permission.CREDIT_SETTINGS);
        Measure m = measures.get(me, id);
        if (!measures.mayEdit(me, m)) {
            throw new org.shuangda.shared.AccessDeniedProblem("measure " + id + " is kept by another level");
        }
        return form(model, m, formOf(m), Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute MeasureForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Measure m = measures.update(me, id, form);
            redirect.addFlashAttribute("saved", m.item());
            return "redirect:/credit/measures";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, measures.get(me, id), form, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        measures.delete(me, id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/credit/measures";
    }

    private String form(Model model, Measure measure, MeasureForm form, Map<String, String> errors) {
        model.addAttribute("measure", measure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lists", CreditList.values());
        model.addAttribute("levels", MeasureLevel.values());
        return "credit/measure-form";
    }

    private static MeasureForm blank() {
        return new MeasureForm(CreditList.SERIOUS.name(), null, null, null, null, MeasureLevel.PROVINCIAL.name(), 100,
                true, null);
    }

    private static MeasureForm formOf(Measure m) {
        return new MeasureForm(m.appliesTo().name(), m.item(), m.content(), m.target(), m.legalBasis(),
                m.level().name(), m.sortOrder(), m.active(), m.version());
    }
}
