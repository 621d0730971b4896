package org.shuangda.organization.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangda.organization.Regions;
import org.shuangda.organization.Unit;
import org.shuangda.organization.UnitForm;
import org.shuangda.organization.UnitType;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Unit admin screens: list with search (htmx), create, edit, delete. */
@Controller
@RequestMapping("/units")
class UnitPages {

    private final Units units;
    private final Regions regions;
    private final FormErrors formErrors;

    UnitPages(Units units, Regions regions, FormErrors formErrors) {
        this.units = units;
        this.regions = regions;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) UnitType type,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false)
            String htmx, Model model) {
        Units.Page result = units.list(me, q, type, "", Math.max(page, 0), 50);
        model.addAttribute("result", result);
        model.addAttribute("depths", visibleDepths(result.units()));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", UnitType.values());
        return htmx != null ? "organization/units :: results" : "organization/units";
    }

    /**
     * Indent a unit only under ancestors shown on the same page: a county bureau whose parent is a city bureau
     * the viewer cannot see is a top-level row for that viewer.
     */
    static Map<Long, Integer> visibleDepths(List<Unit> shown) {
        Set<String> ids = shown.stream().map(u -> String.valueOf(u.id())).collect(Collectors.toSet());
        Map<Long, Integer> depths = new HashMap<>();
        for (Unit unit : shown) {
            String[] path = unit.path().replaceAll("^/|/$", "").split("/");
            int depth = 0;
            for (int i = 0; i < path.length - 1; i++) {
                depth += ids.contains(path[i]) ? 1 : 0;
            }
            depths.put(unit.id(), Math.min(depth, 3));
        }
        return depths;
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        return form(me, model, UnitForm.empty(), null, Map.of());
    }

    @PostMapping("/new")
    String create(Actor me, @ModelAttribute UnitForm form, Model model, RedirectAttributes redirect) {
        try {
            Unit unit = units.create(me, form);
            redirect.addFlashAttribute("saved", unit.name());
            return "redirect:/units";
        } catch (InvalidInput e) {
            return form(me, model, form, null, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String editForm(Actor me, @PathVariable long id, Model model) {
        Unit unit = units.get(me, id);
        return form(me, model, UnitForm.of(unit), unit, Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @RequestParam int version, @ModelAttribute UnitForm form, Model model,
            RedirectAttributes redirect) {
        Unit existing = units.get(me, id);
        try {
            Unit unit = units.update(me, id, form, version);
            redirect.addFlashAttribute("saved", unit.name());
            return "redirect:/units";
        } catch (InvalidInput e) {
            return form(me, model, form, existing, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            units.delete(me, id);
            redirect.addFlashAttribute("deleted", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", formErrors.of(e).get("unit"));
        }
        return "redirect:/units";
    }

    private String form(Actor me, Model model, UnitForm form, Unit existing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("unit", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("parents", units.pickable(me, Permission.UNIT_MANAGE));
        return "organization/unit-form";
    }
}
