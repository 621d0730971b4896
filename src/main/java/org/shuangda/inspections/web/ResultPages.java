package org.shuangda.inspections.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.inspections.draw.InspectionItem;
import org.shuangda.inspections.draw.ResultCode;
import org.shuangda.inspections.draw.ResultDraft;
import org.shuangda.inspections.draw.Results;
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

/**
 * Results: the drawn inspector's phone-sized list of targets and the result form (each checklist point, the
 * national result code, signature, whether enforcement is needed); the office's list with the publication clock.
 */
@Controller
class ResultPages {

    private final Results results;
    private final FormErrors formErrors;

    ResultPages(Results results, FormErrors formErrors) {
        this.results = results;
        this.formErrors = formErrors;
    }

    @GetMapping("/inspections/my")
    String mine(Actor me, Model model) {
        model.addAttribute("assignments", results.assignments(me));
        return "inspections/my";
    }

    @GetMapping("/inspections/results/new")
    String form(Actor me, @RequestParam long drawId, @RequestParam long entityId, Model model,
            HttpServletResponse response) {
        return formPage(me, drawId, entityId, model, Map.of(), response);
    }

    @PostMapping("/inspections/results")
    String record(Actor me, @RequestParam long drawId, @RequestParam long entityId,
            @RequestParam(required = false) String code, @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean signed,
            @RequestParam(defaultValue = "false") boolean needsEnforcement,
            @RequestParam(required = false) LocalDate inspectedOn, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<ResultDraft.PointOutcome> points = new ArrayList<>();
        for (int i = 0; form.containsKey("point_" + i); i++) {
            points.add(new ResultDraft.PointOutcome(form.get("point_" + i), form.get("outcome_" + i),
                    form.get("pointNote_" + i)));
        }
        try {
            results.record(me, drawId, entityId, new ResultDraft(code, points, note, signed, needsEnforcement,
                    inspectedOn));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return formPage(me, drawId, entityId, model, formErrors.of(e), response);
        }
        redirect.addFlashAttribute("notice", "inspection.notice.resultRecorded");
        return "redirect:/inspections/my";
    }

    private String formPage(Actor me, long drawId, long entityId, Model model, Map<String, String> errors,
            HttpServletResponse response) {
        var assignment = results.assignments(me).stream()
                .filter(a -> a.drawId() == drawId && a.entityId() == entityId).findFirst();
        if (assignment.isEmpty()) {
            throw new InvalidInput("inspector", "inspection.error.notDrawnInspector");
        }
        List<String> points = new ArrayList<>();
        for (InspectionItem i : results.checklist(me, drawId, entityId)) {
            points.addAll(i.checklist());
        }
        model.addAttribute("a", assignment.get());
        model.addAttribute("points", points.stream().distinct().toList());
        model.addAttribute("codes", ResultCode.values());
        model.addAttribute("today", results.today());
        model.addAttribute("errors", errors);
        return "inspections/result-form";
    }

    @GetMapping("/inspections/results")
    String list(Actor me, @RequestParam(defaultValue = "false") boolean unpublished, Model model) {
        model.addAttribute("results", results.list(me, unpublished));
        model.addAttribute("unpublished", unpublished);
        model.addAttribute("today", results.today());
        return "inspections/results";
    }

    @PostMapping("/inspections/results/{id}/publish")
    String publish(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        results.publish(me, id);
        redirect.addFlashAttribute("notice", "inspection.notice.resultPublished");
        return "redirect:/inspections/results";
    }
}
