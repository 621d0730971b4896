package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.Clue;
import org.shuangda.cases.ClueSource;
import org.shuangda.cases.ClueStatus;
import org.shuangda.cases.Clues;
import org.shuangda.cases.PauseReason;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Clue list, registration form and clue page (verification clock, pause, extend, open a case or decline). */
@Controller
class CluePages {

    private final Clues clues;
    private final WorkingCalendar calendar;
    private final FormErrors formErrors;

    CluePages(Clues clues, WorkingCalendar calendar, FormErrors formErrors) {
        this.clues = clues;
        this.calendar = calendar;
        this.formErrors = formErrors;
    }

    @GetMapping("/clues")
    String list(@RequestParam(required = false) ClueStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = Actors.require();
        if (!actor.can(Permission.CASE_VIEW)) {
            throw new AccessDeniedProblem("missing permission CASE_VIEW");
        }
        model.addAttribute("clues", clues.list(status, page, actor));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClueStatus.values());
        model.addAttribute("page", page);
        return "cases/clues";
    }

    @GetMapping("/clues/new")
    String form(Model model) {
        return form(Map.of(), Map.of(), model);
    }

    @PostMapping("/clues")
    String create(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        CaseFormReader in = new CaseFormReader(form);
        try {
            ClueSource source = in.text("source") == null ? null : ClueSource.valueOf(in.text("source"));
            Clue saved = clues.register(new Clues.ClueDraft(null, source, in.text("sourceRef"), null,
                    in.text("subject"), in.text("subjectUscc"), in.text("content")), Actors.require());
            return "redirect:/clues/" + saved.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(form.toSingleValueMap(), formErrors.of(e), model);
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            return form(form.toSingleValueMap(), formErrors.of(new InvalidInput("source", "error.required")), model);
        }
    }

    @GetMapping("/clues/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, Map.of(), model);
    }

    @PostMapping("/clues/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model) {
        CaseFormReader in = new CaseFormReader(form);
        Actor actor = Actors.require();
        try {
            switch (action) {
                case "decline" -> clues.decline(id, in.text("reason"), actor);
                case "pause" -> clues.pause(id, reason(in.text("pauseReason")), in.text("note"), actor);
                case "resume" -> clues.resume(id, actor);
                case "extend" -> clues.extend(id, in.text("approval"), actor);
                default -> throw new org.shuangda.shared.NotFoundProblem("clue action", action);
            }
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(id, formErrors.of(e), model);
        }
        return "redirect:/clues/" + id;
    }

    private static PauseReason reason(String value) {
        try {
            return value == null ? null : PauseReason.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("pauseReason", "clue.invalid.pauseReason");
        }
    }

    private String page(long id, Map<String, String> errors, Model model) {
        Actor actor = Actors.require();
        Clue clue = clues.find(id, actor);
        model.addAttribute("clue", clue);
        model.addAttribute("clock", clue.status() == ClueStatus.VERIFYING
                ? org.shuangda.cases.ClockView.of(clue.verificationClock(),
                        java.time.LocalDateTime.now(WorkingCalendar.ZONE), calendar) : null);
        model.addAttribute("mayHandle", actor.can(Permission.CASE_HANDLE)
                && actor.scopeFor(Permission.CASE_HANDLE).coversUnit(clue.unitPath(), clue.regionPath()));
        model.addAttribute("mayApprove", actor.can(Permission.CASE_APPROVE)
                && actor.scopeFor(Permission.CASE_APPROVE).coversUnit(clue.unitPath(), clue.regionPath()));
        model.addAttribute("pauseReasons", java.util.Arrays.stream(PauseReason.values())
                .filter(PauseReason::appliesToClues).toList());
        model.addAttribute("errors", errors);
        return "cases/clue";
    }

    private String form(Map<String, String> values, Map<String, String> errors, Model model) {
        if (!Actors.require().can(Permission.CASE_HANDLE)) {
            throw new AccessDeniedProblem("missing permission CASE_HANDLE");
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", ClueSource.values());
        model.addAttribute("today", LocalDate.now(WorkingCalendar.ZONE));
        return "cases/clue-form";
    }
}
