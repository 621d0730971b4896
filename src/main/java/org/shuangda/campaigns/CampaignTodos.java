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

/** For the office: a campaign still running after its end date is waiting for its summary and closing. */
@Component
class CampaignTodos implements TodoProvider {

    private final Campaigns campaigns;
    private final Tasks tasks;
    private final MessageSource messages;

    CampaignTodos(Campaigns campaigns, Tasks tasks, MessageSource messages) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.can(Permission.CAMPAIGN_MANAGE) || !actor.can(Permission.CAMPAIGN_VIEW)) {
            return List.of();
        }
        LocalDate today = tasks.today();
        Locale locale = LocaleContextHolder.getLocale();
        return campaigns.list(actor, CampaignStatus.ACTIVE).stream()
                .filter(c -> c.endsOn() != null && c.endsOn().isBefore(today))
                .sorted(Comparator.comparing(CampaignSummary::endsOn).reversed())
                .map(c -> new TodoItem(messages.getMessage("campaign.todo.ended", new Object[] {c.title()}, locale),
                        messages.getMessage("campaign.todo.ended.detail", new Object[] {c.endsOn()}, locale),
                        "/campaigns/" + c.id(), c.endsOn(), false))
                .toList();
    }
}
