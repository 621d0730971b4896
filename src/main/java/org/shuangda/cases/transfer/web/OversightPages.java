package org.shuangda.cases.transfer.web;

import java.util.Map;
import org.shuangda.cases.transfer.Oversight;
import org.shuangda.cases.transfer.TransferOpinion;
import org.shuangda.cases.transfer.Transfers;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prosecutor's page: cases above a threshold never transferred, the region's transfers, the opinions. */
@Controller
class OversightPages {

    private final Oversight oversight;
    private final Transfers transfers;
    private final FormErrors formErrors;

    OversightPages(Oversight oversight, Transfers transfers, FormErrors formErrors) {
        this.oversight = oversight;
        this.transfers = transfers;
        this.formErrors = formErrors;
    }

    @GetMapping("/oversight")
    String page(Actor me, Model model) {
        return page(me, model, Map.of());
    }

    @PostMapping("/oversight/opinions")
    String suggest(Actor me, @RequestParam long caseId, @RequestParam(required = false) String opinion, Model model,
            RedirectAttributes redirect) {
        try {
            oversight.suggest(me, caseId, opinion);
        } catch (InvalidInput e) {
            return page(me, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("opinionSent", true);
        return "redirect:/oversight";
    }

    @PostMapping("/oversight/opinions/{id}/answer")
    String answer(Actor me, @PathVariable long id, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        TransferOpinion opinion = oversight.find(me, id);
        try {
            oversight.answer(me, id, answer);
            redirect.addFlashAttribute("opinionAnswered", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("opinionError", formErrors.of(e));
        }
        return "redirect:/cases/" + opinion.caseId();
    }

    private String page(Actor me, Model model, Map<String, String> errors) {
        me.require(Permission.TRANSFER_OVERSEE);
        model.addAttribute("missed", oversight.missed(me));
        model.addAttribute("transfers", transfers.list(me, null, null));
        model.addAttribute("opinions", oversight.opinions(me, null));
        model.addAttribute("errors", errors);
        return "cases/transfers/oversight";
    }
}
