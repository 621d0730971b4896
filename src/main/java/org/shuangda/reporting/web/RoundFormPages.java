package org.shuangda.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.TemplateVersion;
import org.shuangda.reporting.Templates;
import org.shuangda.reporting.rollups.RollupReports;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office opens a reporting round on the web (until now only through the API): campaign, current template
 * version, region, period, due date and lock date, proposed from the campaign's earlier rounds; and reopens
 * a locked round for one unit from the review page.
 */
@Controller
@RequestMapping("/reporting/rounds")
class RoundFormPages {

    private final Rounds rounds;
    private final RollupReports reports;
    private final Templates templates;
    private final Campaigns campaigns;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Clock clock;

    RoundFormPages(Rounds rounds, RollupReports reports, Templates templates, Campaigns campaigns,
            FormErrors formErrors, MessageSource messages, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.templates = templates;
        this.campaigns = campaigns;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/new")
    String blank(Actor me, @RequestParam(required = false) Long campaign, Model model, Locale locale) {
        me.require(Permission.REPORT_REVIEW);
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        if (campaign != null) {
            CampaignView c = campaigns.get(me, campaign);
            List<Round> earlier = earlier(me, campaign);
            LocalDate from = earlier.isEmpty() ? c.startsOn() : earlier.get(earlier.size() - 1).periodTo().plusDays(1);
            typed.put("campaignId", String.valueOf(campaign));
            typed.put("regionCode", c.regionCode());
            typed.put("name", messages.getMessage("reporting.round.defaultName", new Object[] {earlier.size() + 1}, locale));
            typed.put("periodFrom", String.valueOf(from));
            if (!earlier.isEmpty()) {
                typed.put("templateId", String.valueOf(earlier.get(earlier.size() - 1).templateId()));
            }
        }
        typed.putIfAbsent("regionCode", me.unitRegionCode());
        return form(me, typed, Map.of(), model);
    }

    @PostMapping("/new")
    String create(Actor me, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
            Locale locale) {
        RoundForm form = new RoundForm(number(params.get("campaignId")), number(params.get("templateId")),
                params.getOrDefault("regionCode", "").strip(), params.getOrDefault("name", "").strip(),
                date(params.get("periodFrom")), date(params.get("periodTo")), date(params.get("dueOn")), null,
                date(params.get("locksAfter")));
        try {
            RoundView created = rounds.create(me, form);
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.round.opened", null, locale));
            return "redirect:/reporting/rounds/" + created.round().id() + "/review";
        } catch (InvalidInput e) {
            return form(me, params, formErrors.of(e), model);
        }
    }

    @PostMapping("/{id}/reopen")
    String reopen(Actor me, @PathVariable long id, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String until, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        try {
            if (unitId == null) {
                throw new InvalidInput("unitId", "error.required");
            }
            rounds.reopen(me, id, unitId, date(until), reason);
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.round.reopened", null, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", String.join("；", formErrors.of(e).values()));
        }
        return "redirect:/reporting/rounds/" + id + "/review";
    }

    private List<Round> earlier(Actor me, long campaign) {
        try {
            return reports.campaignRounds(me, campaign);
        } catch (RuntimeException none) {
            return List.of(); // a campaign without rounds yet
        }
    }

    private String form(Actor me, Map<String, String> typed, Map<String, String> errors, Model model) {
        List<CampaignSummary> open = campaigns.list(me, null);
        List<TemplateVersion> current = templates.versions(me).stream().filter(TemplateVersion::current).toList();
        model.addAttribute("typed", typed).addAttribute("errors", errors).addAttribute("campaigns", open)
                .addAttribute("templates", current)
                .addAttribute("today", LocalDate.now(clock));
        return "reporting/round-form";
    }

    private static Long number(String text) {
        return text == null || !text.strip().matches("\\d{1,18}") ? null : Long.valueOf(text.strip());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
