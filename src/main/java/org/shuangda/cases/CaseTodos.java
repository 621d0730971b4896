package org.shuangda.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Home-page warnings for those who handle cases: decisions overdue or due within 7 days, seizures ending
 * within 7 days, clues whose verification runs out within 3 days; for handlers and supervisors, supervised
 * cases whose progress report is late.
 */
@Component
class CaseTodos implements TodoProvider {

    private final CaseListStore lists;
    private final CaseStore store;
    private final ClueStore clues;
    private final CaseClocks clocks;
    private final CaseSupervision supervision;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final MessageSource messages;

    CaseTodos(CaseListStore lists, CaseStore store, ClueStore clues, CaseClocks clocks, CaseSupervision supervision,
            WorkingCalendar calendar, Clock clock, MessageSource messages) {
        this.lists = lists;
        this.store = store;
        this.clues = clues;
        this.clocks = clocks;
        this.supervision = supervision;
        this.calendar = calendar;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        boolean handles = actor.can(Permission.CASE_HANDLE);
        boolean supervises = actor.can(Permission.CASE_SUPERVISE);
        if (!handles && !supervises) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<TodoItem> items = new ArrayList<>();
        if (handles) {
            var scope = actor.scopeFor(Permission.CASE_HANDLE);
            for (CaseQuery.ClockState state : List.of(CaseQuery.ClockState.OVERDUE, CaseQuery.ClockState.DUE_SOON)) {
                for (CaseRow r : lists.page(new CaseQuery(null, null, null, state, null, null, 0, 20), scope, today).rows()) {
                    long days = Math.abs(ChronoUnit.DAYS.between(today, r.decisionDueOn()));
                    items.add(new TodoItem(r.number() + " " + r.title(), text(state == CaseQuery.ClockState.OVERDUE
                            ? "case.todo.overdue" : "case.todo.dueSoon", locale, days), "/cases/" + r.id(),
                            r.decisionDueOn(), state == CaseQuery.ClockState.OVERDUE));
                }
            }
            for (ClueView c : clues.dueBy(scope, today.plusDays(3))) {
                boolean overdue = c.verificationClock().isOverdue(now, calendar);
                items.add(new TodoItem(c.number() + " " + c.subject(), overdue ? text("clue.todo.overdue", locale)
                        : text("clue.todo.due", locale, c.verificationClock().due(calendar).orElseThrow()
                                .toLocalDate()), "/clues/" + c.id(), null, overdue));
            }
        }
        var watchScope = handles ? actor.scopeFor(Permission.CASE_HANDLE) : actor.scopeFor(Permission.CASE_SUPERVISE);
        if (handles && supervises) {
            watchScope = watchScope.union(actor.scopeFor(Permission.CASE_SUPERVISE));
        }
        for (Long id : lists.watched(watchScope)) {
            CaseView c = store.view(id).orElseThrow();
            if (supervision.progressOverdue(c)) {
                LocalDate due = supervision.nextReportDue(c);
                items.add(new TodoItem(c.number() + " " + c.title(), text("case.todo.progress", locale, due),
                        "/cases/" + id, due, true));
            }
            if (handles) {
                clocks.seizure(c).filter(v -> v.overdue() || v.dueSoon()).ifPresent(v -> items.add(new TodoItem(
                        c.number() + " " + c.title(), text("case.todo.seizure", locale, v.due()), "/cases/" + id,
                        v.due(), v.overdue())));
            }
        }
        return items;
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
