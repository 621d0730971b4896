package org.shuangda.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuangda.identity.Roles;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles as a matrix of permissions; editing needs ROLE_MANAGE with scope ALL (roles are global). */
@Controller
@RequestMapping("/admin/roles")
class RolePages {

    private final Roles roles;
    private final FormErrors formErrors;

    RolePages(Roles roles, FormErrors formErrors) {
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, Model model) {
        me.require(Permission.ROLE_MANAGE);
        model.addAttribute("roles", roles.all());
        model.addAttribute("permissions", Permission.values());
        model.addAttribute("editable", Roles.mayEdit(me));
        return "identity/roles";
    }

    @PostMapping
    String save(Actor me, @RequestParam(required = false) Long id, @RequestParam(defaultValue = "") String code,
            @RequestParam String nameZh, @RequestParam String nameEn,
            @RequestParam(name = "permission", required = false) List<Permission> permissions, Model model,
            RedirectAttributes redirect) {
        Set<Permission> granted = permissions == null ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        try {
            redirect.addFlashAttribute("saved", roles.save(me, id, code, nameZh, nameEn, granted).code());
            return "redirect:/admin/roles";
        } catch (InvalidInput e) {
            model.addAttribute("errors", formErrors.of(e));
            return list(me, model);
        }
    }

    @GetMapping("/{id}")
    String one(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("role", roles.get(id));
        return list(me, model);
    }

}
