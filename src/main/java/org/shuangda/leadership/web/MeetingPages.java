package org.shuangda.leadership.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.leadership.AgendaLinks;
import org.shuangda.leadership.Meeting;
import org.shuangda.leadership.MeetingForm;
import org.shuangda.leadership.MeetingKind;
import org.shuangda.leadership.Meetings;
import org.shuangda.leadership.MinutesForm;
import org.shuangda.leadership.MinutesForm.DecisionForm;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.shuangda.shared.web.Downloads;

/**
 * Meetings on the web: the list, a form to plan one, and one page per meeting that carries every step the
 * office may take now (send the notice, record attendance, write and issue the minutes), the invited unit's answer,
 * the previous meeting's decisions as they stand, and the minutes' DOCX.
 */
@Controller
@RequestMapping("/meetings")
class MeetingPages {

    private static final int SPARE_DECISIONS = 2;

    private final Meetings meetings;
    private final Campaigns campaigns;
    private final FormErrors formErrors;
    private final ExportAudit exports;
    private final AgendaLinks agendaLinks;

    MeetingPages(Meetings meetings, Campaigns campaigns, FormErrors formErrors, ExportAudit exports,
            AgendaLinks agendaLinks) {
        this.meetings = meetings;
        this.agendaLinks = agendaLinks;
        this.campaigns = campaigns;
        this.formErrors = formErrors;
        this.exports = exports;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("meetings", meetings.list(me));
        model.addAttribute("mayPlan", !meetings.groupsToManage(me).isEmpty());
        return "leadership/meetings";
    }

    @GetMapping("/new")
    String createForm(Actor me, Model model) {
        var groups = meetings.groupsToManage(me);
        MeetingForm blank = new MeetingForm(groups.size() == 1 ? groups.get(0).id() : null, null,
                MeetingKind.LEADING_GROUP, "", null, "", "", List.of(), List.of(), 0);
        return form(me, model, null, blank, Map.of());
    }

