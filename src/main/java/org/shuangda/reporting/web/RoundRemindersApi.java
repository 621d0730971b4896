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

    /**
     * Who was reminded: {@code units} the names of the units reached, {@code pending} and {@code returned} how
     * many of them had not handed in or had their submission returned, {@code reached} each unit with the
     * people the notice reached.
     */
    record Reminded(int sent, List<String> units, long pending, long returned, List<RoundReminders.Reached> reached) {

        static Reminded of(List<RoundReminders.Reached> all) {
            List<RoundReminders.Reached> delivered = all.stream().filter(RoundReminders.Reached::delivered).toList();
            long returned = delivered.stream().filter(r -> "RETURNED".equals(r.state())).count();
            return new Reminded(delivered.size(), delivered.stream().map(RoundReminders.Reached::unitName).toList(),
                    delivered.size() - returned, returned, delivered);
        }
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
        return Reminded.of(reminders.remind(me, id));
    }

    @PostMapping("/reporting/rounds/{id}/remind")
    @io.swagger.v3.oas.annotations.Hidden
    ModelAndView remindFromPage(Actor me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            Reminded reminded = Reminded.of(reminders.remind(me, id));
            redirect.addFlashAttribute("notice", confirmation(reminded, locale));
            redirect.addFlashAttribute("reminded", reminded.sent() > 0);
        } catch (InvalidInput | NotFoundProblem e) {
            redirect.addFlashAttribute("problem", messages.getMessage("reminders.page.failed", null, locale));
        }
        return new ModelAndView("redirect:/reporting/rounds/" + id + "/review");
    }

    /** "已催报 3 个单位（未报送 2 个，已退回 1 个）：A单位（张三、李四）；B单位（已退回；王五）…" */
    private String confirmation(Reminded r, Locale locale) {
        if (r.sent() == 0) {
            return messages.getMessage("reminders.page.none", null, locale);
        }
        String separator = messages.getMessage("reminders.page.listSeparator", null, locale);
        String nameSeparator = messages.getMessage("reminders.page.nameSeparator", null, locale);
        List<String> parts = r.reached().stream().map(u -> {
            String people = u.people().isEmpty() ? messages.getMessage("reminders.page.nobody", null, locale)
                    : String.join(nameSeparator, u.people());
            String code = "RETURNED".equals(u.state()) ? "reminders.page.unitReturned" : "reminders.page.unit";
            return messages.getMessage(code, new Object[] {u.unitName(), people}, locale);
        }).toList();
        return messages.getMessage("reminders.page.reached",
                new Object[] {r.sent(), r.pending(), r.returned(), String.join(separator, parts)}, locale);
    }
}
