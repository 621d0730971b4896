package org.shuangda.cases.publication.web;

import java.util.Map;
import org.shuangda.cases.publication.PenaltyPublication;
import org.shuangda.cases.publication.PublicationStatus;
import org.shuangda.cases.publication.Publications;
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

/** The office's publication page: records to publish (due dates), published ones to correct or withdraw. */
@Controller
class PublicationPages {

    private final Publications publications;
    private final FormErrors formErrors;

    PublicationPages(Publications publications, FormErrors formErrors) {
        this.publications = publications;
        this.formErrors = formErrors;
    }

    @GetMapping("/publications")
    String list(Actor me, @RequestParam(required = false) PublicationStatus status, Model model) {
        return page(me, status, model, Map.of(), null);
    }

    @PostMapping("/publications/{id}/publish")
    String publish(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return run(me, id, model, redirect, "publication.published", () -> publications.publish(me, id));
    }

    @PostMapping("/publications/{id}/correct")
    String correct(Actor me, @PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String partyName, @RequestParam(required = false) String facts,
            @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String penalty,
            Model model, RedirectAttributes redirect) {
        return run(me, id, model, redirect, "publication.correctedNotice", () -> publications.correct(me, id, reason,
                new PenaltyPublication.Content(partyName, facts, legalBasis, penalty)));
    }

    @PostMapping("/publications/{id}/withdraw")
    String withdraw(Actor me, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return run(me, id, model, redirect, "publication.withdrawnNotice", () -> publications.withdraw(me, id, reason));
    }

    private String run(Actor me, long id, Model model, RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
        } catch (InvalidInput e) {
            return page(me, null, model, formErrors.of(e), id);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/publications";
    }

    private String page(Actor me, PublicationStatus status, Model model, Map<String, String> errors, Long failedId) {
        model.addAttribute("rows", publications.list(me, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PublicationStatus.values());
        model.addAttribute("today", publications.today());
        model.addAttribute("errors", errors);
        model.addAttribute("failedId", failedId);
        return "cases/publication/list";
    }
}
