package org.shuangda.identity.web;

import java.util.List;
import java.util.Map;
import org.shuangda.identity.PasswordPolicy;
import org.shuangda.identity.Roles;
import org.shuangda.identity.TwoFactor;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.Permission;
import org.shuangda.shared.ScopeKind;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User admin: list with search; the system administrator creates and edits accounts (no roles: 三员分立, see
 * {@link Users}), the security administrator grants their roles and scopes on the same page (the account fields
 * read-only for him); unlock, delete.
 */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private final Users users;
    private final Roles roles;
    private final Units units;
    private final FormErrors formErrors;
    private final TwoFactor twoFactor;
    private final PasswordPolicy passwordPolicy;

    UserPages(Users users, Roles roles, Units units, FormErrors formErrors, TwoFactor twoFactor,
            PasswordPolicy passwordPolicy) {
        this.users = users;
        this.roles = roles;
        this.units = units;
        this.formErrors = formErrors;
        this.twoFactor = twoFactor;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping
    String list(Actor me, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean suspended, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ListSort order = sort == null ? null : Users.COLUMNS.parse(sort, dir);
        model.addAttribute("result", users.list(me, q, suspended, order, Math.max(page, 0), 50));
        String filtered = ListSort.url("/admin/users", "q", q, "suspended", suspended ? "true" : null);
        model.addAttribute("sort", order == null ? Users.COLUMNS.fallback() : order);
        model.addAttribute("sortBase", filtered);
        model.addAttribute("base", order == null ? filtered : order.on(filtered));
        model.addAttribute("q", q);
        model.addAttribute("suspended", suspended);
        return htmx != null ? "identity/users :: results" : "identity/users";
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        me.require(Permission.USER_MANAGE); // accounts are the system administrator's (the security admin: 403)
        return form(me, model, UserForm.empty(), null, Map.of());
    }

    @PostMapping("/new")
    String create(Actor me, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        UserForm form = read(params);
        try {
            redirect.addFlashAttribute("saved", users.create(me, form).username());
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            return form(me, model, form, null, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String editForm(Actor me, @PathVariable long id, Model model) {
        UserView user = users.get(me, id);
        return form(me, model, editable(user, user.roles()), user, Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        UserView existing = users.get(me, id);
        // the account form carries no roles: they stay as they are (only grantRoles changes them)
        UserForm read = read(params);
        UserForm form = new UserForm(read.username(), read.displayName(), read.unitId(), read.phone(), read.email(),
                read.password(), read.enabled(), existing.roles());
        try {
            redirect.addFlashAttribute("saved",
                    users.update(me, id, form, Integer.parseInt(params.getFirst("version"))).username());
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            return form(me, model, form, existing, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/roles")
    String grant(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        UserView existing = users.get(me, id);
        UserForm form = read(params);
        try {
            String version = params.getFirst("version");
            if (version == null || !version.matches("\\d{1,9}")) {
                throw new InvalidInput("version", "error.staleVersion");
            }
            redirect.addFlashAttribute("granted",
                    users.grantRoles(me, id, form.roles(), Integer.parseInt(version)).username());
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            return form(me, model, editable(existing, form.roles()), existing, formErrors.of(e));
        }
    }

    private static UserForm editable(UserView user, List<UserForm.RoleGrant> roles) {
        return new UserForm(user.username(), user.displayName(), user.unitId(), user.phone(), user.email(), "",
                user.enabled(), roles);
    }

    /** The security administrator confirms a password reset after checking with the holder (see {@link Users#confirmReset}). */
    @PostMapping("/{id}/reset-confirmation")
    String confirmReset(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("resetConfirmed", users.confirmReset(me, id).username());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("resetProblem", formErrors.of(e).get("user"));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        users.unlock(me, id);
        redirect.addFlashAttribute("unlocked", true);
        return "redirect:/admin/users/" + id;
    }

    /** A user who lost the phone with the authenticator app: they sign in with the password and may enrol again. */
    @PostMapping("/{id}/totp/reset")
    String resetTotp(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        twoFactor.reset(me, id);
        redirect.addFlashAttribute("totpReset", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            users.delete(me, id);
            redirect.addFlashAttribute("deleted", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", formErrors.of(e).get("user"));
        }
        return "redirect:/admin/users";
    }

    /** Checked roles arrive as {@code role=CODE}, each with {@code scope_CODE} and {@code region_CODE}. */
    private static UserForm read(MultiValueMap<String, String> params) {
        List<String> codes = params.getOrDefault("role", List.of());
        List<UserForm.RoleGrant> grants = codes.stream().map(code -> new UserForm.RoleGrant(code,
                parseScope(params.getFirst("scope_" + code)), params.getFirst("region_" + code))).toList();
        String unit = params.getFirst("unitId");
        Long unitId = unit == null || !unit.matches("\\d{1,18}") ? null : Long.valueOf(unit);
        return new UserForm(params.getFirst("username"), params.getFirst("displayName"), unitId,
                params.getFirst("phone"), params.getFirst("email"), params.getFirst("password"),
                params.containsKey("enabled"), grants);
    }

    private static ScopeKind parseScope(String value) {
        try {
            return value == null ? null : ScopeKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String form(Actor me, Model model, UserForm form, UserView existing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("user", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", roles.all());
        model.addAttribute("grants", form.roles().stream().collect(java.util.stream.Collectors.toMap(
                UserForm.RoleGrant::roleCode, g -> g, (a, b) -> a)));
        model.addAttribute("scopes", ScopeKind.values());
        // the security administrator sees the account read-only: its unit is named, not picked
        model.addAttribute("units", me.can(Permission.USER_MANAGE) ? units.pickable(me, Permission.USER_MANAGE)
                : List.of());
        model.addAttribute("minLength", passwordPolicy.minLength());
        model.addAttribute("totpOn", existing != null && twoFactor.enrolled(me, existing.id()));
        // 三员分立: only another security administrator may confirm (not the holder, not who reset it)
        model.addAttribute("mayConfirmReset", existing != null && existing.rightsSuspended()
                && me.can(Permission.ROLE_MANAGE) && !me.isSystem() && me.userId() != existing.id()
                && !Long.valueOf(me.userId()).equals(existing.rightsSuspendedBy()));
        return "identity/user-form";
    }
}
