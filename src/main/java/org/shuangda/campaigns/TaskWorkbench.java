package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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

    private final Tasks tasks;
    private final Campaigns campaigns;
    private final MessageSource messages;

    TaskWorkbench(Tasks tasks, Campaigns campaigns, MessageSource messages) {
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchLink> linksFor(Actor actor) {
        if (!actor.can(Permission.CAMPAIGN_VIEW) || !actor.can(Permission.TASK_REPORT)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = tasks.today();
        Set<Long> running = campaigns.list(actor, CampaignStatus.ACTIVE).stream()
                .filter(c -> c.endsOn() == null || !c.endsOn().isBefore(today)).map(CampaignSummary::id)
                .collect(Collectors.toSet());
        List<TaskRow> open = tasks.list(actor, TaskFilter.ofUnit(actor.unitId())).stream()
                .filter(r -> running.contains(r.task().campaignId()) && r.timing().isOpen()).toList();
        long overdue = open.stream().filter(r -> r.timing().isOverdue() || r.timing().progressOverdue()).count();
        return List.of(new WorkbenchLink("tasks", messages.getMessage("workbench.tasks", null, locale), "/tasks/mine",
                "list-task", (long) open.size(), overdue, 20));
    }
}
