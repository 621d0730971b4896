package org.shuangda.leadership.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.leadership.Meetings;
import org.shuangda.leadership.WorkGroup;
import org.shuangda.leadership.WorkGroups;
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

/** Work groups: the list, one group with its members, and an editor with a row per member. */
@Controller
@RequestMapping("/work-groups")
class WorkGroupPages {

    private static final int SPARE_ROWS = 3;

    private final WorkGroups workGroups;
    private final Meetings meetings;
    private final Units units;
    private final FormErrors formErrors;

    WorkGroupPages(WorkGroups workGroups, Meetings meetings, Units units, FormErrors formErrors) {
        this.workGroups = workGroups;
        this.meetings = meetings;
        this.units = units;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("workGroups", workGroups.list(me));
        model.addAttribute("mayCreate", !meetings.groupsToManage(me).isEmpty());
        return "leadership/work-groups";
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        WorkGroup group = workGroups.get(me, id);
        model.addAttribute("workGroup", group);
        model.addAttribute("mayManage", workGroups.mayManage(me, group));
        return "leadership/work-group";
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        var groups = meetings.groupsToManage(me);
        return form(me, model, new WorkGroup(null, groups.size() == 1 ? groups.get(0).id() : 0L, null, null, "", "",
                null, null, List.of(), 0), Map.of());
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        return form(me, model, workGroups.get(me, id), Map.of());
    }

    @PostMapping({"/new", "/{id}/edit"})
    String save(Actor me, @PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        WorkGroup group = read(id, params);
        if (params.containsKey("more")) {
            model.addAttribute("spareRows", SPARE_ROWS * 2);
            return form(me, model, group, Map.of());
        }
        try {
            WorkGroup saved = workGroups.save(me, group);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/work-groups/" + saved.id();
        } catch (InvalidInput e) {
            return form(me, model, group, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id, Model model) {
        try {
            workGroups.delete(me, id);
            return "redirect:/work-groups";
        } catch (InvalidInput e) {
            model.addAttribute("errors", formErrors.of(e));
            WorkGroup group = workGroups.get(me, id);
            model.addAttribute("workGroup", group);
            model.addAttribute("mayManage", workGroups.mayManage(me, group));
            return "leadership/work-group";
        }
    }

    private String form(Actor me, Model model, WorkGroup group, Map<String, String> errors) {
        model.addAttribute("workGroup", group);
        model.addAttribute("errors", errors);
        model.addAttribute("groups", meetings.groupsToManage(me));
        model.addAttribute("roles", WorkGroup.Role.values());
        model.addAttribute("units", units.pickable(me, Permission.UNIT_VIEW));
        if (!model.containsAttribute("spareRows")) {
            model.addAttribute("spareRows", group.members().isEmpty() ? 4 : SPARE_ROWS);
        }
        return "leadership/work-group-form";
    }

    /** Member rows arrive as parallel lists; a row left entirely blank is ignored. */
    private static WorkGroup read(Long id, MultiValueMap<String, String> p) {
        List<String> roles = p.getOrDefault("role", List.of());
        List<String> names = p.getOrDefault("personName", List.of());
        List<String> titles = p.getOrDefault("title", List.of());
        List<String> unitIds = p.getOrDefault("memberUnitId", List.of());
        List<WorkGroup.Member> members = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = at(names, i);
            String title = at(titles, i);
            Long unit = MeetingFormReader.number(at(unitIds, i));
            if (name.isBlank() && title.isBlank() && unit == null) {
                continue;
            }
            members.add(new WorkGroup.Member(role(at(roles, i)), name, title, unit, null));
        }
        Long group = MeetingFormReader.number(p.getFirst("leadingGroupId"));
        String version = p.getFirst("version");
        return new WorkGroup(id, group == null ? 0L : group, null, null, p.getFirst("name"), p.getFirst("duties"),
                MeetingFormReader.number(p.getFirst("leadUnitId")), null, members,
                version == null || !version.matches("\\d{1,9}") ? 0 : Integer.parseInt(version));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static WorkGroup.Role role(String value) {
        try {
            return WorkGroup.Role.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
