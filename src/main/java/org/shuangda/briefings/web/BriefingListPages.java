package org.shuangda.briefings.web;

import java.util.List;
import java.util.Map;
import org.shuangda.briefings.Briefing;
import org.shuangda.briefings.Briefings;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /briefings}: the campaigns to choose from, then one campaign's documents (drafts for the office only)
 * with the forms that compose a new 通报 (for a round) or 阶段性总结 (for the whole campaign).
 */
@Controller
@RequestMapping("/briefings")
class BriefingListPages {

    private final Briefings briefings;
    private final Campaigns campaigns;
    private final Rounds rounds;
    private final FormErrors formErrors;

    BriefingListPages(Briefings briefings, Campaigns campaigns, Rounds rounds, FormErrors formErrors) {
        this.briefings = briefings;
        this.campaigns = campaigns;
        this.rounds = rounds;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) String campaign, Model model) {
        Long id = BriefingForm.number(campaign);
        if (id == null) {
            model.addAttribute("campaigns", campaigns.list(me, null));
            return "briefings/campaigns";
        }
        return page(me, id, model, Map.of());
    }

    /** Composes a draft: {@code kind=round} needs a round, {@code kind=summary} takes the whole campaign. */
    @PostMapping("/new")
    String create(Actor me, @RequestParam long campaign, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String round, @RequestParam(required = false) String rounded,
            Model model) {
        boolean roundedFigures = "true".equals(rounded);
        try {
            Briefing created;
            if ("summary".equals(kind)) {
                created = briefings.draftForCampaign(me, campaign, roundedFigures);
            } else {
                Long roundId = BriefingForm.number(round);
                if (roundId == null || rounds.list(me, campaign).stream().noneMatch(r -> r.round().id() == roundId)) {
                    throw new InvalidInput("round", "briefings.page.error.round");
                }
                created = briefings.draftForRound(me, roundId, roundedFigures);
            }
            return "redirect:/briefings/" + created.id();
        } catch (InvalidInput e) {
            model.addAttribute("chosenRound", round).addAttribute("chosenRounded", roundedFigures);
            return page(me, campaign, model, formErrors.of(e));
        }
    }

    private String page(Actor me, long campaignId, Model model, Map<String, String> errors) {
        model.addAttribute("campaign", campaigns.get(me, campaignId));
        model.addAttribute("documents", briefings.list(me, campaignId));
        // only the office composes (and sees rounds); a leader reading issued documents needs neither
        boolean compose = me.can(Permission.REPORT_REVIEW);
        model.addAttribute("mayCompose", compose);
        model.addAttribute("rounds", compose ? rounds.list(me, campaignId).stream().map(RoundView::round).toList()
                : List.of());
        model.addAttribute("errors", errors);
        return "briefings/list";
    }
}