    @PostMapping("/new")
    String create(Actor me, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        MeetingForm form = MeetingFormReader.meeting(params);
        try {
            Meeting saved = meetings.create(me, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings/" + saved.id();
        } catch (InvalidInput e) {
            return form(me, model, null, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        Meeting m = meetings.get(me, id);
        MeetingForm form = new MeetingForm(m.leadingGroupId(), m.campaignId(), m.kind(), m.title(),
                m.heldAt().atZone(org.shuangda.calendar.WorkingCalendar.ZONE).toLocalDateTime(), m.place(), m.chair(),
                m.invitees().stream().map(Meeting.Invitee::unitId).toList(), m.agenda(), m.version());
        return form(me, model, m, form, Map.of());
    }

    @PostMapping("/{id}/edit")
    String update(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.get(me, id);
        MeetingForm form = MeetingFormReader.meeting(params);
        try {
            meetings.update(me, id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings/" + id;
        } catch (InvalidInput e) {
            return form(me, model, m, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        Meeting m = meetings.get(me, id);
        return page(me, m, minutesFormOf(m), Map.of(), model);
    }

    @PostMapping("/{id}/convene")
    String convene(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> meetings.convene(me, id), "meeting.convened");
    }

    @PostMapping("/{id}/reply")
    String reply(Actor me, @PathVariable long id, @RequestParam(required = false) String reply,
            @RequestParam(required = false) String attendee, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> meetings.reply(me, id, MeetingFormReader.reply(reply), attendee),
                "meeting.replied");
    }

    @PostMapping("/{id}/attendance")
    String attendance(Actor me, @PathVariable long id, @RequestParam(name = "attended", required = false)
            List<String> attended, Model model, RedirectAttributes redirect) {
        Set<Long> units = new HashSet<>();
        for (String a : attended == null ? List.<String>of() : attended) {
            Long unit = MeetingFormReader.number(a);
            if (unit != null) {
                units.add(unit);
            }
        }
        return step(me, id, model, redirect, () -> meetings.recordAttendance(me, id, units), "meeting.attendanceSaved");
    }

    /** Saves the minutes; with {@code more}, re-shows the form with more empty decision rows. */
    @PostMapping("/{id}/minutes")
    String minutes(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.get(me, id);
        MinutesForm form = MeetingFormReader.minutes(params);
        if (params.containsKey("more")) {
            model.addAttribute("spareDecisions", SPARE_DECISIONS * 2);
            return page(me, m, form, Map.of(), model);
        }
        try {
            meetings.writeMinutes(me, id, form);
            redirect.addFlashAttribute("notice", "meeting.minutesSaved");
            return "redirect:/meetings/" + id + "#minutes";
        } catch (InvalidInput e) {
            return page(me, m, form, formErrors.of(e), model);
        }
    }

    @PostMapping("/{id}/issue")
    String issue(Actor me, @PathVariable long id, @RequestParam(required = false) String number, Model model,
            RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> meetings.issueMinutes(me, id, number), "meeting.issued");
    }

    @GetMapping("/{id}/minutes.docx")
    ResponseEntity<byte[]> docx(Actor me, @PathVariable long id, HttpServletRequest request) {
        Meeting m = meetings.get(me, id);
        byte[] content = meetings.minutesDocx(me, id);
        String file = Downloads.fileName(m.title() + "纪要", ".docx");
        return Downloads.attachment(me, exports, request, "meeting", id, Downloads.DOCX, file, content);
    }

    private String step(Actor me, long id, Model model, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/meetings/" + id;
        } catch (InvalidInput e) {
            Meeting m = meetings.get(me, id);
            return page(me, m, minutesFormOf(m), formErrors.of(e), model);
        }
    }

    private String page(Actor me, Meeting m, MinutesForm minutes, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("can", meetings.actionsFor(me, m).stream().map(Enum::name).toList());
        model.addAttribute("mayReply", meetings.mayReply(me, m));
        model.addAttribute("myInvite", m.invitees().stream().filter(i -> !me.isSystem() && i.unitId() == me.unitId())
                .findFirst().orElse(null));
        model.addAttribute("followUp", meetings.followUp(me, m).orElse(null));
        model.addAttribute("visibleTasks", meetings.visibleTasks(me, m));
        model.addAttribute("agenda", agendaLinks.linked(me, m.agenda()));
        model.addAttribute("minutesForm", minutes);
        model.addAttribute("workGroups", meetings.workGroupsOf(m));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("spareDecisions")) {
            model.addAttribute("spareDecisions", minutes.decisions().isEmpty() ? 3 : SPARE_DECISIONS);
        }
        model.addAttribute("campaignTitle", m.campaignId() == null ? null : campaignTitle(me, m.campaignId()));
        return "leadership/meeting";
    }

    private String form(Actor me, Model model, Meeting meeting, MeetingForm form, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("groups", meetings.groupsToManage(me));
        model.addAttribute("kinds", MeetingKind.values());
        List<CampaignSummary> running = new ArrayList<>(campaigns.list(me, CampaignStatus.ACTIVE));
        running.addAll(campaigns.list(me, CampaignStatus.DRAFT));
        model.addAttribute("campaigns", running);
        model.addAttribute("agendaRows", Math.max(3, form.agenda().size() + 1));
        Map<Meeting.LinkKind, List<AgendaLinks.Option>> linkGroups = new LinkedHashMap<>();
        agendaLinks.options(me, form.campaignId() != null ? form.campaignId()
                : meeting == null ? null : meeting.campaignId())
                .forEach(o -> linkGroups.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        model.addAttribute("agendaLinkGroups", linkGroups);
        return "leadership/meeting-form";
    }

    private String campaignTitle(Actor me, long campaignId) {
        if (!me.can(Permission.CAMPAIGN_VIEW)) {
            return null;
        }
        try {
            return campaigns.get(me, campaignId).title();
        } catch (org.shuangda.shared.NotFoundProblem e) { // out of the reader's scope: the page shows no link
            return null;
        }
    }

    private static MinutesForm minutesFormOf(Meeting m) {
        return new MinutesForm(m.minutes().considers(), m.minutes().points(), m.minutes().emphasises(),
                m.minutes().requires(), m.decisions().stream().map(d -> new DecisionForm(d.text(), d.leadUnitId(),
                        d.cooperatorIds(), d.dueOn(), d.workGroupId())).toList(), m.version());
    }
}
