package org.shuangda.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.shuangda.identity.PasswordPolicy;
import org.shuangda.identity.SignInSteps;
import org.shuangda.identity.TwoFactor;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: 修改密码 (current + new twice), 双因素登录 (enrol with an authenticator app),
 * and the sign-in's second step (the code after the password). The forced steps ({@link SignInSteps}) send
 * the session here and nowhere else until done.
 */
@Controller
class AccountPages {

    private final Users users;
    private final TwoFactor twoFactor;
    private final SignInSteps steps;
    private final PasswordPolicy policy;
    private final FormErrors formErrors;

    AccountPages(Users users, TwoFactor twoFactor, SignInSteps steps, PasswordPolicy policy, FormErrors formErrors) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.steps = steps;
        this.policy = policy;
        this.formErrors = formErrors;
    }

    @GetMapping("/login/totp")
    String codeForm(HttpServletRequest request, Model model) {
        if (steps.open(request).filter(s -> s == SignInSteps.Step.SECOND_FACTOR).isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("errors", Map.of());
        return "identity/login-totp";
    }

    @PostMapping("/login/totp")
    String code(HttpServletRequest request, @RequestParam(defaultValue = "") String code, Model model) {
        if (steps.open(request).filter(s -> s == SignInSteps.Step.SECOND_FACTOR).isEmpty()) {
            return "redirect:/";
        }
        return switch (steps.submitSecondFactor(request, code)) {
            case ACCEPTED -> "redirect:/";
            case LOCKED -> "redirect:/login?error=locked";
            case WRONG -> {
                model.addAttribute("errors", formErrors.of(new InvalidInput("code", "totp.code.wrong")));
                yield "identity/login-totp";
            }
        };
    }

    @GetMapping("/account/password")
    String passwordForm(Actor me, Model model) {
        return passwordPage(me, model, Map.of());
    }

    @PostMapping("/account/password")
    String changePassword(Actor me, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(me, currentPassword, newPassword, repeatPassword);
        } catch (InvalidInput e) {
            return passwordPage(me, model, formErrors.of(e));
        }
        steps.refresh(request, response); // this session goes on; the user's other sessions end
        redirect.addFlashAttribute("passwordChanged", true);
        // reset by an administrator: the rights return only once the security administrator confirms (Users.confirmReset)
        redirect.addFlashAttribute("rightsSuspended", steps.rightsSuspended(me));
        return "redirect:/";
    }

    @GetMapping("/account/totp")
    String totp(Actor me, Model model) {
        return totpPage(me, model, Map.of());
    }

    @PostMapping("/account/totp/confirm")
    String confirmTotp(Actor me, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            twoFactor.confirm(me, code);
        } catch (InvalidInput e) {
            return totpPage(me, model, formErrors.of(e));
        }
        steps.refresh(request, response);
        redirect.addFlashAttribute("totpEnrolled", true);
        return "redirect:/account/totp";
    }

    private String passwordPage(Actor me, Model model, Map<String, String> errors) {
        model.addAttribute("forced", steps.mustChangePassword(me));
        model.addAttribute("rightsSuspended", steps.rightsSuspended(me));
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("errors", errors);
        return "identity/password";
    }

    private String totpPage(Actor me, Model model, Map<String, String> errors) {
        model.addAttribute("enrolment", twoFactor.enrolment(me).orElse(null));
        model.addAttribute("required", steps.totpRequiredFor(me));
        model.addAttribute("errors", errors);
        return "identity/totp";
    }
}
