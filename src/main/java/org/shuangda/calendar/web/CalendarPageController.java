package org.shuangda.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.calendar.internal.CalendarEditor;
import org.shuangda.calendar.internal.MissingArrangement;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
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
 * {@code /calendar}: a year at a glance for everyone, with the holiday arrangements; an editor for
 * administrators of the national calendar. Bad input comes back in the form with the reason.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPageController {

    private final WorkingCalendar calendar;
    private final CalendarEditor editor;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final java.time.Clock clock;

    CalendarPageController(WorkingCalendar calendar, CalendarEditor editor, MessageSource messages,
            FormErrors formErrors, java.time.Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.editor = editor;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(Actor me, @RequestParam(required = false) String year, @RequestParam(required = false) String edit,
            Model model) {
        // ?edit=2024-10-01 opens that date in the editor: its entry if it has one, else a new entry for it
        LocalDate picked = parseDate(edit);
        int shownYear = picked != null ? picked.getYear() : parseYear(year);
        SpecialDayForm form = SpecialDayForm.blank(picked);
        if (picked != null && calendar.kindOf(picked).isSpecial()) {
            form = SpecialDayForm.of(calendar.day(picked));
        }
        return page(me, shownYear, form, Map.of(), model);
    }

    @PostMapping("/days")
    String save(Actor me, @ModelAttribute("form") SpecialDayForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(me);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate date = form.parsedDate(problems);
        DayKind kind = form.parsedKind(problems);
        try {
            problems.throwIfAny();
            CalendarDay saved = form.isEditing() ? editor.change(me, date, kind, form.getName())
                    : editor.add(me, date, kind, form.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("calendar.saved",
                    new Object[] {saved.date().toString(), saved.name()}, locale));
            return "redirect:/calendar?year=" + saved.date().getYear();
        } catch (InvalidInput e) {
            // a missing permission or an unknown date is not a typing error: PageErrorHandler answers 403/404
            response.setStatus(422);
            int shownYear = date != null ? date.getYear() : LocalDate.now(clock).getYear();
            return page(me, shownYear, form, formErrors.of(e), model);
        }
    }

    @PostMapping("/days/{date}/delete")
    String delete(Actor me, @PathVariable String date, Locale locale, RedirectAttributes redirect) {
        requireEditor(me);
        LocalDate day = parseDate(date);
        if (day == null) {
            throw new NotFoundProblem("calendar day", date);
        }
        editor.remove(me, day);
        redirect.addFlashAttribute("notice", messages.getMessage("calendar.deleted", new Object[] {day.toString()},
                locale));
        return "redirect:/calendar?year=" + day.getYear();
    }

    private String page(Actor me, int year, SpecialDayForm form, Map<String, String> errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<CalendarDay> special = calendar.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(d -> d.kind().isSpecial()).toList();
        boolean canEdit = CalendarEditor.mayEdit(me);
        model.addAttribute("year", year);
        model.addAttribute("thisYear", today.getYear());
        model.addAttribute("months", YearView.months(year, calendar, today));
        model.addAttribute("periods", HolidayPeriod.of(special));
        model.addAttribute("hasArrangement", calendar.hasHolidayArrangement(year));
        model.addAttribute("provisional", calendar.isProvisionalYear(year));
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            MissingArrangement.yearToEnter(today, calendar).ifPresent(y -> model.addAttribute("missingYear", y));
            model.addAttribute("specialDays", editor.ofYear(year));
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("kinds", List.of(DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY));
        }
        return "calendar/index";
    }

    /** Checked first, so that someone without the right sees 403 rather than errors about their input. */
    private static void requireEditor(Actor me) {
        if (!CalendarEditor.mayEdit(me)) {
            throw new AccessDeniedProblem("editing the national calendar needs CALENDAR_MANAGE for all regions");
        }
    }

    private int parseYear(String year) {
        try {
            int parsed = Integer.parseInt(year == null ? "" : year.strip());
            if (parsed >= CalendarEditor.FIRST_YEAR && parsed <= CalendarEditor.LAST_YEAR) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // a forgiving page: any unusable year shows this year
        }
        return LocalDate.now(clock).getYear();
    }

    private static LocalDate parseDate(String date) {
        try {
            LocalDate parsed = date == null ? null : LocalDate.parse(date.strip());
            return parsed != null && parsed.getYear() >= CalendarEditor.FIRST_YEAR
                    && parsed.getYear() <= CalendarEditor.LAST_YEAR ? parsed : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
