package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.shuangda.reporting.rounds.RoundReminders;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Remind the late units" (催报): {@code POST /api/v1/rounds/{id}/remind} for API clients, and
 * {@code POST /reporting/rounds/{id}/remind} for a button on the office's pages (back to the review page
 * with a notice).
 */
@RestController
@Tag(name = "Reporting rounds 报送批次")
class RoundRemindersApi {

    /** Who was reminded. */
    record Reminded(int sent, List<String> units) {
    }

    private final RoundReminders reminders;
    private final MessageSource messages;

    RoundRemindersApi(RoundReminders reminders, MessageSource messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @PostMapping("/api/v1/rounds/{id}/remind")
    @Operation(summary = "Remind every unit in the caller's scope that has not submitted (REPORT_REVIEW)",
            description = "Sends a notice through the configured NotificationSender; answers the units reminded")
    Reminded remind(Actor me, @PathVariable long id) {
        List<String> units = reminders.remindPending(me, id);
        return new Reminded(units.size(), units);
    }

    @PostMapping("/reporting/rounds/{id}/remind")
    @io.swagger.v3.oas.annotations.Hidden
    ModelAndView remindFromPage(Actor me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            int sent = reminders.remindPending(me, id).size();
            redirect.addFlashAttribute("notice", messages.getMessage("reminders.page.sent", new Object[] {sent}, locale));
        } catch (InvalidInput | NotFoundProblem e) {
            redirect.addFlashAttribute("problem", messages.getMessage("reminders.page.failed", null, locale));
        }
        return new ModelAndView("redirect:/reporting/rounds/" + id + "/review");
    }
}
