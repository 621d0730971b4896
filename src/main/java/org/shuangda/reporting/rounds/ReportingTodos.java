package org.shuangda.reporting.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Home-page to-dos: for a reporter, each open round their unit has not submitted yet ("第二次数据报送 截止1月7日
 * （还剩2个工作日）"), a returned one with the office's reason ("已退回：…") and a link straight to the form;
 * for an office, each round with submissions waiting for review.
 */
@Component
class ReportingTodos implements TodoProvider {

    private final Rounds rounds;
    private final RoundProgress progress;
    private final SubmissionStore submissions;
    private final MessageSource messages;
    private final UnitDirectory units;
    private final Clock clock;

    ReportingTodos(Rounds rounds, RoundProgress progress, SubmissionStore submissions, MessageSource messages,
            UnitDirectory units, Clock clock) {
        this.units = units;
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
        this.messages = messages;
        this.clock = clock;
    }

    /** "1月7日" in the current year, "2011年1月7日" otherwise. */
    String date(LocalDate date, LocalDate today, Locale locale) {
        String pattern = messages.getMessage(date.getYear() == today.getYear() ? "reporting.date.short"
                : "reporting.date.long", null, locale);
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.can(Permission.REPORT_SUBMIT) && !actor.can(Permission.REPORT_REVIEW)) {
            return List.of();
        }
        List<TodoItem> todos = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        List<RoundView> visible = rounds.list(actor, null);
        Map<Long, Submissions.Mine> mine = actor.can(Permission.REPORT_SUBMIT)
                ? submissions.ofUnit(actor.unitId(), visible.stream().map(v -> v.round().id()).toList()) : Map.of();
        LocalDate today = LocalDate.now(clock);
        for (RoundView view : visible) {
            Round round = view.round();
            Submissions.Mine my = mine.get(round.id());
            if (actor.can(Permission.REPORT_SUBMIT) && !view.locked()
                    && SubmissionAction.awaitsUnit(my == null ? null : my.status())) {
                String due = messages.getMessage("reporting.todo.due", new Object[] {date(round.dueOn(), today, locale),
                        view.dueText()}, locale);
                if (my != null && my.returned()) {
                    // 已退回：the office's reason, one click to the form to correct and resubmit
                    todos.add(new TodoItem(round.name(), messages.getMessage("reporting.mine.returned",
                            new Object[] {my.returnedReason()}, locale) + " · " + due,
                            "/reporting/submissions/" + my.id(), round.dueOn(), view.workingDaysLeft() < 0,
                            messages.getMessage("reporting.status.RETURNED", null, locale)));
                } else {
                    // not started: the round list opens the form (a POST creates the draft)
                    todos.add(new TodoItem(round.name(), due, my == null ? "/reporting#round-" + round.id()
                            : "/reporting/submissions/" + my.id(), round.dueOn(), view.workingDaysLeft() < 0,
                            messages.getMessage(my == null ? "reporting.status.MISSING" : "reporting.status.DRAFT",
                                    null, locale)));
                }
            }
            if (actor.can(Permission.REPORT_REVIEW)) {
                // the office reviews the units of its own region (a county office its county's); an upper office
                // signs off the regions below and reads them in its cockpit, it is not asked to review their forms
                long waiting = progress.lines(actor, round.id()).stream()
                        .filter(l -> l.status() != null && SubmissionAction.ACCEPT.possibleIn(l.status()))
                        .filter(l -> units.find(l.unitId()).map(u -> u.regionPath().equals(actor.unitRegionPath()))
                                .orElse(false))
                        .count();
                if (waiting > 0) {
                    todos.add(new TodoItem(messages.getMessage("reporting.todo.review",
                            new Object[] {round.name(), waiting}, locale), null,
                            "/reporting/rounds/" + round.id() + "/review", null, false,
                            messages.getMessage("reporting.todo.toReview", null, locale)));
                }
            }
        }
        return todos;
    }
}
