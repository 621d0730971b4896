package org.shuangda.credit.alerts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.shuangda.complaints.Filings;
import org.shuangda.credit.alerts.NotedComplaint;
import org.shuangda.credit.alerts.WarningKind;
import org.shuangda.credit.alerts.WarningRule;
import org.shuangda.credit.alerts.WarningRuleForm;
import org.shuangda.credit.alerts.WarningRules;
import org.shuangda.credit.alerts.Warnings;
import org.shuangda.entities.MarketEntities;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warnings board (/credit/warnings), one warning with the facts and filings behind it and its acknowledgement,
 * and the rules page (/credit/warnings/rules). A link to an entity or a filing is shown only when the reader may
 * open it.
 */
@Controller
@RequestMapping("/credit/warnings")
class WarningPages {

    private static final int PAGE = 30;

    private final Warnings warnings;
    private final WarningRules rules;
    private final MarketEntities entities;
    private final Filings filings;
    private final FormErrors formErrors;
    private final org.shuangda.organization.Regions regions;

    WarningPages(Warnings warnings, WarningRules rules, MarketEntities entities, Filings filings,
            FormErrors formErrors, org.shuangda.organization.Regions regions) {
        this.regions = regions;
        this.warnings = warnings;
        this.rules = rules;
        this.entities = entities;
        this.filings = filings;
        this.formErrors = formErrors;
    }

    @GetMapping
    String board(Actor me, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("board", warnings.board(me, open, page, PAGE));
        model.addAttribute("open", open);
        model.addAttribute("maySetRules", me.can(Permission.CREDIT_SETTINGS));
        return "credit/warnings";
    }

    @GetMapping("/{id}")
    String detail(Actor me, @PathVariable long id, Model model) {
        Warnings.Detail d = warnings.get(me, id);
        model.addAttribute("d", d);
        model.addAttribute("w", d.warning());
        Set<Long> entityIds = new LinkedHashSet<>();
        if (d.warning().entityId() != null) {
            entityIds.add(d.warning().entityId());
        }
        d.facts().forEach(f -> entityIds.add(f.entityId()));
        Map<Long, Boolean> openableEntities = new LinkedHashMap<>();
        for (long e : entityIds) {
            openableEntities.put(e, mayOpen(() -> entities.get(me, e)));
        }
        Map<Long, Boolean> openableFilings = new LinkedHashMap<>();
        for (NotedComplaint c : d.filings()) {
            openableFilings.put(c.filingId(), mayOpen(() -> filings.get(me, c.filingId())));
        }
        model.addAttribute("openableEntities", openableEntities);
        model.addAttribute("openableFilings", openableFilings);
        model.addAttribute("mayAcknowledge", warnings.mayAcknowledge(me, d.warning()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "credit/warning";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(Actor me, @PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            warnings.acknowledge(me, id, note, version);
            redirect.addFlashAttribute("acknowledged", true);
            return "redirect:/credit/warnings/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(e));
            model.addAttribute("note", note);
            return detail(me, id, model);
        }
    }

    @GetMapping("/rules")
    String rules(Actor me, Model model) {
        return rulesPage(me, model, null, null, Map.of());
    }

    @PostMapping("/rules/{kind}")
    String save(Actor me, @PathVariable WarningKind kind, @ModelAttribute WarningRuleForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            rules.save(me, kind, form);
            redirect.addFlashAttribute("saved", kind);
            return "redirect:/credit/warnings/rules";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return rulesPage(me, model, kind, form, formErrors.of(e));
        }
    }

    private String rulesPage(Actor me, Model model, WarningKind failed, WarningRuleForm form,
            Map<String, String> errors) {
        Map<WarningKind, WarningRule> applying = rules.applyingTo(me);
        model.addAttribute("kinds", WarningKind.values());
        model.addAttribute("applying", applying);
        model.addAttribute("ownLevel", rules.ownLevel(me));
        model.addAttribute("all", rules.list(me));
        model.addAttribute("ownerNames", OwnerNames.of(regions,
                applying.values().stream().map(WarningRule::owner).toList()));
        model.addAttribute("failed", failed);
        model.addAttribute("failedForm", form);
        model.addAttribute("errors", errors);
        return "credit/warning-rules";
    }

    private static boolean mayOpen(Runnable read) {
        try {
            read.run();
            return true;
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return false;
        }
    }
}
