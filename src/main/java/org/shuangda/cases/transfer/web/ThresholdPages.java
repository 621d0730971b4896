package org.shuangda.cases.transfer.web;

import java.math.BigDecimal;
import java.util.Map;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.transfer.AmountKind;
import org.shuangda.cases.transfer.CriminalThreshold;
import org.shuangda.cases.transfer.Thresholds;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 立案追诉标准 table: everyone signed in reads it; CASE_SETTINGS edits rows and adds new ones. */
@Controller
class ThresholdPages {

    private final Thresholds thresholds;
    private final FormErrors formErrors;

    ThresholdPages(Thresholds thresholds, FormErrors formErrors) {
        this.thresholds = thresholds;
        this.formErrors = formErrors;
    }

    @GetMapping("/thresholds")
    String page(Actor me, Model model) {
        return page(me, model, Map.of(), null);
    }

    @PostMapping({"/thresholds", "/thresholds/{id}"})
    String save(Actor me, @PathVariable(required = false) Long id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String charge, @RequestParam(required = false) AmountKind amountKind,
            @RequestParam(required = false) String minimum, @RequestParam(required = false) String basis,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "0") int version,
            Model model, RedirectAttributes redirect) {
        try {
            CriminalThreshold form = new CriminalThreshold(id, category, charge, amountKind, amount(minimum), basis,
                    active, 0, version, null);
            if (id == null) {
                thresholds.create(me, form, null);
            } else {
                thresholds.update(me, id, form);
            }
        } catch (InvalidInput e) {
            return page(me, model, formErrors.of(e), id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/thresholds";
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput("minimum", "threshold.minimum.range");
        }
    }

    private String page(Actor me, Model model, Map<String, String> errors, Long failedId) {
        var rows = thresholds.list(me);
        model.addAttribute("rows", rows);
        // a row's form is offered only to whom may change it (Configurable.CRIMINAL_THRESHOLD); others read it
        model.addAttribute("editable", rows.stream().filter(t -> thresholds.mayEdit(me, t))
                .map(CriminalThreshold::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayAdd", me.can(org.shuangda.shared.Permission.CASE_SETTINGS)
                && org.shuangda.shared.Configurable.CRIMINAL_THRESHOLD.mayEdit(me,
                        org.shuangda.shared.Configurable.CRIMINAL_THRESHOLD.ownLevel(me)));
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("amountKinds", AmountKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("failedId", failedId);
        return "cases/transfers/thresholds";
    }
}
