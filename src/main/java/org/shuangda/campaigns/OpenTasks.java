package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * The actor's unit's open tasks of campaigns still running (active, period not over): what the home page's to-dos
 * ({@link TaskTodos}) and the workbench tile ({@link TaskWorkbench}) both show, read once here so that they agree.
 * Empty for someone who may not see campaigns or report on tasks.
 */
@Component
class OpenTasks {

    private final Tasks tasks;
    private final Campaigns campaigns;

    OpenTasks(Tasks tasks, Campaigns campaigns) {
        this.tasks = tasks;
        this.campaigns = campaigns;
    }

    List<TaskRow> of(Actor actor) {
        if (!actor.can(Permission.CAMPAIGN_VIEW) || !actor.can(Permission.TASK_REPORT)) {
            return List.of();
        }
        LocalDate today = tasks.today();
        Set<Long> running = campaigns.list(actor, CampaignStatus.ACTIVE).stream()
                .filter(c -> c.endsOn() == null || !c.endsOn().isBefore(today)).map(CampaignSummary::id)
                .collect(Collectors.toSet());
        return tasks.list(actor, TaskFilter.ofUnit(actor.unitId())).stream()
                .filter(r -> running.contains(r.task().campaignId()) && r.timing().isOpen()).toList();
    }

    LocalDate today() {
        return tasks.today();
    }
}
