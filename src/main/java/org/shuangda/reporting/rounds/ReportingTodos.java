package org.shuangda.reporting.rounds;

import java.util.ArrayList;
import java.util.List;
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
 * Home-page to-dos: for a reporter, each open round their unit has not submitted yet ("第二次数据报送 截止
 * 2011-01-07 还剩2个工作日"); for an office, each round with submissions waiting for review.
 */
@Component
class ReportingTodos implements TodoProvider {

    private final Rounds rounds;
    private final RoundProgress progress;
    private final SubmissionStore submissions;
    private final MessageSource messages;
    private final UnitDirectory units;

    ReportingTodos(Rounds rounds, RoundProgress progress, SubmissionStore submissions, MessageSource messages,
            UnitDirectory units) {
        this.units = units;
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.can(Permission.REPORT_SUBMIT) && !actor.can(Permission.REPORT_REVIEW)) {
            return List.of();
        }
        List<TodoItem> todos = new ArrayList<>();
        for (RoundView view : rounds.list(actor, null)) {
            Round round = view.round();
            if (actor.can(Permission.REPORT_SUBMIT) && !view.locked()
                    && SubmissionAction.awaitsUnit(submissions.statusOf(round.id(), actor.unitId()).orElse(null))) {
                todos.add(new TodoItem(round.name(), round.dueOn() + " · " + view.dueText(), "/reporting",
                        round.dueOn(), view.workingDaysLeft() < 0));
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
                            new Object[] {round.name(), waiting}, LocaleContextHolder.getLocale()), null,
                            "/reporting/rounds/" + round.id() + "/review", null, false));
                }
            }
        }
        return todos;
    }
}
