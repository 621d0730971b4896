package org.shuangda.inspections.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shuangda.entities.EntityType;
import org.shuangda.inspections.draw.Draw;
import org.shuangda.inspections.draw.Draws;
import org.shuangda.inspections.draw.InspectionItem;
import org.shuangda.inspections.draw.InspectionTasks;
import org.shuangda.inspections.draw.ItemDraft;
import org.shuangda.inspections.draw.Items;
import org.shuangda.inspections.draw.Plan;
import org.shuangda.inspections.draw.PlanDraft;
import org.shuangda.inspections.draw.Plans;
import org.shuangda.inspections.draw.Task;
import org.shuangda.inspections.draw.TaskDraft;
import org.shuangda.inspections.markets.KeyMarkets;
import org.shuangda.inspections.draw.TaskState;
import org.shuangda.organization.RegionLevel;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
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

/**
 * The office's pages for 双随机: the item list, plans with the joint share, tasks, and one task's page that walks
 * through 冻结名录库 → 输入公开随机数 → 摇号 → targets and inspectors (then redraw requests, approval, 检查结束).
 */
@Controller
class InspectionPages {

    private final Items items;
    private final Plans plans;
    private final InspectionTasks tasks;
    private final Draws draws;
    private final UnitDirectory units;
    private final Regions regions;
    private final FormErrors formErrors;
    private final KeyMarkets markets;

    InspectionPages(Items items, Plans plans, InspectionTasks tasks, Draws draws, UnitDirectory units, Regions regions,
            FormErrors formErrors, KeyMarkets markets) {
        this.items = items;
        this.markets = markets;
        this.plans = plans;
        this.tasks = tasks;
        this.draws = draws;
        this.units = units;
        this.regions = regions;
        this.formErrors = formErrors;
    }

    // --- items ---

    @GetMapping("/inspections/items")
    String items(Actor me, Model model) {
        return itemsPage(me, model, Map.of(), null);
    }

    @PostMapping("/inspections/items")
    String createItem(Actor me, @RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String checklist, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ItemDraft draft = new ItemDraft(unitId, name, legalBasis, kind, lines(checklist));
        try {
            items.create(me, draft);
        } catch (InvalidInput e) {
            response.setStatus(422);
            return itemsPage(me, model, formErrors.of(e), draft);
        }
        redirect.addFlashAttribute("notice", "inspection.notice.itemCreated");
        return "redirect:/inspections/items";
    }

    @GetMapping("/inspections/items/{id}")
    String item(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("item", items.get(me, id));
        model.addAttribute("errors", Map.of());
        return "inspections/item";
    }

