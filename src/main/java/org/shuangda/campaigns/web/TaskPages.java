package org.shuangda.campaigns.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.campaigns.ProgressKind;
import org.shuangda.campaigns.TaskAction;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.TaskForm;
import org.shuangda.campaigns.TaskReports;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.Tasks;
import org.shuangda.organization.Region;
import org.shuangda.organization.RegionLevel;
import org.shuangda.organization.Regions;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tasks: "我的任务", one task with its history and the progress form, the task editor for the office. */
@Controller
class TaskPages {

    private final Tasks tasks;
    private final TaskReports reports;
    private final Campaigns campaigns;
    private final Units units;
    private final FormErrors formErrors;

    private final Regions regions;

    private final ExportAudit exports;

    TaskPages(Tasks tasks, TaskReports reports, Campaigns campaigns, Units units, Regions regions, FormErrors formErrors,
            ExportAudit exports) {
        this.exports = exports;
        this.regions = regions;
        this.tasks = tasks;
        this.reports = reports;
        this.campaigns = campaigns;
        this.units = units;
        this.formErrors = formErrors;
    }

    @GetMapping("/tasks/mine")
    String mine(Actor me, Model model) {
        long unit = me.unitId();
        List<TaskRow> rows = tasks.list(me, TaskFilter.ofUnit(unit));
        model.addAttribute("led", rows.stream().filter(r -> r.task().leadUnitId() == unit).toList());
        model.addAttribute("cooperating", rows.stream().filter(r -> r.task().leadUnitId() != unit).toList());
        return "campaigns/mine";
    }

    @GetMapping("/tasks/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model, Map.of(), null);
    }

    @PostMapping("/tasks/{id}/progress")
    String report(Actor me, @PathVariable long id, @RequestParam(required = false) ProgressKind kind,
            @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            reports.report(me, id, kind, text, file == null ? null
                    : new TaskReports.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        } catch (InvalidInput e) {
            return page(me, id, model, formErrors.of(e), text);
        }
        redirect.addFlashAttribute("progressSaved", true);
        return "redirect:/tasks/" + id;
    }

    /** A step without input: the buttons post to {@code /tasks/{id}/complete} and {@code …/reopen}. */
    @PostMapping("/tasks/{id}/{step:complete|reopen}")
    String take(Actor me, @PathVariable long id, @PathVariable String step) {
        reports.take(me, id, TaskAction.ofPath(step));
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/tasks/{id}/progress/{progressId}/attachment")
    ResponseEntity<Resource> attachment(Actor me, @PathVariable long id, @PathVariable long progressId,
            HttpServletRequest request) {
        return Downloads.of(reports.attachment(me, id, progressId), progressId, me, exports, request);
    }

    @GetMapping("/campaigns/{campaignId}/tasks/new")
    String createForm(Actor me, @PathVariable long campaignId, Model model) {
        Campaign campaign = campaigns.getToManage(me, campaignId);
        return form(me, model, campaign, null,
                new TaskForm("", "", "", null, List.of(), campaign.endsOn(), false, null, 0), Map.of());
    }

    @GetMapping("/tasks/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        TaskRow row = tasks.get(me, id);
        return form(me, model, campaigns.getToManage(me, row.task().campaignId()), id, TaskForm.of(row.task()),
                Map.of());
    }

    @PostMapping({"/campaigns/{campaignId}/tasks/new", "/tasks/{id}/edit"})
    String save(Actor me, @PathVariable(required = false) Long campaignId, @PathVariable(required = false) Long id,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        TaskForm form = CampaignFormReader.task(params);
        long campaign = campaignId != null ? campaignId : tasks.get(me, id).task().campaignId();
        try {
            TaskRow saved = id == null ? tasks.create(me, campaign, form) : tasks.update(me, id, form);
            redirect.addFlashAttribute("taskSaved", true);
            return "redirect:/tasks/" + saved.task().id();
        } catch (InvalidInput e) {
            return form(me, model, campaigns.getToManage(me, campaign), id, form, formErrors.of(e));
        }
    }

    @PostMapping("/tasks/{id}/delete")
    String delete(Actor me, @PathVariable long id) {
        long campaign = tasks.get(me, id).task().campaignId();
        tasks.delete(me, id);
        return "redirect:/campaigns/" + campaign;
    }

    private String page(Actor me, long id, Model model, Map<String, String> errors, String text) {
        TaskRow row = tasks.get(me, id);
        List<TaskAction> actions = tasks.actionsFor(me, row.task());
        model.addAttribute("row", row);
        model.addAttribute("task", row.task());
        model.addAttribute("actions", actions);
        // the progress form reports progress where the party may, else it adds a note, else it is not shown
        model.addAttribute("entryKind", actions.contains(TaskAction.REPORT_PROGRESS) ? ProgressKind.PROGRESS
                : actions.contains(TaskAction.ADD_NOTE) ? ProgressKind.NOTE : null);
        model.addAttribute("history", reports.history(me, id));
        model.addAttribute("errors", errors);
        model.addAttribute("text", text);
        return "campaigns/task";
    }

    private String form(Actor me, Model model, Campaign campaign, Long id, TaskForm form, Map<String, String> errors) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("taskId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        pickable(me, campaign).values().forEach(g -> g.forEach(u -> names.put(u.id(), u.name())));
        model.addAttribute("unitNames", names); // the chosen units' names; the unit picker searches the rest
        model.addAttribute("chosenCooperators", form.cooperatorIds() == null ? List.of()
                : form.cooperatorIds().stream().distinct().filter(names::containsKey).toList());
        return "campaigns/task-form";
    }

    /**
     * The units a task may name: those of the campaign's whole region subtree (a city campaign: the city's
     * units and its counties'), within the caller's own scope, grouped by region in region order.
     */
    private Map<String, List<org.shuangda.organization.Unit>> pickable(Actor me, Campaign campaign) {
        java.util.Set<String> subtree = campaign.regionCode() == null ? null
                : regions.find(campaign.regionCode()).map(r -> regions.within(r.path(), RegionLevel.TOWN).stream()
                        .map(Region::code).collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of(campaign.regionCode()));
        Map<String, List<org.shuangda.organization.Unit>> groups = new java.util.LinkedHashMap<>();
        units.pickable(me, Permission.UNIT_VIEW).stream()
                .filter(u -> subtree == null || subtree.contains(u.regionCode()) || u.regionCode().equals(campaign.regionCode()))
                .forEach(u -> groups.computeIfAbsent(u.regionName(), r -> new java.util.ArrayList<>()).add(u));
        return groups;
    }
}
