package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.cases.HandlingOfficer;
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
import org.shuangda.shared.ListSort;
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
    private final PartyCreditAlerts creditAlerts;

    CasePages(Cases cases, Clues clues, CaseClocks clocks, CaseSupervision supervision, CaseAttachments attachments,
            MarketEntities entities, CaseActions actions, FormErrors formErrors, Clock clock,
            PartyIdentity partyIdentity, ClientAddress clientAddress, org.shuangda.cases.SeizureRecords seizures,
            PartyCreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
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
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        me.require(Permission.CASE_VIEW);
        // no sort asked (or an unknown one): newest first, or most urgent first under a clock filter
        ListSort order = sort == null ? null : CaseQuery.COLUMNS.parse(sort, dir);
        boolean urgent = clock == CaseQuery.ClockState.OVERDUE || clock == CaseQuery.ClockState.DUE_SOON;
        CaseQuery query = new CaseQuery(q, status, category, clock, null, null, page, 20, order);
        model.addAttribute("result", cases.list(me, query));
        model.addAttribute("query", query);
        model.addAttribute("base", ListSort.url("/cases", "q", query.q(), "status", status, "category", category,
                "clock", clock));
        model.addAttribute("sort", order != null ? order : urgent ? new ListSort("due", false)
                : CaseQuery.COLUMNS.fallback());
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
            resolveTypedEntities(me, form);
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
            resolveTypedEntities(me, form);
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
        chosenOfficers(me, c.unitId(), values.getOrDefault("officerIds", List.of()), c.officers(), model);
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("errors", errors);
        return "cases/form";
    }

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
            model.addAttribute("formRows", form); // repeated rows (the seizure's goods) come back as typed
            model.addAttribute("failedAction", action);
            return page(me, id, formErrors.of(e), model);
        }
        return "redirect:/cases/" + id;
    }

    @SuppressWarnings("unchecked")
    private String page(Actor me, long id, Map<String, String> errors, Model model) {
        CaseView c = cases.find(me, id);
        model.addAttribute("c", c);
        model.addAttribute("creditAlerts", creditAlerts.of(me, c));
        model.addAttribute("decisionClock", clocks.decision(c).orElse(null));
        model.addAttribute("seizureClock", clocks.seizure(c).orElse(null));
        model.addAttribute("seizure", seizures.latest(me, id).orElse(null));
        model.addAttribute("caseValue", seizures.caseValue(me, id));
        model.addAttribute("mayHandle", cases.mayHandle(me, c));
        model.addAttribute("mayRevealParties", partyIdentity.mayReveal(me, c));
        model.addAttribute("actions", cases.availableActions(me, c));
        model.addAttribute("progressOverdue", supervision.progressOverdue(c));
        model.addAttribute("nextReportDue", supervision.nextReportDue(c));
        model.addAttribute("pauseReasons", PAUSE_REASONS);
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("seriousFields", org.shuangda.cases.SeriousListingProposal.FIELDS);
        model.addAttribute("seriousFactors", org.shuangda.cases.SeriousListingProposal.FACTORS);
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

    /**
     * The 承办人 the form shows as chosen (by name, in the order given): enforcers of the unit and, when correcting,
     * the case's own officers; the officer picker ({@code /api/v1/pickers/officers?unit=}) adds more.
     */
    private void chosenOfficers(Actor me, long unitId, List<String> ids, List<HandlingOfficer> current, Model model) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        current.forEach(o -> names.put(Long.toString(o.userId()), o.displayName()));
        cases.officerCandidates(me, unitId).forEach(o -> names.put(Long.toString(o.userId()), o.displayName()));
        List<HandlingOfficer> chosen = ids.stream().distinct().filter(names::containsKey)
                .map(id -> new HandlingOfficer(Long.parseLong(id), names.get(id))).toList();
        model.addAttribute("chosenOfficers", chosen);
        model.addAttribute("officerUnit", unitId);
    }

    private String form(Actor me, Long clue, MultiValueMap<String, String> values, Map<String, String> errors,
            Model model) {
        me.require(Permission.CASE_HANDLE);
        if (clue != null) {
            var c = clues.find(me, clue);
            model.addAttribute("clue", c);
            values.putIfAbsent("title", List.of(c.subject() + "案"));
            values.putIfAbsent("facts", List.of(c.content()));
            if (!values.containsKey("partyKind")) {
                clueTarget(me, c.subject(), c.subjectUscc()).ifPresent(e -> {
                    values.put("partyKind", new ArrayList<>(List.of("ENTITY")));
                    values.put("entityId", new ArrayList<>(List.of(Long.toString(e.id()))));
                    values.put("entityQuery", new ArrayList<>(List.of(e.name())));
                    model.addAttribute("clueTargetMatched", e);
                });
            }
        }
        model.addAttribute("values", values.toSingleValueMap());
        model.addAttribute("partyRows", CaseFormRows.parties(values, List.of()));
        model.addAttribute("goodsRows", CaseFormRows.goods(values));
        List<String> chosen = values.getOrDefault("officerIds", List.of());
        if (errors.isEmpty() && chosen.isEmpty()) {
            chosen = List.of(Long.toString(me.userId())); // a blank form: the officer himself, if he may handle
        }
        chosenOfficers(me, me.unitId(), chosen, List.of(), model);
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("errors", errors);
        return "cases/form";
    }

    /**
     * The clue's (tip's) target in the directory, offered as the first party: by its USCC when the tip gave one,
     * else the most similar name within the actor's scope (the search ranks closest first).
     */
    private java.util.Optional<MarketEntity> clueTarget(Actor me, String subject, String uscc) {
        if (!me.can(Permission.ENTITY_VIEW)) {
            return java.util.Optional.empty();
        }
        if (uscc != null && !uscc.isBlank()) {
            var byCode = entities.search(me, new EntityQuery(uscc, null, 1, 5)).items().stream()
                    .filter(e -> e.uscc().equalsIgnoreCase(uscc.strip())).findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (subject == null || subject.isBlank()) {
            return java.util.Optional.empty();
        }
        return entities.search(me, new EntityQuery(subject, null, 1, 1)).items().stream().findFirst();
    }

    /**
     * The party rows where a name or USCC was typed but nothing chosen (no JavaScript, or typed past the list):
     * the entity is taken when the text names exactly one in scope (its USCC, its exact name, or the only match);
     * otherwise the row stays unresolved and the validator asks for a choice on {@code parties[i]}.
     */
    private void resolveTypedEntities(Actor me, MultiValueMap<String, String> form) {
        List<String> kinds = form.getOrDefault("partyKind", List.of());
        List<String> typed = form.getOrDefault("entityQuery", List.of());
        if (typed.isEmpty() || !me.can(Permission.ENTITY_VIEW)) {
            return;
        }
        List<String> ids = new ArrayList<>(form.getOrDefault("entityId", List.of()));
        while (ids.size() < kinds.size()) {
            ids.add("");
        }
        for (int i = 0; i < kinds.size() && i < typed.size(); i++) {
            String text = typed.get(i) == null ? "" : typed.get(i).strip();
            if (!"ENTITY".equals(kinds.get(i)) || text.isEmpty() || !ids.get(i).isBlank()) {
                continue;
            }
            List<MarketEntity> found = entities.search(me, new EntityQuery(text, null, 1, 2)).items();
            final int row = i;
            found.stream().filter(e -> e.uscc().equalsIgnoreCase(text) || e.name().equals(text)).findFirst()
                    .or(() -> found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty())
                    .ifPresent(e -> ids.set(row, Long.toString(e.id())));
        }
        form.put("entityId", ids);
    }
}
