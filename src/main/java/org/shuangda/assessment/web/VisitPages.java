package org.shuangda.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shuangda.assessment.supervision.Visit;
import org.shuangda.assessment.supervision.VisitForm;
import org.shuangda.assessment.supervision.VisitRecord;
import org.shuangda.assessment.supervision.Visits;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
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
 * 督查 on the web: the visits of the office and to the reader's unit, a form to plan one, and one page per visit with
 * the checklist, the record form, and each finding's rectification (the unit reports, the office closes or sends
 * back), overdue ones marked.
 */
@Controller
@RequestMapping("/supervision/visits")
class VisitPages {

    private static final int FINDING_ROWS = 3;

    private final Visits visits;
    private final UnitDirectory units;
    private final FormErrors formErrors;

    VisitPages(Visits visits, UnitDirectory units, FormErrors formErrors) {
        this.visits = visits;
        this.units = units;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("visits", visits.list(me));
        model.addAttribute("mayPlan", visits.mayPlan(me));
        model.addAttribute("today", visits.today());
        return "assessment/visits";
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        return form(me, model, null, new VisitForm(null, null, "", visits.today().plusDays(7), List.of(), 0), Map.of());
    }

    @PostMapping("/new")
    String create(Actor me, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        VisitForm form = read(params);
        try {
            Visit v = visits.plan(me, form);
            redirect.addFlashAttribute("notice", "assessment.page.saved");
            return "redirect:/supervision/visits/" + v.id();
        } catch (InvalidInput e) {
            return form(me, model, null, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        Visit v = visits.get(me, id);
        return form(me, model, v, new VisitForm(v.officeUnitId(), v.unitId(), v.title(), v.plannedOn(),
                v.checks().stream().map(Visit.Check::text).toList(), v.version()), Map.of());
    }

    @PostMapping("/{id}/edit")
    String update(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Visit v = visits.get(me, id);
        VisitForm form = read(params);
        try {
            visits.update(me, id, form);
            redirect.addFlashAttribute("notice", "assessment.page.saved");
            return "redirect:/supervision/visits/" + id;
        } catch (InvalidInput e) {
            return form(me, model, v, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, visits.get(me, id), Map.of(), model);
    }

    @PostMapping("/{id}/record")
    String record(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Visit v = visits.get(me, id);
        List<VisitRecord.CheckOutcome> checks = new ArrayList<>();
        for (Visit.Check c : v.checks()) {
            checks.add(new VisitRecord.CheckOutcome(c.seq(),
                    FormValues.enumOf(Visit.Outcome.class, params.getFirst("outcome" + c.seq())),
                    params.getFirst("note" + c.seq())));
        }
        List<String> texts = params.getOrDefault("findingText", List.of());
        List<String> dues = params.getOrDefault("findingDue", List.of());
        List<VisitRecord.FindingForm> findings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            findings.add(new VisitRecord.FindingForm(texts.get(i), FormValues.date(FormValues.at(dues, i))));
        }
        Integer version = FormValues.integer(params.getFirst("version"));
        VisitRecord record = new VisitRecord(FormValues.date(params.getFirst("visitedOn")), params.getFirst("inspectors"),
                params.getFirst("summary"), checks, findings, version == null ? -1 : version);
        return step(me, id, model, redirect, () -> visits.record(me, id, record), "supervision.page.recorded");
    }

    @PostMapping("/findings/{findingId}/report")
    String report(Actor me, @PathVariable long findingId, @RequestParam(required = false) String rectification,
            @RequestParam long visit, Model model, RedirectAttributes redirect) {
        return step(me, visit, model, redirect, () -> visits.report(me, findingId, rectification),
                "supervision.page.reported");
    }

    @PostMapping("/findings/{findingId}/close")
    String close(Actor me, @PathVariable long findingId, @RequestParam long visit, Model model,
            RedirectAttributes redirect) {
        return step(me, visit, model, redirect, () -> visits.close(me, findingId), "supervision.page.closed");
    }

    @PostMapping("/findings/{findingId}/reopen")
    String reopen(Actor me, @PathVariable long findingId, @RequestParam(required = false) String reason,
            @RequestParam long visit, Model model, RedirectAttributes redirect) {
        return step(me, visit, model, redirect, () -> visits.reopen(me, findingId, reason), "supervision.page.reopened");
    }

    private String step(Actor me, long id, Model model, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/supervision/visits/" + id;
        } catch (InvalidInput e) {
            return page(me, visits.get(me, id), formErrors.of(e), model);
        }
    }

    private String page(Actor me, Visit v, Map<String, String> errors, Model model) {
        model.addAttribute("visit", v);
        model.addAttribute("can", visits.actionsFor(me, v).stream().map(Enum::name).toList());
        java.util.Map<Long, List<String>> findingActions = new java.util.HashMap<>();
        v.findings().forEach(f -> findingActions.put(f.id(), visits.actionsFor(me, v, f).stream().map(Enum::name).toList()));
        model.addAttribute("findingActions", findingActions);
        model.addAttribute("today", visits.today());
        model.addAttribute("outcomes", Visit.Outcome.values());
        model.addAttribute("findingRows", FINDING_ROWS);
        model.addAttribute("errors", errors);
        return "assessment/visit";
    }

    private String form(Actor me, Model model, Visit visit, VisitForm form, Map<String, String> errors) {
        model.addAttribute("visit", visit);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        UnitRef office = units.find(visit != null ? visit.officeUnitId() : me.unitId()).orElseThrow();
        model.addAttribute("office", office);
        model.addAttribute("candidates", units.inRegion(office.regionCode()).stream()
                .filter(u -> visits.mayVisit(office, u)).toList());
        model.addAttribute("checklistText", String.join("\n", form.checklist()));
        return "assessment/visit-form";
    }

    private static VisitForm read(MultiValueMap<String, String> p) {
        String checklist = p.getFirst("checklist");
        List<String> lines = checklist == null ? List.of() : Arrays.stream(checklist.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        LocalDate on = FormValues.date(p.getFirst("plannedOn"));
        Integer version = FormValues.integer(p.getFirst("version"));
        return new VisitForm(null, FormValues.number(p.getFirst("unitId")), p.getFirst("title"), on, lines,
                version == null ? 0 : version);
    }
}
