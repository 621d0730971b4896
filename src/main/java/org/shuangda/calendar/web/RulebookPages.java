package org.shuangda.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.calendar.ClockUnit;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.internal.DatabaseRulebook;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /rules}, the rulebook (时限规则) as a page: every statutory period with its legal source beside its value,
 * for every signed-in user; administrators (CALENDAR_MANAGE) schedule a new version from a future day, which
 * leaves running clocks alone. A refused value comes back in the form with the reason.
 */
@Controller
@RequestMapping("/rules")
class RulebookPages {

    /** The form's fields, as typed (numbers as text, so that "十五" comes back with a message instead of a 400). */
    static final class RuleForm {
        private String name;
        private String amount;
        private String unit;
        private String extensionAmount;
        private String pauses;
        private String source;
        private String effectiveFrom;
        private String ownerRegionPath;

        static RuleForm of(StatutoryRule r, LocalDate from) {
            RuleForm f = new RuleForm();
            f.name = r.name();
            f.amount = String.valueOf(r.amount());
            f.unit = r.unit().name();
            f.extensionAmount = r.extensionAmount() == null ? "0" : String.valueOf(r.extensionAmount());
            f.pauses = r.pauses();
            f.source = r.source();
            f.effectiveFrom = from.toString();
            f.ownerRegionPath = r.owner().regionPath();
            return f;
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getExtensionAmount() { return extensionAmount; }
        public void setExtensionAmount(String v) { extensionAmount = v; }
        public String getPauses() { return pauses; }
        public void setPauses(String v) { pauses = v; }
        public String getSource() { return source; }
        public void setSource(String v) { source = v; }
        public String getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(String v) { effectiveFrom = v; }
        public String getOwnerRegionPath() { return ownerRegionPath; }
        public void setOwnerRegionPath(String v) { ownerRegionPath = v; }
    }

    private final DatabaseRulebook rulebook;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final java.time.Clock clock;

    RulebookPages(DatabaseRulebook rulebook, FormErrors formErrors, MessageSource messages, java.time.Clock clock) {
        this.rulebook = rulebook;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(Actor me, @RequestParam(required = false) String edit,
            @RequestParam(required = false) String region, Model model) {
        RuleForm form = null;
        if (edit != null && me.can(Permission.CALENDAR_MANAGE)) {
            String owner = region == null || region.isBlank() ? null : region.strip();
            DatabaseRulebook.Entry entry = rulebook.current().stream()
                    .filter(e -> e.current().key().equals(edit)
                            && java.util.Objects.equals(e.current().owner().regionPath(), owner))
                    .findFirst().orElseThrow(() -> new NotFoundProblem("statutory rule", edit));
            StatutoryRule base = entry.next() != null ? entry.next() : entry.current();
            form = RuleForm.of(base, entry.next() != null ? base.effectiveFrom() : LocalDate.now(clock).plusDays(1));
        }
        return page(me, edit, form, Map.of(), model);
    }

    @PostMapping("/{key}")
    String change(Actor me, @PathVariable String key, @ModelAttribute("form") RuleForm form, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        me.require(Permission.CALENDAR_MANAGE);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Integer amount = number(problems, "amount", form.getAmount());
        Integer extension = number(problems, "extensionAmount", form.getExtensionAmount());
        LocalDate from = date(problems, form.getEffectiveFrom());
        try {
            problems.throwIfAny();
            StatutoryRule saved = rulebook.change(me, key, new DatabaseRulebook.Change(form.getName(), amount,
                    form.getUnit(), extension, form.getPauses() == null ? "" : form.getPauses(), form.getSource(),
                    from, form.getOwnerRegionPath()));
            redirect.addFlashAttribute("notice", messages.getMessage("rule.page.saved",
                    new Object[] {saved.name(), saved.effectiveFrom().toString()}, locale));
            return "redirect:/rules#rule-" + key;
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, key, form, formErrors.of(e), model);
        }
    }

    private String page(Actor me, String editing, RuleForm form, Map<String, String> errors, Model model) {
        model.addAttribute("entries", rulebook.current());
        model.addAttribute("canEdit", me.can(Permission.CALENDAR_MANAGE));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("editing", form == null ? null : editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", List.of(ClockUnit.values()));
        return "calendar/rules";
    }

    private static Integer number(InvalidInput.Collector problems, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "rule.error.number", text.strip());
            return null;
        }
    }

    private static LocalDate date(InvalidInput.Collector problems, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add("effectiveFrom", "calendar.error.date", text.strip());
            return null;
        }
    }
}
