package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each unit's open tasks (it leads them, the campaign runs) on the home page, soonest first:
 * "截止 1月7日(还剩2个工作日)", "逾期3个工作日", and "进展逾期" when a supervised task's report is late.
 * Once a campaign's period has ended its tasks leave the units' lists: what is left is the office's summary
 * ({@link CampaignTodos}), not fifteen-year-old deadlines on a reporter's home page.
 */
@Component
class TaskTodos implements TodoProvider {

    private final OpenTasks openTasks;
    private final MessageSource messages;

    TaskTodos(OpenTasks openTasks, MessageSource messages) {
        this.openTasks = openTasks;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = openTasks.today();
        return openTasks.of(actor).stream()
                .filter(r -> r.task().leadUnitId() == actor.unitId())
                .sorted(Comparator.comparing((TaskRow r) -> r.task().dueOn()))
                .map(r -> new TodoItem(messages.getMessage("task.todo.lead", new Object[] {r.task().title()}, locale),
                        detail(r, today, locale), "/tasks/" + r.task().id(), r.task().dueOn(),
                        r.timing().isOverdue() || r.timing().progressOverdue(),
                        TaskTexts.timing(r.timing(), messages, locale)))
                .toList();
    }

    private String detail(TaskRow row, LocalDate today, Locale locale) {
        String due = TaskTexts.date(row.task().dueOn(), today, messages, locale);
        String timing = TaskTexts.timing(row.timing(), messages, locale);
        String text = messages.getMessage("task.todo.detail", new Object[] {due, timing, row.campaignTitle()},
                locale);
        return row.timing().progressOverdue()
                ? text + " · " + messages.getMessage("task.progressOverdue", null, locale) : text;
    }
}
