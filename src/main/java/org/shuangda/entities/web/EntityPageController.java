package org.shuangda.entities.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.EntityRegions;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.LegalRepIdentity;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.entities.Uscc;
import org.shuangda.shared.Actor;
import org.shuangda.shared.CreditAlerts;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ClientAddress;
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

/**
 * The directory pages. The list handler serves the whole page and, for htmx's live search
 * ({@code HX-Target: entity-results}), only the results fragment. Forms are re-shown with the reasons next to
 * the fields (422) when the input is wrong.
 */
@Controller
@RequestMapping("/entities")
class EntityPageController {

    private final MarketEntities entities;
    private final EntityRegions regions;
    private final FormErrors formErrors;
    private final LegalRepIdentity legalRepIdentity;
    private final ClientAddress clientAddress;
    private final java.util.List<org.shuangda.shared.EntityPanel> panels;
    private final CreditAlerts creditAlerts;

    EntityPageController(MarketEntities entities, EntityRegions regions, FormErrors formErrors,
            LegalRepIdentity legalRepIdentity, ClientAddress clientAddress,
            java.util.List<org.shuangda.shared.EntityPanel> panels, CreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
        this.panels = panels;
        this.entities = entities;
        this.regions = regions;
        this.formErrors = formErrors;
        this.legalRepIdentity = legalRepIdentity;
        this.clientAddress = clientAddress;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model,
            HttpServletResponse response) {
        var result = entities.search(me, new EntityQuery(q, region, page, 20)).forList();
        model.addAttribute("result", result);
        // listed entities carry their list's badge (one call for the page; empty without CREDIT_VIEW)
        model.addAttribute("listed", creditAlerts.forEntities(me,
                result.items().stream().map(e -> e.id()).toList()));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("region", region == null ? "" : region.strip());
        // the same URL answers a page or a fragment: caches must keep them apart
        response.setHeader("Vary", "HX-Request, HX-Target");
        if ("entity-results".equals(htmxTarget)) {
            return "entities/list :: results";
        }
        model.addAttribute("regions", regions.optionsFor(me, Permission.ENTITY_VIEW));
        return "entities/list";
    }

    @GetMapping("/{id}")
    String detail(Actor me, @PathVariable long id, Model model) {
        MarketEntity entity = entities.get(me, id);
        model.addAttribute("entity", entity);
        model.addAttribute("regionFullName", regions.fullName(entity.regionCode()));
        model.addAttribute("canManage", entities.canManage(me, entity));
        model.addAttribute("mayRevealIdNumber", legalRepIdentity.mayReveal(me, entity));
        // a listed entity: the warning with the joint punishment measures (shared.CreditAlerts, by credit)
        model.addAttribute("creditAlerts", creditAlerts.forEntity(me, entity.id()));
        // other modules' panels on the entity (credit lists): shared.EntityPanel
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panelFor(me, entity.id()).stream())
                .sorted(java.util.Comparator.comparingInt(org.shuangda.shared.EntityPanel.Panel::order)).toList());
        return "entities/detail";
    }

    /**
     * Shows the legal representative's full ID number to someone who may change the entity and gave a reason
     * (stored, audited, on the head's review list); POST so that no link or prefetch opens it; without a valid
     * reason the page again, 422.
     */
    @PostMapping("/{id}/legal-rep-id-number")
    String revealIdNumber(Actor me, @PathVariable long id, @RequestParam(required = false) String reason,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            model.addAttribute("revealedIdNumber", legalRepIdentity.reveal(me, id, reason, clientAddress.of(request)));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("revealErrors", formErrors.of(e));
            model.addAttribute("revealReason", reason);
        }
        return detail(me, id, model);
    }

    @GetMapping("/new")
    String newForm(Actor me, Model model) {
        me.require(Permission.ENTITY_MANAGE);
        return form(me, model, EntityDraft.empty(), null, Map.of());
    }

    @PostMapping
    String create(Actor me, @ModelAttribute EntityDraft draft, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            MarketEntity created = entities.create(me, draft);
            redirect.addFlashAttribute("notice", "entity.saved");
            return "redirect:/entities/" + created.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(me, model, draft, null, formErrors.of(e));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        MarketEntity e = entities.get(me, id);
        if (!entities.canManage(me, e)) {
            throw new NotFoundProblem("entity", id);
        }
        EntityDraft draft = new EntityDraft(e.name(), e.uscc(), e.usccOverride(), e.overrideReason(),
                e.entityType().name(), e.address(), e.regionCode(), e.legalRepresentative(), null, e.contactPerson(),
                e.contactPhone(), e.version(), e.establishedOn() == null ? null : e.establishedOn().toString(),
                e.industry() == null ? null : e.industry().name());
        model.addAttribute("idNumberMasked", e.legalRepIdNumberMasked());
        return form(me, model, draft, id, Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute EntityDraft draft, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            entities.update(me, id, blankIdMeansKeep(draft));
            redirect.addFlashAttribute("notice", "entity.saved");
            return "redirect:/entities/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("idNumberMasked", entities.get(me, id).legalRepIdNumberMasked());
            return form(me, model, draft, id, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        String name = entities.get(me, id).name();
        entities.delete(me, id);
        redirect.addFlashAttribute("deleted", name);
        return "redirect:/entities";
    }

    private String form(Actor me, Model model, EntityDraft draft, Long id, Map<String, String> errors) {
        model.addAttribute("draft", draft);
        model.addAttribute("entityId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("types", EntityType.values());
        model.addAttribute("industries", org.shuangda.entities.Industry.values());
        model.addAttribute("regions", regions.optionsFor(me, Permission.ENTITY_MANAGE));
        // the override choice appears once the code failed its check (or was already overridden)
        model.addAttribute("showOverride", draft.overrideRequested()
                || Uscc.check(draft.uscc()).problem() == Uscc.Problem.CHECK_CHAR);
        return "entities/form";
    }

    /** The edit form leaves the ID number empty (it is never sent to the browser): empty means "keep". */
    private static EntityDraft blankIdMeansKeep(EntityDraft d) {
        if (d.legalRepIdNumber() != null && !d.legalRepIdNumber().isBlank()) {
            return d;
        }
        return new EntityDraft(d.name(), d.uscc(), d.usccOverride(), d.overrideReason(), d.entityType(), d.address(),
                d.regionCode(), d.legalRepresentative(), null, d.contactPerson(), d.contactPhone(), d.version(),
                d.establishedOn(), d.industry());
    }
}
