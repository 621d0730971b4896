package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.cases.CaseAction;
import org.shuangda.cases.CaseAttachments;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseParty;
import org.shuangda.cases.CaseQuery;
import org.shuangda.cases.CaseStatus;
import org.shuangda.cases.CaseSupervision;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.Cases;
import org.shuangda.cases.Clues;
import org.shuangda.cases.PartyIdentity;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ClientAddress;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list (filters, search, export link), the 立案 form and the case page with a button for each step the
 * actor may take now ({@link Cases#availableActions}).
 */
@Controller
class CasePages {

    private static final List<PauseReason> PAUSE_REASONS = List.of(PauseReason.SUSPENSION, PauseReason.HEARING,
            PauseReason.TESTING, PauseReason.APPRAISAL, PauseReason.NOTICE_PERIOD);

    private final Cases cases;
    private final Clues clues;
    private final CaseClocks clocks;
    private final org.shuangda.cases.SeizureRecords seizures;
    private final CaseSupervision supervision;
    private final CaseAttachments attachments;
    private final MarketEntities entities;
    private final CaseActions actions;
    private final FormErrors formErrors;
    private final Clock clock;
    private final PartyIdentity partyIdentity;
    private final ClientAddress clientAddress;

    CasePages(Cases cases, Clues clues, CaseClocks clocks, CaseSupervision supervision, CaseAttachments attachments,
            MarketEntities entities, CaseActions actions, FormErrors formErrors, Clock clock,
            PartyIdentity partyIdentity, ClientAddress clientAddress, org.shuangda.cases.SeizureRecords seizures) {
        this.seizures = seizures;
        this.partyIdentity = partyIdentity;
        this.clientAddress = clientAddress;
        this.cases = cases;
        this.clues = clues;
        this.clocks = clocks;
        this.supervision = supervision;
        this.attachments = attachments;
        this.entities = entities;
        this.actions = actions;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String list(Actor me, @RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) CaseQuery.ClockState clock, @RequestParam(defaultValue = "0") int page,
            Model model) {
        me.require(Permission.CASE_VIEW);
        CaseQuery query = new CaseQuery(q, status, category, clock, null, null, page, 20);
        model.addAttribute("result", cases.list(me, query));
        model.addAttribute("query", query);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("clockStates", CaseQuery.ClockState.values());
        model.addAttribute("today", LocalDate.now(this.clock));
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String form(Actor me, @RequestParam(required = false) Long clue, Model model) {
        return form(me, clue, new LinkedMultiValueMap<>(), Map.of(), model);
    }

    @PostMapping("/cases")
    String create(Actor me, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
            Model model) {
        Long clue = form.getFirst("clueId") == null || form.getFirst("clueId").isBlank() ? null
                : Long.valueOf(form.getFirst("clueId"));
        try {
            var draft = new CaseFormReader(form).draft();
            CaseView saved = clue != null ? clues.openCase(me, clue, draft) : cases.register(me, draft);
            return "redirect:/cases/" + saved.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(me, clue, form, formErrors.of(e), model);
        }
    }

    @GetMapping("/cases/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, id, Map.of(), model);
    }

    /** The correction form (更正案件信息): details, parties, goods and officers, until the decision. */
    @GetMapping("/cases/{id}/edit")
    String editForm(Actor me, @PathVariable long id, HttpServletResponse response, Model model) {
        CaseView c = editable(me, id);
        try {
            CaseAction.CORRECT.requirePossibleIn(c.state());
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, id, formErrors.of(e), model);
        }
        return editPage(me, c, CaseFormRows.of(c), Map.of(), model);
    }

    @PostMapping("/cases/{id}/edit")
    String edit(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model) {
        CaseView c = editable(me, id);
        try {
            int version;
            try {
                version = Integer.parseInt(form.getFirst("version"));
            } catch (NumberFormatException e) {
                throw new InvalidInput("version", "error.staleVersion");
            }
            cases.update(me, id, new CaseFormReader(form).draft(), version);
            return "redirect:/cases/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            return editPage(me, c, form, formErrors.of(e), model);
        }
    }

    private CaseView editable(Actor me, long id) {
        CaseView c = cases.find(me, id);
        if (!cases.mayHandle(me, c)) {
            throw new AccessDeniedProblem("missing permission CASE_HANDLE for this case");
        }
        return c;
    }

    private String editPage(Actor me, CaseView c, MultiValueMap<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("editing", c);
        model.addAttribute("partyRows", CaseFormRows.parties(values, c.parties()));
        model.addAttribute("goodsRows", CaseFormRows.goods(values));
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("selectedOfficers", values.getOrDefault("officerIds", List.of()));
        model.addAttribute("officers", cases.officerCandidates(me, c.unitId()));
        model.addAttribute("entities", entityChoices(me, c.parties()));
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("errors", errors);
        return "cases/form";
    }

    /** The directory for the party picker, plus any entity already a party (it may be outside the first page). */
    private List<MarketEntity> entityChoices(Actor me, List<CaseParty> parties) {
        if (!me.can(Permission.ENTITY_VIEW)) {
            return List.of();
        }
        List<MarketEntity> choices = new ArrayList<>(
                entities.search(me, new EntityQuery(null, null, 1, EntityQuery.MAX_SIZE)).items());
        for (var p : parties) {
            if (p.entityId() != null && choices.stream().noneMatch(e -> e.id() == p.entityId().longValue())) {
                try {
                    choices.add(0, entities.get(me, p.entityId()));
                } catch (NotFoundProblem e) {
                    // no longer in the directory or in scope: the stored name stays on the case
                }
            }
        }
        return choices;
    }

    /**
     * Shows a party's full ID number to a handling officer who gave a reason (stored, audited, on the head's
     * review list); POST so that no link or prefetch opens it; without a valid reason the page again, 422.
     */
    @PostMapping("/cases/{id}/parties/{party}/id-number")
    String partyIdNumber(Actor me, @PathVariable long id, @PathVariable int party,
            @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("revealedParty", party);
            model.addAttribute("revealedIdNumber", partyIdentity.reveal(me, id, party, reason,
                    clientAddress.of(request)));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("revealErrors", formErrors.of(e));
            model.addAttribute("revealReason", reason);
        }
        return page(me, id, Map.of(), model);
    }

    @PostMapping("/cases/{id}/{action}")
    String act(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        CaseAction step = CaseAction.bySlug(action).orElseThrow(() -> new NotFoundProblem("case action", action));
        try {
            actions.take(me, id, step, new CaseFormReader(form));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("failedAction", action);
            return page(me, id, formErrors.of(e), model);
        }
        return "redirect:/cases/" + id;
    }

    @SuppressWarnings("unchecked")
    private String page(Actor me, long id, Map<String, String> errors, Model model) {
        CaseView c = cases.find(me, id);
        model.addAttribute("c", c);
        model.addAttribute("decisionClock", clocks.decision(c).orElse(null));
        model.addAttribute("seizureClock", clocks.seizure(c).orElse(null));
        model.addAttribute("seizure", seizures.latest(me, id).orElse(null));
        model.addAttribute("mayHandle", cases.mayHandle(me, c));
        model.addAttribute("mayRevealParties", partyIdentity.mayReveal(me, c));
        model.addAttribute("actions", cases.availableActions(me, c));
        model.addAttribute("progressOverdue", supervision.progressOverdue(c));
        model.addAttribute("nextReportDue", supervision.nextReportDue(c));
        model.addAttribute("pauseReasons", PAUSE_REASONS);
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("attachments", attachments.list(me, id));
        if (model.containsAttribute("uploadErrors") && errors.isEmpty()) {
            errors = (Map<String, String>) model.getAttribute("uploadErrors");
        }
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "cases/detail";
    }

    private String form(Actor me, Long clue, MultiValueMap<String, String> values, Map<String, String> errors,
            Model model) {
        me.require(Permission.CASE_HANDLE);
        if (clue != null) {
            var c = clues.find(me, clue);
            model.addAttribute("clue", c);
            values.putIfAbsent("title", List.of(c.subject() + "案"));
            values.putIfAbsent("facts", List.of(c.content()));
        }
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("partyRows", CaseFormRows.parties(values, List.of()));
        model.addAttribute("goodsRows", CaseFormRows.goods(values));
        model.addAttribute("selectedOfficers", values.getOrDefault("officerIds", List.of()));
        model.addAttribute("officers", cases.officerCandidates(me, me.unitId()));
        model.addAttribute("entities", entityChoices(me, List.of()));
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("errors", errors);
        return "cases/form";
    }
}
