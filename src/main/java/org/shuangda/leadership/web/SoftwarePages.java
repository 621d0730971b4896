package org.shuangda.leadership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.leadership.SoftwareLedger;
import org.shuangda.leadership.SoftwareLedger.Category;
import org.shuangda.leadership.SoftwareLedger.Entry;
import org.shuangda.leadership.SoftwareLedgers;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 软件正版化: the office's overview of every unit's rate, and one unit's ledger (its computers, entries, checks) with
 * the forms its keeper or the office may use.
 */
@Controller
@RequestMapping("/software")
class SoftwarePages {

    private final SoftwareLedgers ledgers;
    private final Campaigns campaigns;
    private final FormErrors formErrors;

    SoftwarePages(SoftwareLedgers ledgers, Campaigns campaigns, FormErrors formErrors) {
        this.ledgers = ledgers;
        this.campaigns = campaigns;
        this.formErrors = formErrors;
    }

    /** The office sees the overview; a unit goes to its own ledger. */
    @GetMapping
    String home(Actor me, Model model) {
        if (!me.can(Permission.CAMPAIGN_MANAGE)) {
            return "redirect:/software/units/" + me.unitId();
        }
        model.addAttribute("overview", ledgers.overview(me));
        return "leadership/software-overview";
    }

    @GetMapping("/units/{unitId}")
    String ledger(Actor me, @PathVariable long unitId, @RequestParam(required = false) Long edit, Model model) {
        SoftwareLedger ledger = ledgers.ledger(me, unitId);
        Entry editing = edit == null ? null : ledger.entries().stream().filter(e -> e.id().equals(edit)).findFirst()
                .orElse(null);
        return page(me, ledger, editing, Map.of(), model);
    }

    @PostMapping("/units/{unitId}/computers")
    String computers(Actor me, @PathVariable long unitId, @RequestParam(required = false) String computers,
            Model model, RedirectAttributes redirect) {
        return step(me, unitId, null, model, redirect,
                () -> ledgers.saveComputers(me, unitId, FormValues.integer(computers)));
    }

    @PostMapping("/units/{unitId}/entries")
    String entry(Actor me, @PathVariable long unitId, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        Entry entry = new Entry(FormValues.number(p.get("id")), category(p.get("category")), p.get("product"),
                orMinus(FormValues.integer(p.get("installed"))), orMinus(FormValues.integer(p.get("licensed"))),
                FormValues.date(p.get("licenceExpiresOn")), FormValues.date(p.get("procuredOn")),
                FormValues.decimal(p.get("procurementAmount")), p.get("rectification"),
                orZero(FormValues.integer(p.get("version"))));
        return step(me, unitId, entry, model, redirect, () -> ledgers.saveEntry(me, unitId, entry));
    }

    @PostMapping("/units/{unitId}/entries/{entryId}/delete")
    String delete(Actor me, @PathVariable long unitId, @PathVariable long entryId, Model model,
            RedirectAttributes redirect) {
        return step(me, unitId, null, model, redirect, () -> ledgers.deleteEntry(me, unitId, entryId));
    }

    @PostMapping("/units/{unitId}/self-check")
    String selfCheck(Actor me, @PathVariable long unitId, @RequestParam(required = false) String findings, Model model,
            RedirectAttributes redirect) {
        return step(me, unitId, null, model, redirect, () -> ledgers.selfCheck(me, unitId, findings));
    }

    @PostMapping("/units/{unitId}/inspections")
    String inspect(Actor me, @PathVariable long unitId, @RequestParam(required = false) String findings,
            @RequestParam(required = false) String rectifyBy, @RequestParam(required = false) String campaignId,
            Model model, RedirectAttributes redirect) {
        return step(me, unitId, null, model, redirect, () -> ledgers.inspect(me, unitId, findings,
                FormValues.date(rectifyBy), FormValues.number(campaignId)));
    }

    private String step(Actor me, long unitId, Entry entry, Model model, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "software.saved");
            return "redirect:/software/units/" + unitId;
        } catch (InvalidInput e) {
            return page(me, ledgers.ledger(me, unitId), entry, formErrors.of(e), model);
        }
    }

    private String page(Actor me, SoftwareLedger ledger, Entry editing, Map<String, String> errors, Model model) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("keeps", ledgers.keeps(me, ledger.unitId()));
        boolean inspects = ledgers.inspects(me, ledger.unitId());
        model.addAttribute("inspects", inspects);
        model.addAttribute("categories", Category.values());
        model.addAttribute("today", LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE));
        model.addAttribute("campaigns", inspects ? new ArrayList<>(campaigns.list(me, CampaignStatus.ACTIVE)) : List.of());
        return "leadership/software-ledger";
    }


    /** A count left blank or unreadable becomes -1, which the service refuses with the allowed range. */
    private static int orMinus(Integer v) {
        return v == null ? -1 : v;
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static Category category(String v) {
        try {
            return v == null ? null : Category.valueOf(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


}
