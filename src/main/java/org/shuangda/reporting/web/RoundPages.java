package org.shuangda.reporting.web;

import java.util.Locale;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.Submissions;
import org.shuangda.shared.InvalidInput;
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

    RoundPages(Rounds rounds, RoundProgress progress, Submissions submissions, FormErrors formErrors,
            MessageSource messages) {
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.list(null));
        return "reporting/rounds";
    }

    /** Opens (creating if needed) my unit's submission for the round. */
    @PostMapping("/rounds/{id}/mine")
    String mine(@PathVariable long id) {
        return "redirect:/reporting/submissions/" + submissions.openForMyUnit(id).id();
    }

    @GetMapping("/rounds/{id}/review")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("view", rounds.get(id));
        model.addAttribute("roundLocked", rounds.get(id).round()
                .lockedOn(java.time.LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE)));
        model.addAttribute("lines", progress.lines(id));
        return "reporting/review";
    }

    @PostMapping("/rounds/{round}/submissions/{id}/return")
    String returnWith(@PathVariable long round, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        try {
            submissions.returnWith(id, reason);
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.page.returnedNotice", null, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", String.join(";", formErrors.of(e).values()));
        }
        return "redirect:/reporting/rounds/" + round + "/review";
    }

    @PostMapping("/rounds/{round}/submissions/{id}/accept")
    String accept(@PathVariable long round, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            submissions.accept(id);
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.page.acceptedNotice", null, locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", String.join(";", formErrors.of(e).values()));
        }
        return "redirect:/reporting/rounds/" + round + "/review";
    }
}
