package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseQuery;
import org.shuangda.cases.CaseStatus;
import org.shuangda.cases.CaseSupervision;
import org.shuangda.cases.Cases;
import org.shuangda.cases.Clues;
import org.shuangda.cases.EnforcementCase;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.MarketEntities;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list (filters, search, export link), the 立案 form and the case page with its actions. */
@Controller
class CasePages {

    private final Cases cases;
    private final Clues clues;
    private final CaseClocks clocks;
    private final CaseSupervision supervision;
    private final MarketEntities entities;
    private final CaseActions actions;
    private final FormErrors formErrors;
    private final org.shuangda.cases.CaseAttachments attachments;

    CasePages(Cases cases, Clues clues, CaseClocks clocks, CaseSupervision supervision, MarketEntities entities,
            CaseActions actions, FormErrors formErrors, org.shuangda.cases.CaseAttachments attachments) {
        this.attachments = attachments;
        this.cases = cases;
        this.clues = clues;
        this.clocks = clocks;
        this.supervision = supervision;
        this.entities = entities;
        this.actions = actions;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) CaseQuery.ClockState clock, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = Actors.require();
        if (!actor.can(Permission.CASE_VIEW)) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission CASE_VIEW");
        }
        CaseQuery query = new CaseQuery(q, status, category, clock, null, null, page, 20);
        model.addAttribute("result", cases.list(query, actor));
        model.addAttribute("query", query);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("clockStates", CaseQuery.ClockState.values());
        model.addAttribute("today", java.time.LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE));
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String form(@RequestParam(required = false) Long clue, Model model) {
        return form(clue, new LinkedMultiValueMap<>(), Map.of(), model);
    }

    @PostMapping("/cases")
    String create(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        Actor actor = Actors.require();
        Long clue = form.getFirst("clueId") == null || form.getFirst("clueId").isBlank() ? null
                : Long.valueOf(form.getFirst("clueId"));
        try {
            var draft = new CaseFormReader(form).draft();
            EnforcementCase saved = clue != null ? clues.openCase(clue, draft, actor) : cases.register(draft, actor);
            return "redirect:/cases/" + saved.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(clue, form, formErrors.of(e), model);
        }
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, Map.of(), model);
    }

    /** The correction form (更正案件信息): details, parties, goods and officers, until the decision. */
    @GetMapping("/cases/{id}/edit")
    String editForm(@PathVariable long id, HttpServletResponse response, Model model) {
        Actor actor = Actors.require();
        EnforcementCase c = editable(id, actor);
        try {
            c.requireEditable();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(id, formErrors.of(e), model);
        }
        return editPage(c, CaseFormRows.of(c), Map.of(), model);
    }

    @PostMapping("/cases/{id}/edit")
    String edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
            Model model) {
        Actor actor = Actors.require();
        EnforcementCase c = editable(id, actor);
        try {
            int version;
            try {
                version = Integer.parseInt(form.getFirst("version"));
            } catch (NumberFormatException e) {
                throw new InvalidInput("version", "error.staleVersion");
            }
            cases.update(id, new CaseFormReader(form).draft(), version, actor);
            return "redirect:/cases/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            return editPage(c, form, formErrors.of(e), model);
        }
    }

    private EnforcementCase editable(long id, Actor actor) {
        EnforcementCase c = cases.find(id, actor);
        if (!cases.mayHandle(c, actor)) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission CASE_HANDLE for this case");
        }
        return c;
    }

    private String editPage(EnforcementCase c, MultiValueMap<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("editing", c);
        model.addAttribute("partyRows", CaseFormRows.parties(values, c.parties()));
        model.addAttribute("goodsRows", CaseFormRows.goods(values));
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("selectedOfficers", values.getOrDefault("officerIds", List.of()));
        model.addAttribute("officers", cases.officerCandidates(c.unitId()));
        model.addAttribute("entities", entityChoices(c.parties()));
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("errors", errors);
        return "cases/form";
    }

    /** The directory for the party picker, plus any entity already a party (it may be outside the first page). */
    private List<org.shuangda.entities.MarketEntity> entityChoices(List<org.shuangda.cases.CaseParty> parties) {
        if (!Actors.require().can(Permission.ENTITY_VIEW)) {
            return List.of();
        }
        List<org.shuangda.entities.MarketEntity> choices = new java.util.ArrayList<>(
                entities.search(new EntityQuery(null, null, 1, EntityQuery.MAX_SIZE)).items());
        for (var p : parties) {
            if (p.entityId() != null && choices.stream().noneMatch(e -> e.id() == p.entityId().longValue())) {
                try {
                    choices.add(0, entities.get(p.entityId()));
                } catch (org.shuangda.shared.NotFoundProblem e) {
                    // no longer in the directory or in scope: the stored name stays on the case
                }
            }
        }
        return choices;
    }

    @PostMapping("/cases/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model) {
        try {
            actions.apply(id, action, new CaseFormReader(form), Actors.require());
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("failedAction", action);
            return page(id, formErrors.of(e), model);
        }
        return "redirect:/cases/" + id;
    }

    @SuppressWarnings("unchecked")
    private String page(long id, Map<String, String> errors, Model model) {
        Actor actor = Actors.require();
        EnforcementCase c = cases.find(id, actor);
        model.addAttribute("c", c);
        model.addAttribute("decisionClock", clocks.decision(c).orElse(null));
        model.addAttribute("seizureClock", clocks.seizure(c).orElse(null));
        model.addAttribute("mayHandle", cases.mayHandle(c, actor));
        model.addAttribute("mayApprove", actor.can(Permission.CASE_APPROVE)
                && actor.scopeFor(Permission.CASE_APPROVE).coversUnit(c.unitPath(), c.regionPath()));
        model.addAttribute("maySupervise", actor.can(Permission.CASE_SUPERVISE)
                && actor.scopeFor(Permission.CASE_SUPERVISE).coversUnit(c.unitPath(), c.regionPath()));
        model.addAttribute("progressOverdue", supervision.progressOverdue(c));
        model.addAttribute("nextReportDue", supervision.nextReportDue(c));
        model.addAttribute("pauseReasons", List.of(PauseReason.SUSPENSION, PauseReason.HEARING, PauseReason.TESTING,
                PauseReason.APPRAISAL, PauseReason.NOTICE_PERIOD));
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("attachments", attachments.list(id, actor));
        if (model.containsAttribute("uploadErrors") && errors.isEmpty()) {
            errors = (Map<String, String>) model.getAttribute("uploadErrors");
        }
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "cases/detail";
    }

    private String form(Long clue, MultiValueMap<String, String> values, Map<String, String> errors, Model model) {
        Actor actor = Actors.require();
        if (!actor.can(Permission.CASE_HANDLE)) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission CASE_HANDLE");
        }
        if (clue != null) {
            var c = clues.find(clue, actor);
            model.addAttribute("clue", c);
            values.putIfAbsent("title", List.of(c.subject() + "案"));
            values.putIfAbsent("facts", List.of(c.content()));
        }
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("partyRows", CaseFormRows.parties(values, List.of()));
        model.addAttribute("goodsRows", CaseFormRows.goods(values));
        model.addAttribute("selectedOfficers", values.getOrDefault("officerIds", List.of()));
        model.addAttribute("officers", cases.officerCandidates(actor.unitId()));
        model.addAttribute("entities", entityChoices(List.of()));
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("errors", errors);
        return "cases/form";
    }
}
