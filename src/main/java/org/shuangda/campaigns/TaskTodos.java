package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each unit's open tasks (it leads them, the campaign runs) on the home page, soonest first:
 * "截止 1月7日(还剩2个工作日)", "逾期3个工作日", and "进展逾期" when a supervised task's report is late.
 */
@Component
class TaskTodos implements TodoProvider {

    private final Tasks tasks;
    private final MessageSource messages;

    TaskTodos(Tasks tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.can(Permission.CAMPAIGN_VIEW) || !actor.can(Permission.TASK_REPORT)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = tasks.today();
        return tasks.list(TaskFilter.ofUnit(actor.unitId())).stream()
                .filter(r -> r.task().leadUnitId() == actor.unitId())
                .filter(r -> r.task().campaignStatus() == CampaignStatus.ACTIVE && r.timing().isOpen())
                .sorted(Comparator.comparing((TaskRow r) -> r.task().dueOn()))
                .map(r -> new TodoItem(r.task().title(), detail(r, today, locale), "/tasks/" + r.task().id(),
                        r.task().dueOn(), r.timing().isOverdue() || r.timing().progressOverdue()))
                .toList();
    }

    private String detail(TaskRow row, LocalDate today, Locale locale) {
        String due = TaskTexts.date(row.task().dueOn(), today, messages, locale);
        String timing = TaskTexts.timing(row.timing(), messages, locale);
        String text = messages.getMessage("task.todo.detail", new Object[] {due, timing, row.task().campaignTitle()},
                locale);
        return row.timing().progressOverdue()
                ? text + " · " + messages.getMessage("task.progressOverdue", null, locale) : text;
    }
}
