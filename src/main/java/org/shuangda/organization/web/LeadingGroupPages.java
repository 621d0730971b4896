package org.shuangda.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.LeadingGroup.Member;
import org.shuangda.organization.LeadingGroup.Position;
import org.shuangda.organization.LeadingGroups;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leading groups: the list, one group as the plan prints it, and an editor with a row per member. */
@Controller
@RequestMapping("/groups")
class LeadingGroupPages {

    private static final int SPARE_ROWS = 3;

    private final LeadingGroups groups;
    private final Units units;
    private final FormErrors formErrors;

    LeadingGroupPages(LeadingGroups groups, Units units, FormErrors formErrors) {
        this.groups = groups;
        this.units = units;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("groups", groups.list(me));
        return "organization/groups";
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("group", groups.get(me, id));
        return "organization/group";
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        return form(me, model, new LeadingGroup(null, "", "", null, null, null, "", "", "", null, List.of(), 0), Map.of());
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        return form(me, model, groups.get(me, id), Map.of());
    }

    /** Saves, or with {@code more} re-shows the form with extra empty member rows. */
    @PostMapping({"/new", "/{id}/edit"})
    String save(Actor me, @PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        LeadingGroup group = read(id, params);
        if (params.containsKey("more")) {
            model.addAttribute("spareRows", SPARE_ROWS * 2);
            return form(me, model, group, Map.of());
        }
        try {
            LeadingGroup saved = groups.save(me, group);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/groups/" + saved.id();
        } catch (InvalidInput e) {
            return form(me, model, group, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id) {
        groups.delete(me, id);
        return "redirect:/groups";
    }

    private String form(Actor me, Model model, LeadingGroup group, Map<String, String> errors) {
        model.addAttribute("group", group);
        model.addAttribute("errors", errors);
        model.addAttribute("positions", Position.values());
        model.addAttribute("units", units.pickable(me, Permission.UNIT_VIEW));
        model.addAttribute("officeUnits", units.pickable(me, Permission.UNIT_MANAGE));
        if (!model.containsAttribute("spareRows")) {
            model.addAttribute("spareRows", SPARE_ROWS);
        }
        return "organization/group-form";
    }

    /** Member rows arrive as parallel lists; a row left entirely blank is ignored. */
    private static LeadingGroup read(Long id, MultiValueMap<String, String> p) {
        List<String> positions = p.getOrDefault("position", List.of());
        List<String> names = p.getOrDefault("personName", List.of());
        List<String> titles = p.getOrDefault("title", List.of());
        List<String> unitIds = p.getOrDefault("memberUnitId", List.of());
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String name = at(names, i);
            String title = at(titles, i);
            Long unit = number(at(unitIds, i));
            if (name.isBlank() && title.isBlank() && unit == null) {
                continue;
            }
            members.add(new Member(position(at(positions, i)), name, title, unit, null));
        }
        String version = p.getFirst("version");
        return new LeadingGroup(id, p.getFirst("name"), p.getFirst("regionCode"), null, number(p.getFirst("officeUnitId")),
                null, p.getFirst("officeContact"), p.getFirst("officePhone"), p.getFirst("duties"),
                date(p.getFirst("establishedOn")), members, version == null ? 0 : Integer.parseInt(version));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static Position position(String value) {
        try {
            return Position.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static Long number(String value) {
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
