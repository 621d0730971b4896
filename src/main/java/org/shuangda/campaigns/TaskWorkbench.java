package org.shuangda.campaigns;

import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.WorkbenchLink;
import org.shuangda.shared.WorkbenchLinkProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The unit's open tasks of running campaigns on the home workbench (how many overdue), opening 我的任务. */
@Component
class TaskWorkbench implements WorkbenchLinkProvider {

    private final OpenTasks openTasks;
    private final MessageSource messages;

    TaskWorkbench(OpenTasks openTasks, MessageSource messages) {
        this.openTasks = openTasks;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchLink> linksFor(Actor actor) {
        if (!actor.can(Permission.CAMPAIGN_VIEW) || !actor.can(Permission.TASK_REPORT)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<TaskRow> open = openTasks.of(actor);
        long overdue = open.stream().filter(r -> r.timing().isOverdue() || r.timing().progressOverdue()).count();
        return List.of(new WorkbenchLink("tasks", messages.getMessage("workbench.tasks", null, locale), "/tasks/mine",
                "list-task", (long) open.size(), overdue, 20));
    }
}
