package org.shuangda.audit.web;

import java.util.List;
import java.util.Map;
import org.shuangda.audit.AuditChain;
import org.shuangda.audit.AuditLog;
import org.shuangda.audit.AuditQuery;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page (审计日志): filters, entries within the viewer's scope, and the chain check button. */
@Controller
@RequestMapping("/audit")
class AuditPageController {

    private final AuditLog log;
    private final AuditChain chain;
    private final FormErrors formErrors;

    AuditPageController(AuditLog log, AuditChain chain, FormErrors formErrors) {
        this.log = log;
        this.chain = chain;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @ModelAttribute("filter") AuditFilterForm filter,
            @RequestParam(name = "before", required = false) String olderThan,
            @RequestParam(name = "after", required = false) String newerThan, Model model) {
        model.addAttribute("pendingCount", log.pendingCount(me));
        model.addAttribute("actions", AuditAction.values());
        try {
            AuditQuery query = filter.parse(olderThan, newerThan);
            model.addAttribute("page", log.search(me, query));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInput e) {
            model.addAttribute("page", new AuditLog.Page(List.of(), null, null));
            model.addAttribute("errors", formErrors.of(e));
        }
        return "audit/list";
    }

    /** The htmx answer to the "verify chain" button: a green or red alert. */
    @GetMapping("/verify")
    String verify(Actor me, Model model) {
        model.addAttribute("verification", chain.verify(me));
        return "audit/list :: verification";
    }

}