    @PostMapping("/inspections/items/{id}")
    String updateItem(Actor me, @PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String checklist, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam int version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            items.update(me, id, new ItemDraft(null, name, legalBasis, kind, lines(checklist)), active, version);
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("item", items.get(me, id));
            model.addAttribute("errors", formErrors.of(e));
            return "inspections/item";
        }
        redirect.addFlashAttribute("notice", "inspection.notice.itemSaved");
        return "redirect:/inspections/items";
    }

    private String itemsPage(Actor me, Model model, Map<String, String> errors, ItemDraft draft) {
        model.addAttribute("items", items.list(me));
        model.addAttribute("units", units.inRegion(me.unitRegionCode()));
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        return "inspections/items";
    }

    // --- plans ---

    @GetMapping("/inspections/plans")
    String plans(Actor me, @RequestParam(required = false) Integer year, Model model) {
        return plansPage(me, year, model, Map.of());
    }

    @PostMapping("/inspections/plans")
    String createPlan(Actor me, @RequestParam(required = false) Integer year, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long leadUnitId, @RequestParam(defaultValue = "false") boolean joint,
            @RequestParam(required = false) List<Long> participatingUnitIds, @RequestParam(required = false) String note,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Plan plan;
        try {
            plan = plans.create(me, new PlanDraft(year, title, leadUnitId, joint, participatingUnitIds, note));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return plansPage(me, year, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("notice", "inspection.notice.planCreated");
        return "redirect:/inspections/tasks/new?planId=" + plan.id();
    }

    private String plansPage(Actor me, Integer year, Model model, Map<String, String> errors) {
        int shown = year != null ? year : LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE).getYear();
        model.addAttribute("plans", plans.list(me, null));
        model.addAttribute("share", plans.jointShare(me, shown));
        model.addAttribute("goal", org.shuangda.inspections.draw.JointShare.GOAL_PERCENT);
        model.addAttribute("year", shown);
        model.addAttribute("units", units.inRegion(me.unitRegionCode()));
        model.addAttribute("errors", errors);
        return "inspections/plans";
    }

    // --- tasks ---

    @GetMapping("/inspections/tasks")
    String tasks(Actor me, @RequestParam(required = false) Long planId, Model model) {
        model.addAttribute("tasks", tasks.list(me, planId));
        return "inspections/tasks";
    }

    @GetMapping("/inspections/tasks/new")
    String newTask(Actor me, @RequestParam(required = false) Long planId, Model model) {
        return taskForm(me, planId, model, Map.of());
    }

    @PostMapping("/inspections/tasks")
    String createTask(Actor me, @RequestParam(required = false) Long planId, @RequestParam(required = false) String title,
            @RequestParam(required = false) List<Long> itemIds, @RequestParam(defaultValue = "false") boolean targeted,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) BigDecimal ratioA, @RequestParam(required = false) BigDecimal ratioB,
            @RequestParam(required = false) BigDecimal ratioC, @RequestParam(required = false) BigDecimal ratioD,
            @RequestParam(required = false) LocalDate periodFrom, @RequestParam(required = false) LocalDate periodTo,
            @RequestParam(required = false) String repeatOverrideReason, @RequestParam(required = false) Long marketId,
            @RequestParam(required = false) String listed, @RequestParam(required = false) String industry, Model model,
            HttpServletResponse response) {
        Task task;
        try {
            task = tasks.create(me, new TaskDraft(planId, title, itemIds, targeted, regionCode,
                    entityType == null || entityType.isBlank() ? null : entityType, ratioA, ratioB, ratioC, ratioD,
                    periodFrom, periodTo, repeatOverrideReason, marketId, listed, industry));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return taskForm(me, planId, model, formErrors.of(e));
        }
        return "redirect:/inspections/tasks/" + task.id();
    }

    private String taskForm(Actor me, Long planId, Model model, Map<String, String> errors) {
        List<Plan> visible = plans.list(me, null);
        model.addAttribute("plans", visible);
        model.addAttribute("planId", planId);
        model.addAttribute("items", items.list(me).stream().filter(InspectionItem::active).toList());
        String path = me.unitRegionPath() == null ? "/" : me.unitRegionPath();
        model.addAttribute("regions", regions.within(path, RegionLevel.TOWN));
        model.addAttribute("entityTypes", EntityType.values());
        model.addAttribute("markets", markets.list(me, null, null));
        model.addAttribute("industries", org.shuangda.entities.Industry.values());
        int[] defaults = tasks.defaultRatios();
        model.addAttribute("defaults", Arrays.stream(defaults)
                .mapToObj(bp -> new BigDecimal(bp).movePointLeft(2).stripTrailingZeros().toPlainString()).toList());
        model.addAttribute("errors", errors);
        return "inspections/task-form";
    }

    @GetMapping("/inspections/tasks/{id}")
    String task(Actor me, @PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        return taskPage(me, id, page, model, Map.of());
    }

    @PostMapping("/inspections/tasks/{id}/{step}")
    String step(Actor me, @PathVariable long id, @PathVariable String step,
            @RequestParam(required = false) String entropy, @RequestParam(required = false) String entropySource,
            @RequestParam(required = false) Long redrawRequestId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long requestId, @RequestParam(required = false) LocalDate endedOn,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            switch (step) {
                case "prepare" -> draws.prepare(me, id);
                case "draw" -> draws.draw(me, id, new Draws.EntropyInput(entropy, entropySource, redrawRequestId));
                case "redraw-request" -> draws.requestRedraw(me, id, reason);
                case "redraw-approval" -> draws.approveRedraw(me, requestId == null ? -1 : requestId);
                case "end" -> tasks.end(me, id, endedOn);
                default -> throw new org.shuangda.shared.NotFoundProblem("step", step);
            }
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("failed", step);
            return taskPage(me, id, 1, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("notice", "inspection.notice." + step);
        return "redirect:/inspections/tasks/" + id;
    }

    private String taskPage(Actor me, long id, int targetPage, Model model, Map<String, String> errors) {
        Task task = tasks.get(me, id);
        model.addAttribute("task", task);
        model.addAttribute("taskItems", tasks.itemsOf(me, id));
        model.addAttribute("pool", draws.pool(me, id).map(PoolSummary::of).orElse(null));
        List<Draw> all = draws.history(me, id);
        model.addAttribute("draws", all);
        Draws.DrawPage latest = all.isEmpty() ? null : draws.page(me, all.get(all.size() - 1).id(), targetPage);
        model.addAttribute("latest", latest == null ? null : latest.draw());
        model.addAttribute("targets", latest == null ? null : latest.page());
        model.addAttribute("requests", draws.redrawRequests(me, id));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("errors", errors);
        return "inspections/task";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
