package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.cases.ClockView;
import org.shuangda.cases.ClueAction;
import org.shuangda.cases.ClueSource;
import org.shuangda.cases.ClueStatus;
import org.shuangda.cases.ClueView;
import org.shuangda.cases.Clues;
import org.shuangda.cases.PauseReason;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Clue list, registration form and clue page (verification clock; a button for each step the actor may take
 * now: open a case, decline, pause, resume, extend).
 */
@Controller
class CluePages {

    private final Clues clues;
    private final FormErrors formErrors;
    private final Clock clock;
    private final PartyCreditAlerts creditAlerts;

    CluePages(Clues clues, FormErrors formErrors, Clock clock, PartyCreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
        this.clues = clues;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/clues")
    String list(Actor me, @RequestParam(required = false) ClueStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        me.require(Permission.CASE_VIEW);
        ListSort order = Clues.COLUMNS.parse(sort, dir);
        List<ClueView> list = clues.list(me, status, order, page);
        // 核查期限: the verification clock of each clue still verified (due day, working days left, paused)
        Map<Long, ClockView> clocks = new HashMap<>();
        list.forEach(c -> clues.clock(c).ifPresent(v -> clocks.put(c.id(), v)));
        model.addAttribute("clues", list);
        model.addAttribute("clocks", clocks);
        model.addAttribute("sort", order);
        model.addAttribute("base", ListSort.url("/clues", "status", status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClueStatus.values());
        model.addAttribute("page", page);
        return "cases/clues";
    }

    @GetMapping("/clues/new")
    String form(Actor me, Model model) {
        return form(me, Map.of(), Map.of(), model);
    }

    @PostMapping("/clues")
    String create(Actor me, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
            Model model) {
        CaseFormReader in = new CaseFormReader(form);
        try {
            ClueSource source = in.text("source") == null ? null : ClueSource.valueOf(in.text("source"));
            ClueView saved = clues.register(me, new Clues.ClueDraft(null, source, in.text("sourceRef"), null,
                    in.text("subject"), in.text("subjectUscc"), in.text("content")));
            return "redirect:/clues/" + saved.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(me, form.toSingleValueMap(), formErrors.of(e), model);
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            return form(me, form.toSingleValueMap(), formErrors.of(new InvalidInput("source", "error.required")), model);
        }
    }

    @GetMapping("/clues/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, id, Map.of(), model);
    }

    @PostMapping("/clues/{id}/{action}")
    String act(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        ClueAction step = ClueAction.bySlug(action).orElseThrow(() -> new NotFoundProblem("clue action", action));
        CaseFormReader in = new CaseFormReader(form);
        try {
            ClueView done = switch (step) {
                case OPEN_CASE -> null; // the 立案 form registers the case
                case DECLINE -> clues.decline(me, id, in.text("reason"));
                case PAUSE -> clues.pause(me, id, reason(in.text("pauseReason")), in.text("note"));
                case RESUME -> clues.resume(me, id);
                case EXTEND -> clues.extend(me, id, in.text("approval"));
            };
            return done == null ? "redirect:/cases/new?clue=" + id : "redirect:/clues/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, id, formErrors.of(e), model);
        }
    }

    private static PauseReason reason(String value) {
        try {
            return value == null ? null : PauseReason.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("pauseReason", "clue.invalid.pauseReason");
        }
    }

    private String page(Actor me, long id, Map<String, String> errors, Model model) {
        ClueView clue = clues.find(me, id);
        model.addAttribute("clue", clue);
        model.addAttribute("creditAlerts", creditAlerts.of(me, clue));
        model.addAttribute("clock", clues.clock(clue).orElse(null));
        model.addAttribute("actions", clues.availableActions(me, clue));
        model.addAttribute("pauseReasons", Arrays.stream(PauseReason.values()).filter(PauseReason::appliesToClues)
                .toList());
        model.addAttribute("errors", errors);
        return "cases/clue";
    }

    private String form(Actor me, Map<String, String> values, Map<String, String> errors, Model model) {
        me.require(Permission.CASE_HANDLE);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", ClueSource.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "cases/clue-form";
    }
}
