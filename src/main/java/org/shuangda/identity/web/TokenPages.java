package org.shuangda.identity.web;

import org.shuangda.identity.TokenAdministration;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens: everyone's own (我的令牌: issue to oneself, shown once; revoke) and, for the security
 * administrator, every token in his scope (revoke). A token is never issued for someone else.
 */
@Controller
@RequestMapping("/admin/tokens")
class TokenPages {

    private final TokenAdministration tokens;
    private final FormErrors formErrors;

    TokenPages(TokenAdministration tokens, FormErrors formErrors) {
        this.tokens = tokens;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("mine", tokens.mine(me));
        model.addAttribute("tokens", tokens.list(me));
        return "identity/tokens";
    }

    /** {@code userId}, sent by older forms and scripts, may only name the signed-in user. */
    @PostMapping
    String issue(Actor me, @RequestParam(required = false) String userId,
            @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            if (userId != null && !userId.isBlank() && !userId.strip().equals(String.valueOf(me.userId()))) {
                throw new InvalidInput("userId", "tokens.selfOnly");
            }
            redirect.addFlashAttribute("issued", tokens.issue(me, name));
            return "redirect:/admin/tokens";
        } catch (InvalidInput e) {
            model.addAttribute("errors", formErrors.of(e));
            return list(me, model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(Actor me, @PathVariable long id) {
        tokens.revoke(me, id);
        return "redirect:/admin/tokens";
    }
}
