package org.shuangda.sampling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.sampling.Backups;
import org.shuangda.sampling.FollowUp;
import org.shuangda.sampling.FollowUps;
import org.shuangda.sampling.LabForm;
import org.shuangda.sampling.Laboratories;
import org.shuangda.sampling.Laboratory;
import org.shuangda.sampling.PlanForm;
import org.shuangda.sampling.SamplingDraw;
import org.shuangda.sampling.SamplingDraws;
import org.shuangda.sampling.SamplingFigures;
import org.shuangda.sampling.SamplingKind;
import org.shuangda.sampling.SamplingPlan;
import org.shuangda.sampling.SamplingPlans;
import org.shuangda.sampling.SamplingStage;
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

/**
 * Sampling's other pages: plans (list, page, form with its category rows), laboratories (list and form, ties), the
 * follow-ups (list, page with the outcome or push form), the backup store and the figures.
 */
@Controller
@RequestMapping("/sampling")
class SamplingPages {

    static final int CATEGORY_ROWS = 6;

    private final SamplingPlans plans;
    private final Laboratories labs;
    private final FollowUps followUps;
    private final Backups backups;
    private final SamplingFigures figures;
    private final SamplingDraws draws;
    private final FormErrors formErrors;

    SamplingPages(SamplingPlans plans, Laboratories labs, FollowUps followUps, Backups backups,
            SamplingFigures figures, SamplingDraws draws, FormErrors formErrors) {
        this.draws = draws;
        this.plans = plans;
        this.labs = labs;
        this.followUps = followUps;
        this.backups = backups;
        this.figures = figures;
        this.formErrors = formErrors;
    }

    @GetMapping("/plans")
    String plans(Actor me, Model model) {
        model.addAttribute("plans", plans.list(me, null));
        model.addAttribute("mayPlan", me.can(Permission.SAMPLING_HANDLE));
        return "sampling/plans";
    }

    @GetMapping("/plans/{id}")
    String plan(Actor me, @PathVariable long id, Model model) {
        return planPage(me, id, model, null, Map.of(), Map.of());
    }

    /**
     * The plan's page with its draws: the form that freezes a category's pool, each pool waiting with its hashes and
     * the entropy form, each draw with its inputs and its targets and samplers. {@code failedPool}: the pool whose
     * entropy form was refused (0: the freeze form), its errors and what was typed shown beside it.
     */
    private String planPage(Actor me, long id, Model model, Long failedPool, Map<String, String> typed,
            Map<String, String> errors) {
        SamplingPlan p = plans.get(me, id);
        model.addAttribute("plan", p);
        model.addAttribute("mayEdit", me.can(Permission.SAMPLING_HANDLE)
                && me.scopeFor(Permission.SAMPLING_HANDLE).coversUnit(p.unitPath(), p.regionPath()));
        SamplingDraws.PlanDraws d = draws.ofPlan(me, id);
        Map<String, Integer> drawsPerCategory = new HashMap<>();
        for (SamplingDraw x : d.draws()) {
            drawsPerCategory.merge(x.category(), 1, Integer::sum);
        }
        model.addAttribute("draws", d.draws());
        model.addAttribute("pendingPools", d.pending());
        model.addAttribute("drawsPerCategory", drawsPerCategory);
        model.addAttribute("entityTypes", org.shuangda.entities.EntityType.values());
        model.addAttribute("failedPool", failedPool);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "sampling/plan";
    }

    @PostMapping("/plans/{id}/draws/pools")
    String freezePool(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        try {
            var pool = draws.freeze(me, id, new SamplingDraws.PoolForm(f.text("category"), f.text("stage"),
                    f.text("entityType"), f.integer("count"), f.integer("samplersPerTarget")));
            redirect.addFlashAttribute("frozen", pool.poolHash());
            return "redirect:/sampling/plans/" + id + "#pool-" + pool.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return planPage(me, id, model, 0L, params.toSingleValueMap(), formErrors.of(e));
        }
    }

    @PostMapping("/plans/{id}/draws")
    String draw(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        try {
            SamplingDraw d = draws.draw(me, id, new SamplingDraws.DrawForm(f.number("poolId"), f.text("entropy"),
                    f.text("entropySource"), f.text("reason")));
            redirect.addFlashAttribute("drawn", d.id());
            return "redirect:/sampling/plans/" + id + "#draw-" + d.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            Long pool = f.number("poolId");
            return planPage(me, id, model, pool == null ? -1L : pool, params.toSingleValueMap(), formErrors.of(e));
        }
    }

