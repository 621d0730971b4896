package org.shuangda.leadership.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.leadership.CommendationRound;
import org.shuangda.leadership.CommendationRound.Kind;
import org.shuangda.leadership.Commendations;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.shuangda.shared.web.Downloads;

/**
 * Commendations on the web: the rounds (and the reader's unit's honours), one round with its nominations and the
 * steps the reader may take (nominate with drafted deeds; close, decide, issue), the 表扬通知's DOCX, and the public
 * pages of issued public rounds.
 */
@Controller
class CommendationPages {

    /** Who takes a public page's download, in the audit trail (as the inspections' public pages name it). */
    private static final Actor PUBLIC = Actor.system("公众");

    private final Commendations commendations;
    private final Campaigns campaigns;
    private final FormErrors formErrors;
    private final ExportAudit exports;

    CommendationPages(Commendations commendations, Campaigns campaigns, FormErrors formErrors, ExportAudit exports) {
        this.commendations = commendations;
        this.campaigns = campaigns;
        this.formErrors = formErrors;
        this.exports = exports;
    }

    @GetMapping("/commendations")
    String list(Actor me, Model model) {
        return listPage(me, model, Map.of());
    }

    @PostMapping("/commendations/new")
    String open(Actor me, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            CommendationRound round = commendations.open(me, number(p.get("campaignId")), p.get("title"),
                    FormValues.integer(p.get("collectiveQuota")), FormValues.integer(p.get("individualQuota")),
                    FormValues.date(p.get("nominationsDue")),
                    "true".equals(p.get("isPublic")));
            redirect.addFlashAttribute("notice", "commendation.opened");
            return "redirect:/commendations/" + round.id();
        } catch (InvalidInput e) {
            return listPage(me, model, formErrors.of(e));
        } catch (org.shuangda.shared.NotFoundProblem e) {
            return listPage(me, model, Map.of("campaignId", "—"));
        }
    }

    @GetMapping("/commendations/{id}")
    String show(Actor me, @PathVariable long id, @RequestParam(required = false) Boolean draft, Model model) {
        CommendationRound round = commendations.get(me, id);
        String deeds = Boolean.TRUE.equals(draft) && commendations.mayNominate(me, round)
                ? commendations.draftDeeds(me, id) : "";
        return page(me, round, Map.of(), Map.of("deeds", deeds), model);
    }

    @PostMapping("/commendations/{id}/nominations")
    String nominate(Actor me, @PathVariable long id, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        try {
            commendations.nominate(me, id, kind(p.get("kind")), number(p.get("nomineeUnitId")),
                    number(p.get("nomineeEntityId")), number(p.get("nomineeUserId")), p.get("personName"),
                    p.get("personTitle"), p.get("deeds"));
            redirect.addFlashAttribute("notice", "commendation.nominated");
            return "redirect:/commendations/" + id;
        } catch (InvalidInput e) {
            return page(me, commendations.get(me, id), formErrors.of(e), p, model);
        }
    }

    @PostMapping("/commendations/{id}/close")
    String close(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> commendations.close(me, id), "commendation.closed");
    }

    @PostMapping("/commendations/{id}/nominations/{nominationId}/decide")
    String decide(Actor me, @PathVariable long id, @PathVariable long nominationId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> commendations.decide(me, id, nominationId,
                "APPROVE".equals(decision), reason), "commendation.decided");
    }

    @PostMapping("/commendations/{id}/issue")
    String issue(Actor me, @PathVariable long id, @RequestParam(required = false) String number, Model model,
            RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> commendations.issue(me, id, number), "commendation.issued");
    }

    @GetMapping("/commendations/{id}/notice.docx")
    ResponseEntity<byte[]> docx(Actor me, @PathVariable long id, HttpServletRequest request) {
        CommendationRound round = commendations.get(me, id);
        return download(me, round, commendations.noticeDocx(round, office(round)), request);
    }

    @GetMapping("/public/commendations")
    String publicList(Model model) {
        model.addAttribute("rounds", commendations.published());
        return "leadership/public-commendations";
    }

    @GetMapping("/public/commendations/{id}")
    String publicRound(@PathVariable long id, Model model) {
        CommendationRound round = commendations.publishedRound(id);
        model.addAttribute("round", round);
        model.addAttribute("office", office(round));
        return "leadership/public-commendation";
    }

    @GetMapping("/public/commendations/{id}/notice.docx")
    ResponseEntity<byte[]> publicDocx(@PathVariable long id, HttpServletRequest request) {
        CommendationRound round = commendations.publishedRound(id);
        return download(PUBLIC, round, commendations.noticeDocx(round, office(round)), request);
    }

    private String step(Actor me, long id, Model model, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/commendations/" + id;
        } catch (InvalidInput e) {
            return page(me, commendations.get(me, id), formErrors.of(e), Map.of(), model);
        }
    }

    private String listPage(Actor me, Model model, Map<String, String> errors) {
        model.addAttribute("rounds", commendations.list(me));
        boolean opens = me.can(Permission.CAMPAIGN_MANAGE);
        model.addAttribute("campaigns", opens ? campaigns.list(me, CampaignStatus.ACTIVE).stream()
                .filter(c -> campaigns.mayManage(me, c.id())).toList() : List.of());
        model.addAttribute("honours", me.isSystem() ? List.of() : commendations.honoursOf(me.unitId()));
        model.addAttribute("errors", errors);
        return "leadership/commendations";
    }

    private String page(Actor me, CommendationRound round, Map<String, String> errors, Map<String, String> form,
            Model model) {
        model.addAttribute("round", round);
        model.addAttribute("people", commendations.nominablePeople(me));
        model.addAttribute("can", commendations.actionsFor(me, round).stream().map(Enum::name).toList());
        model.addAttribute("mayNominate", commendations.mayNominate(me, round));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("myCollective", me.isSystem() ? 0 : round.nominatedBy(me.unitId(), Kind.COLLECTIVE));
        model.addAttribute("myIndividual", me.isSystem() ? 0 : round.nominatedBy(me.unitId(), Kind.INDIVIDUAL));
        return "leadership/commendation";
    }

    /** The issuing office: the campaign's leading group office unit, else the issuing unit. */
    private String office(CommendationRound round) {
        CampaignView c = campaigns.get(Actor.system("commendation notice"), round.campaignId());
        return c.officeUnitName() != null ? c.officeUnitName() : c.issuingUnitName() == null ? "" : c.issuingUnitName();
    }

    private ResponseEntity<byte[]> download(Actor who, CommendationRound round, byte[] content,
            HttpServletRequest request) {
        return Downloads.attachment(who, exports, request, "commendation_round", round.id(), Downloads.DOCX,
                Downloads.fileName(round.title(), ".docx"), content);
    }

    private static Long number(String v) {
        return MeetingFormReader.number(v);
    }


    private static Kind kind(String v) {
        try {
            return v == null ? null : Kind.valueOf(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
