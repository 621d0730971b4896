package org.shuangda.campaigns.web;

import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.CampaignCloning;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.Tasks;
import org.shuangda.organization.LeadingGroups;
import org.shuangda.organization.Units;
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

/** Campaigns: the list, one plan as it reads on paper with its tasks, the plan editor, issue/close/copy. */
@Controller
@RequestMapping("/campaigns")
class CampaignPages {

    private static final int SPARE_PHASES = 2;

    private final Campaigns campaigns;
    private final CampaignCloning cloning;
    private final Tasks tasks;
    private final Units units;
    private final LeadingGroups groups;
    private final FormErrors formErrors;

    CampaignPages(Campaigns campaigns, CampaignCloning cloning, Tasks tasks, Units units, LeadingGroups groups,
            FormErrors formErrors) {
        this.campaigns = campaigns;
        this.cloning = cloning;
        this.tasks = tasks;
        this.units = units;
        this.groups = groups;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) CampaignStatus status, Model model) {
        model.addAttribute("campaigns", campaigns.list(me, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CampaignStatus.values());
        return "campaigns/list";
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        CampaignView campaign = campaigns.get(me, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("timeline", PhaseTimeline.of(campaign, tasks.today()));
        model.addAttribute("tasks", tasks.list(me, TaskFilter.ofCampaign(id)));
        model.addAttribute("manages", campaigns.mayManage(me, id));
        model.addAttribute("actions", campaigns.actionsFor(me, campaign));
        model.addAttribute("group", campaign.leadingGroupId() == null ? null : group(me, campaign.leadingGroupId()));
        if (campaign.clonedFromId() != null) {
            model.addAttribute("source", safeTitle(me, campaign.clonedFromId()));
        }
        return "campaigns/detail";
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        me.require(Permission.CAMPAIGN_MANAGE); // 403 for those who cannot plan
        Campaign blank = new Campaign(null, "", "", null, "", null, null, "", "", null, null, "", "", List.of(),
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), 0);
        return form(me, model, blank, Map.of());
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        return form(me, model, campaigns.getToManage(me, id), Map.of());
    }

    /** Saves, or with {@code more} re-shows the form with more empty phase (and seat) rows. */
    @PostMapping({"/new", "/{id}/edit"})
    String save(Actor me, @PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        // the form's seat rows when it has them; a form without them (older clients) keeps the seats
        Campaign campaign = CampaignFormReader.campaign(id, params, params.containsKey("membersOnForm")
                ? CampaignFormReader.members(params) : id == null ? List.of() : campaigns.getToManage(me, id).members());
        if (params.containsKey("more")) {
            model.addAttribute("sparePhases", SPARE_PHASES * 2);
            return form(me, model, campaign, Map.of());
        }
        try {
            CampaignView saved = id == null ? campaigns.create(me, campaign) : campaigns.update(me, id, campaign);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/campaigns/" + saved.id();
        } catch (InvalidInput e) {
            return form(me, model, campaign, formErrors.of(e));
        }
    }

    /** A lifecycle step: the buttons post to {@code /campaigns/{id}/activate} and {@code …/close}. */
    @PostMapping("/{id}/{step:activate|close}")
    String take(Actor me, @PathVariable long id, @PathVariable String step) {
        campaigns.take(me, id, CampaignAction.ofPath(step));
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/clone")
    String cloneOf(Actor me, @PathVariable long id, @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String title, RedirectAttributes redirect) {
        CampaignView copy = cloning.cloneOf(me, id, CampaignFormReader.date(startsOn), title);
        redirect.addFlashAttribute("saved", copy.title());
        return "redirect:/campaigns/" + copy.id();
    }

    private String form(Actor me, Model model, Campaign campaign, Map<String, String> errors) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units.pickable(me, Permission.UNIT_VIEW));
        model.addAttribute("groups", groups.list(me));
        model.addAttribute("focus", Map.of("rightsTypes", CampaignFormReader.lines(campaign.rightsTypes()),
                "keyProducts", CampaignFormReader.lines(campaign.keyProducts()),
                "keyAreas", CampaignFormReader.lines(campaign.keyAreas()),
                "keyDomains", CampaignFormReader.lines(campaign.keyDomains())));
        List<Campaign.Member> seats = new java.util.ArrayList<>(campaign.members());
        int spare = model.containsAttribute("sparePhases") ? SPARE_PHASES * 2 : campaign.members().isEmpty() ? 4 : 2;
        for (int n = 0; n < spare; n++) {
            seats.add(null);
        }
        model.addAttribute("memberRows", seats);
        model.addAttribute("positions", org.shuangda.organization.LeadingGroup.Position.values());
        if (!model.containsAttribute("sparePhases")) {
            model.addAttribute("sparePhases", campaign.phases().isEmpty() ? 3 : SPARE_PHASES);
        }
        return "campaigns/form";
    }

    private Object group(Actor me, long id) {
        try {
            return groups.get(me, id);
        } catch (RuntimeException e) {
            return null; // a group outside the reader's unit scope: the plan still shows its own seats
        }
    }

    private String safeTitle(Actor me, long id) {
        try {
            return campaigns.get(me, id).title();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
