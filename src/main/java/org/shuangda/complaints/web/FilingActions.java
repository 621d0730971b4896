package org.shuangda.complaints.web;

import java.util.function.Supplier;
import org.shuangda.complaints.FilingHandling;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.FilingRouting;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.RefusalGround;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of a filing's page; each redirects back with "saved" or the reason it was refused. */
@Controller
@RequestMapping("/filings/{id}")
class FilingActions {

    private final FilingHandling handling;
    private final FilingRouting routing;
    private final FormErrors formErrors;

    FilingActions(FilingHandling handling, FilingRouting routing, FormErrors formErrors) {
        this.handling = handling;
        this.routing = routing;
        this.formErrors = formErrors;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, RedirectAttributes r) {
        return run(id, r, () -> handling.accept(id));
    }

    @PostMapping("/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String explanation, RedirectAttributes r) {
        return run(id, r, () -> handling.refuse(id, ground == null || ground.isBlank() ? null
                : FilingApi.parse(RefusalGround.class, ground, "ground"), explanation));
    }

    @PostMapping("/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes r) {
        return run(id, r, () -> handling.answer(id, text));
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String resultText, RedirectAttributes r) {
        return run(id, r, () -> handling.close(id, outcome == null || outcome.isBlank() ? null
                : FilingApi.parse(Outcome.class, outcome, "outcome"), resultText));
    }

    @PostMapping("/refer")
    String refer(@PathVariable long id, RedirectAttributes r) {
        return run(id, r, () -> handling.referToCases(id));
    }

    @PostMapping("/extend")
    String extend(@PathVariable long id, @RequestParam(required = false) String approval, RedirectAttributes r) {
        return run(id, r, () -> handling.extendVerification(id, approval));
    }

    @PostMapping("/notified")
    String notified(@PathVariable long id, RedirectAttributes r) {
        return run(id, r, () -> handling.markNotified(id));
    }

    @PostMapping("/reroute")
    String reroute(@PathVariable long id, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String reason, RedirectAttributes r) {
        return run(id, r, () -> {
            if (unitId == null) {
                throw new InvalidInput("unitId", "error.required");
            }
            return routing.reroute(id, unitId, reason);
        });
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @RequestParam long primaryId, RedirectAttributes r) {
        return run(id, r, () -> routing.merge(id, primaryId));
    }

    @PostMapping("/split")
    String split(@PathVariable long id, @RequestParam(required = false) String tipContent, RedirectAttributes r) {
        try {
            FilingReceipt tip = routing.split(id, tipContent);
            r.addFlashAttribute("created", tip);
            return "redirect:/filings/" + tip.id();
        } catch (InvalidInput e) {
            r.addFlashAttribute("actionErrors", formErrors.of(e));
            return "redirect:/filings/" + id;
        }
    }

    private String run(long id, RedirectAttributes r, Supplier<?> action) {
        try {
            action.get();
            r.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            r.addFlashAttribute("actionErrors", formErrors.of(e));
        }
        return "redirect:/filings/" + id;
    }
}
