package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignStore.Placed;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign tasks: a task is seen by its lead and cooperating units (and whoever's scope reaches them by
 * region, such as leaders) and by the office managing the campaign; only the office changes tasks.
 * Statuses are computed for {@link #today()} on the working-day calendar.
 */
@Service
public class Tasks {

    private final TaskStore store;
    private final Campaigns campaigns;
    private final CampaignValidator validator;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    Tasks(TaskStore store, Campaigns campaigns, CampaignValidator validator, WorkingCalendar calendar,
            ApplicationEventPublisher events) {
        this.store = store;
        this.campaigns = campaigns;
        this.validator = validator;
        this.calendar = calendar;
        this.events = events;
    }

    public List<TaskRow> list(TaskFilter filter) {
        LocalDate today = today();
        return store.list(reach(), filter.campaignId(), filter.unitId()).stream()
                .map(t -> new TaskRow(t, TaskTiming.of(t, today, calendar)))
                .filter(r -> filter.status() == null || r.timing().status() == filter.status()).toList();
    }

    public TaskRow get(long id) {
        CampaignTask task = visible(id);
        return new TaskRow(task, TaskTiming.of(task, today(), calendar));
    }

    /** How the current actor stands to task {@code id} (decides which buttons a page shows). */
    public TaskParty partyOf(CampaignTask task) {
        Actor actor = Actors.require();
        return task.partyOf(actor.unitId(), managesCampaignOf(task));
    }

    @Transactional
    public TaskRow create(long campaignId, TaskForm form) {
        Placed campaign = campaigns.managed(campaignId, Actors.scopeFor(Permission.CAMPAIGN_MANAGE));
        campaign.campaign().requireEditable();
        validate(form, campaign);
        long id = store.insert(campaignId, form);
        TaskRow saved = get(id);
        events.publishEvent(AuditableChange.created("campaign_task", id, saved.task().title(), audit(saved.task())));
        return saved;
    }

    @Transactional
    public TaskRow update(long id, TaskForm form) {
        CampaignTask before = visible(id);
        before.requireMayEdit(partyOf(before));
        Placed campaign = campaigns.managed(before.campaignId(), Actors.scopeFor(Permission.CAMPAIGN_MANAGE));
        validate(form, campaign);
        if (!store.update(id, form)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        TaskRow after = get(id);
        events.publishEvent(AuditableChange.updated("campaign_task", id, after.task().title(), audit(before),
                audit(after.task())));
        return after;
    }

    @Transactional
    public void delete(long id) {
        CampaignTask task = visible(id);
        task.requireMayEdit(partyOf(task));
        store.delete(id);
        events.publishEvent(AuditableChange.deleted("campaign_task", id, task.title(), audit(task)));
    }

    /** The date statuses are computed for: today in Beijing. */
    public LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    CampaignTask visible(long id) {
        return store.find(reach(), id).orElseThrow(() -> new NotFoundProblem("task", id));
    }

    private boolean managesCampaignOf(CampaignTask task) {
        Actor actor = Actors.require();
        return actor.can(Permission.CAMPAIGN_MANAGE) && campaigns.mayManage(task.campaignId());
    }

    private TaskStore.Reach reach() {
        DataScope view = Actors.scopeFor(Permission.CAMPAIGN_VIEW);
        Actor actor = Actors.require();
        String[] managed = actor.can(Permission.CAMPAIGN_MANAGE)
                ? actor.scopeFor(Permission.CAMPAIGN_MANAGE).areaPatternArray() : new String[0];
        if (actor.can(Permission.CAMPAIGN_MANAGE) && actor.scopeFor(Permission.CAMPAIGN_MANAGE).all()) {
            view = DataScope.everything();
        }
        return new TaskStore.Reach(view, managed);
    }

    private void validate(TaskForm f, Placed campaign) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (f.title() == null || f.title().isBlank()) {
            problems.add("title", "error.required");
        } else if (f.title().length() > 500) {
            problems.add("title", "error.tooLong", 500);
        }
        if (f.leadUnitId() == null) {
            problems.add("leadUnitId", "error.required");
        } else if (validator.unitWithin(f.leadUnitId(), campaign.regionPath()).isEmpty()) {
            problems.add("leadUnitId", "task.unit.outsideRegion");
        }
        for (int i = 0; i < f.cooperatorIds().size(); i++) {
            Long unit = f.cooperatorIds().get(i);
            if (validator.unitWithin(unit, campaign.regionPath()).map(UnitRef::id).isEmpty()) {
                problems.add("cooperatorIds[" + i + "]", "task.unit.outsideRegion");
            } else if (unit.equals(f.leadUnitId())) {
                problems.add("cooperatorIds[" + i + "]", "task.cooperator.isLead");
            }
        }
        if (f.dueOn() == null) {
            problems.add("dueOn", "error.required");
        } else if (f.dueOn().isBefore(campaign.campaign().startsOn())) {
            problems.add("dueOn", "task.due.beforeStart");
        }
        if (f.supervised() && f.progressEveryWorkingDays() != null
                && (f.progressEveryWorkingDays() < 1 || f.progressEveryWorkingDays() > 250)) {
            problems.add("progressEveryWorkingDays", "task.period.range");
        }
        problems.throwIfAny();
    }

    static Map<String, Object> audit(CampaignTask t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("campaignId", t.campaignId());
        fields.put("section", t.section());
        fields.put("title", t.title());
        fields.put("description", t.description());
        fields.put("leadUnitId", t.leadUnitId());
        fields.put("cooperatorIds", t.cooperatorIds());
        fields.put("dueOn", t.dueOn());
        fields.put("supervised", t.supervised());
        fields.put("progressEveryWorkingDays", t.progressEveryWorkingDays());
        return fields;
    }
}
