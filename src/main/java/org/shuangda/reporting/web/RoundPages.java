package org.shuangda.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.rounds.BulkAcceptance;
import org.shuangda.reporting.rounds.Submissions;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
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

/** {@code /reporting}: the rounds I report in, and the office's review list of a round. */
@Controller
@RequestMapping("/reporting")
class RoundPages {

    private final Rounds rounds;
    private final RoundProgress progress;
    private final Submissions submissions;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Clock clock;
    private final BulkAcceptance bulk;

    RoundPages(Rounds rounds, RoundProgress progress, Submissions submissions, FormErrors formErrors,
            MessageSource messages, Clock clock, BulkAcceptance bulk) {
        this.bulk = bulk;
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Actor me, Model model) {
        List<RoundView> list = rounds.list(me, null);
        model.addAttribute("rounds", list);
        // 状态: my unit's own submission to each round (已退回 with its reason), for those who report
        model.addAttribute("mine", me.can(Permission.REPORT_SUBMIT)
                ? submissions.mine(me, list.stream().map(v -> v.round().id()).toList()) : Map.of());
        return "reporting/rounds";
    }

    /** Opens (creating if needed) my unit's submission for the round. */
    @PostMapping("/rounds/{id}/mine")
    String mine(Actor me, @PathVariable long id) {
        return "redirect:/reporting/submissions/" + submissions.openForMyUnit(me, id).id();
    }

    @GetMapping("/rounds/{id}/review")
    String review(Actor me, @PathVariable long id, Model model) {
        RoundView view = rounds.get(me, id);
        List<RoundProgress.Line> lines = progress.lines(me, id);
        // the office's steps on each submission (the unit's own are on the submission's page)
        Map<Long, List<SubmissionAction>> steps = new LinkedHashMap<>();
        lines.stream().filter(l -> l.submissionId() != null).forEach(l -> steps.put(l.submissionId(),
                LifecycleAction.available(SubmissionAction.class, me, l.status()).stream()
                        .filter(a -> !a.byUnit()).toList()));
        model.addAttribute("view", view);
        model.addAttribute("roundLocked", view.round().lockedOn(LocalDate.now(clock)));
        model.addAttribute("lines", lines);
        model.addAttribute("steps", steps);
        return "reporting/review";
    }

    /**
     * 全部采用: accepts every waiting submission that passes the rules (each audited on its own) and says which
     * were left, and why.
     */
    @PostMapping("/rounds/{round}/accept-all")
    String acceptAll(Actor me, @PathVariable long round, RedirectAttributes redirect, Locale locale) {
        BulkAcceptance.Result result = bulk.acceptAll(me, round);
        String notice = messages.getMessage("reporting.acceptAll.done", new Object[] {result.accepted().size()},
                locale);
        if (!result.skipped().isEmpty()) {
            notice += messages.getMessage("reporting.acceptAll.skipped", new Object[] {result.skipped().size(),
                    String.join("；", result.skipped().stream().map(s -> s.brokenRules() > 0
                            ? messages.getMessage("reporting.acceptAll.broken", new Object[] {s.unitName(),
                                    s.brokenRules()}, locale)
                            : messages.getMessage("reporting.acceptAll.changed", new Object[] {s.unitName()}, locale))
                            .toList())}, locale);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/reporting/rounds/" + round + "/review";
    }

    /** The office's step on a submission from the review list: {@code return} (with a reason) or {@code accept}. */
    @PostMapping("/rounds/{round}/submissions/{id}/{step:return|accept}")
    String act(Actor me, @PathVariable long round, @PathVariable long id, @PathVariable String step,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        SubmissionAction action = SubmissionAction.ofPath(step);
        try {
            submissions.act(me, id, action, reason);
            redirect.addFlashAttribute("notice", messages.getMessage(switch (action) {
                case RETURN -> "reporting.page.returnedNotice";
                case ACCEPT -> "reporting.page.acceptedNotice";
                case EDIT, SUBMIT -> "reporting.page.submitted";
            }, null, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", String.join(";", formErrors.of(e).values()));
        }
        return "redirect:/reporting/rounds/" + round + "/review";
    }
}
