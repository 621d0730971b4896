package org.shuangda.complaints.web;

import org.shuangda.complaints.FilingAction;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.RerouteRequest;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of a filing's page ({@code /filings/7/accept}, one per {@link FilingAction}); each redirects back
 * with "saved" or the reason it was refused, a split to the new tip.
 */
@Controller
@RequestMapping("/filings/{id}")
class FilingActions {

    private final FilingSteps steps;
    private final FormErrors formErrors;

    FilingActions(FilingSteps steps, FormErrors formErrors) {
        this.steps = steps;
        this.formErrors = formErrors;
    }

    @PostMapping("/{action}")
    String act(Actor me, @PathVariable long id, @PathVariable String action, FilingStep form,
            RedirectAttributes redirect) {
        FilingAction step = FilingAction.ofPath(action);
        try {
            Object done = steps.take(me, id, step, form);
            if (done instanceof FilingReceipt tip) {
                redirect.addFlashAttribute("created", tip);
                return "redirect:/filings/" + tip.id();
            }
            if (done instanceof RerouteRequest) {
                redirect.addFlashAttribute("rerouteRequested", true);
                return "redirect:/filings/" + id;
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionErrors", formErrors.of(e));
        }
        return "redirect:/filings/" + id;
    }
}
