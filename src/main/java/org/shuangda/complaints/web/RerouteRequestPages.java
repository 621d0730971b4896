package org.shuangda.complaints.web;

import org.shuangda.complaints.RerouteApprovals;
import org.shuangda.complaints.RerouteRequest;
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

/** The unit head's list of 转办 waiting for approval ({@link RerouteRequestApi} for the API). */
@Controller
class RerouteRequestPages {

    private final RerouteApprovals approvals;
    private final FormErrors formErrors;

    RerouteRequestPages(RerouteApprovals approvals, FormErrors formErrors) {
        this.approvals = approvals;
        this.formErrors = formErrors;
    }

    @GetMapping("/filings/reroute-requests")
    String list(Actor me, Model model) {
        model.addAttribute("requests", approvals.list(me));
        return "complaints/reroute-requests";
    }

    @PostMapping("/filings/reroute-requests/{id}/{decision:approve|refuse}")
    String decide(Actor me, @PathVariable long id, @PathVariable String decision,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            take(approvals, me, id, decision, note);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("actionErrors", formErrors.of(e));
        }
        return "redirect:/filings/reroute-requests";
    }

    static RerouteRequest take(RerouteApprovals approvals, Actor me, long id, String decision, String note) {
        return "approve".equals(decision) ? approvals.approve(me, id, note) : approvals.refuse(me, id, note);
    }
}