    @GetMapping("/plans/new")
    String newPlan(Actor me, Model model) {
        me.require(Permission.SAMPLING_HANDLE);
        Map<String, String> typed = new HashMap<>();
        typed.put("year", Integer.toString(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear()));
        typed.put("kind", "FOOD");
        typed.put("samplersPerSample", "2");
        return planForm(me, model, null, typed, List.of(), List.of(), Map.of());
    }

    @GetMapping("/plans/{id}/edit")
    String editPlan(Actor me, @PathVariable long id, Model model) {
        me.require(Permission.SAMPLING_HANDLE);
        SamplingPlan p = plans.get(me, id);
        Map<String, String> typed = new HashMap<>();
        typed.put("year", Integer.toString(p.year()));
        typed.put("title", p.title());
        typed.put("kind", p.kind().name());
        typed.put("population", p.population() == null ? "" : p.population().toString());
        typed.put("targetPerThousand", p.targetPerThousand() == null ? "" : p.targetPerThousand().toPlainString());
        typed.put("samplersPerSample", Integer.toString(p.samplersPerSample()));
        typed.put("note", p.note());
        typed.put("version", Integer.toString(p.version()));
        List<String[]> rows = p.categories().stream().map(c -> new String[] {c.name(), Integer.toString(c.batches()),
                String.join("、", c.items()), c.standards()}).toList();
        return planForm(me, model, p, typed, p.stages().stream().map(Enum::name).toList(), rows, Map.of());
    }

    @PostMapping({"/plans", "/plans/{id}"})
    String savePlan(Actor me, @PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        List<String[]> rows = categoryRows(params);
        PlanForm form = new PlanForm(f.integer("year"), f.text("title"), f.text("kind"), null, f.all("stages"),
                f.integer("population"), f.decimal("targetPerThousand"), f.integer("samplersPerSample"), f.text("note"),
                rows.stream().filter(r -> !r[0].isBlank()).map(r -> new PlanForm.CategoryForm(r[0],
                        FormValues.toNumber(r[1]) == null ? null : FormValues.toNumber(r[1]).intValue(), List.of(r[2]),
                        r[3])).toList(), f.numbers("labIds"), f.integer("version"));
        try {
            SamplingPlan saved = id == null ? plans.create(me, form) : plans.update(me, id, form);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/sampling/plans/" + saved.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return planForm(me, model, id == null ? null : plans.get(me, id), params.toSingleValueMap(),
                    f.all("stages"), rows, formErrors.of(e));
        }
    }

    private String planForm(Actor me, Model model, SamplingPlan plan, Map<String, String> typed, List<String> stages,
            List<String[]> rows, Map<String, String> errors) {
        List<String[]> filled = new ArrayList<>(rows);
        while (filled.size() < CATEGORY_ROWS) {
            filled.add(new String[] {"", "", "", ""});
        }
        model.addAttribute("plan", plan);
        model.addAttribute("typed", typed);
        model.addAttribute("chosenStages", stages);
        model.addAttribute("rows", filled);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", SamplingKind.values());
        model.addAttribute("stages", SamplingStage.values());
        model.addAttribute("labs", labs.list(me).stream().filter(Laboratory::active).toList());
        model.addAttribute("chosenLabs", plan == null ? List.of() : plan.labIds());
        return "sampling/plan-form";
    }

    private static List<String[]> categoryRows(MultiValueMap<String, String> params) {
        List<String> names = params.getOrDefault("categoryName", List.of());
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < names.size() && i < 200; i++) {
            rows.add(new String[] {nz(names.get(i)), nz(at(params, "categoryBatches", i)), nz(at(params, "categoryItems", i)),
                nz(at(params, "standards", i))});
        }
        return rows;
    }

    private static String at(MultiValueMap<String, String> params, String name, int i) {
        List<String> values = params.getOrDefault(name, List.of());
        return i < values.size() ? values.get(i) : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    @GetMapping("/labs")
    String labs(Actor me, Model model) {
        model.addAttribute("labs", labs.list(me));
        model.addAttribute("mayEdit", me.can(Permission.SAMPLING_SETTINGS));
        model.addAttribute("kinds", SamplingKind.values());
        model.addAttribute("typed", Map.of());
        model.addAttribute("errors", Map.of());
        return "sampling/labs";
    }

    @PostMapping("/labs")
    String createLab(Actor me, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        try {
            Laboratory l = labs.create(me, new LabForm(f.text("name"), f.number("unitId"), f.text("accreditation"),
                    f.all("kinds"), f.text("labScope"), f.checked("published"), true, null));
            redirect.addFlashAttribute("saved", l.name());
            return "redirect:/sampling/labs";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("labs", labs.list(me));
            model.addAttribute("mayEdit", me.can(Permission.SAMPLING_SETTINGS));
            model.addAttribute("kinds", SamplingKind.values());
            model.addAttribute("typed", params.toSingleValueMap());
            model.addAttribute("errors", formErrors.of(e));
            return "sampling/labs";
        }
    }

    @PostMapping("/labs/{id}/ties")
    String tie(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        try {
            labs.tie(me, id, new Laboratory.Tie(f.text("uscc"), f.text("entityName"), f.text("kind"), f.text("note")));
            redirect.addFlashAttribute("saved", labs.get(me, id).name());
            return "redirect:/sampling/labs";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("labs", labs.list(me));
            model.addAttribute("mayEdit", me.can(Permission.SAMPLING_SETTINGS));
            model.addAttribute("kinds", SamplingKind.values());
            model.addAttribute("typed", Map.of());
            model.addAttribute("errors", formErrors.of(e));
            return "sampling/labs";
        }
    }

    @GetMapping("/follow-ups")
    String followUps(Actor me, @RequestParam(defaultValue = "false") boolean open, Model model) {
        model.addAttribute("followUps", followUps.list(me, open));
        model.addAttribute("open", open);
        return "sampling/follow-ups";
    }

    @GetMapping("/follow-ups/{id}")
    String followUp(Actor me, @PathVariable long id, Model model) {
        return followUpPage(me, id, model, Map.of());
    }

    @PostMapping("/follow-ups/{id}")
    String recordFollowUp(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        try {
            if ("push".equals(f.text("step"))) {
                followUps.push(me, id, f.text("pushedTo"));
            } else {
                followUps.record(me, id, new FollowUps.Outcome(f.checked("recalled"), f.checked("removed"),
                        f.text("measures"), f.checked("violation"), f.text("finding"), f.integer("version")));
            }
        } catch (InvalidInput e) {
            response.setStatus(422);
            return followUpPage(me, id, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/sampling/follow-ups/" + id;
    }

    private String followUpPage(Actor me, long id, Model model, Map<String, String> errors) {
        FollowUp f = followUps.get(me, id);
        model.addAttribute("f", f);
        model.addAttribute("clock", followUps.clock(f));
        model.addAttribute("rectify", followUps.rectifyClock(f).orElse(null));
        model.addAttribute("errors", errors);
        boolean handles = me.can(Permission.SAMPLING_HANDLE);
        model.addAttribute("mayRecord", handles && f.state() == FollowUp.State.OPEN && f.unitId() != null
                && me.scopeFor(Permission.SAMPLING_HANDLE).coversUnit(f.unitPath(), f.regionPath()));
        model.addAttribute("mayPush", handles && f.state() == FollowUp.State.OUTSIDE
                && me.scopeFor(Permission.SAMPLING_HANDLE).coversUnit(f.sampleUnitPath(), f.sampleRegionPath()));
        return "sampling/follow-up";
    }

    @GetMapping("/backups")
    String backups(Actor me, @RequestParam(defaultValue = "false") boolean due, Model model) {
        model.addAttribute("backups", backups.list(me, due));
        model.addAttribute("due", due);
        model.addAttribute("alarmDays", Backups.ALARM_DAYS);
        return "sampling/backups";
    }

    @GetMapping("/figures")
    String figures(Actor me, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String regionCode, Model model) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate start = FormValues.toDate(from) == null ? today.withDayOfYear(1) : FormValues.toDate(from);
        LocalDate end = FormValues.toDate(to) == null ? today : FormValues.toDate(to);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("f", figures.of(me, regionCode, null, start, end));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInput e) {
            model.addAttribute("f", null);
            model.addAttribute("errors", formErrors.of(e));
        }
        model.addAttribute("regionCode", regionCode == null || regionCode.isBlank() ? me.unitRegionCode()
                : regionCode.strip());
        return "sampling/figures";
    }
}
