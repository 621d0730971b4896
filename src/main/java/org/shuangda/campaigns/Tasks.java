package org.shuangda.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignStore.Placed;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign tasks: a task is seen by its lead and cooperating units (and whoever's scope reaches them by
 * region, such as leaders) and by the office managing the campaign; only the office changes tasks.
 * Statuses are computed for {@link #today()} on the working-day calendar; what each party may do is
 * {@link TaskAction}'s.
 */
@Service
public class Tasks {

    private final TaskStore store;
    private final Campaigns campaigns;
    private final CampaignValidator validator;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Tasks(TaskStore store, Campaigns campaigns, CampaignValidator validator, WorkingCalendar calendar, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.campaigns = campaigns;
        this.validator = validator;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    public List<TaskRow> list(Actor actor, TaskFilter filter) {
        LocalDate today = today();
        return store.list(reach(actor), filter.campaignId(), filter.unitId()).stream()
                .map(n -> row(n, today))
                .filter(r -> filter.status() == null || r.timing().status() == filter.status()).toList();
    }

    public TaskRow get(Actor actor, long id) {
        return store.findNamed(reach(actor), id).map(n -> row(n, today()))
                .orElseThrow(() -> new NotFoundProblem("task", id));
    }

    /** How {@code actor} stands to {@code task}: lead, cooperating unit, the office or an observer. */
    public TaskParty partyOf(Actor actor, CampaignTask task) {
        return task.partyOf(actor.unitId(), campaigns.mayManage(actor, task.campaignId()));
    }

    /** The steps {@code actor} may take on the task now (the buttons and forms of its page). */
    public List<TaskAction> actionsFor(Actor actor, CampaignTask task) {
        return task.availableTo(partyOf(actor, task), actor, today());
    }

    @Transactional
    public TaskRow create(Actor actor, long campaignId, TaskForm form) {
        Placed campaign = campaigns.managed(actor, campaignId);
        campaign.campaign().requireEditable();
        validate(form, campaign);
        long id = store.insert(CampaignTask.planned(campaignId, form));
        TaskRow saved = get(actor, id);
        events.publishEvent(AuditableChange.created(actor, "campaign_task", id, saved.task().title(),
                audit(saved.task())));
        return saved;
    }

    @Transactional
    public TaskRow update(Actor actor, long id, TaskForm form) {
        CampaignTask before = visible(actor, id);
        CampaignTask edited = before.edit(partyOf(actor, before), actor, today(), form);
        validate(form, campaigns.managed(actor, before.campaignId()));
        TaskRow after = save(actor, edited, form.version());
        events.publishEvent(AuditableChange.updated(actor, "campaign_task", id, after.task().title(), audit(before),
                audit(after.task())));
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        CampaignTask task = visible(actor, id);
        task.require(TaskAction.EDIT, partyOf(actor, task), actor, today());
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(actor, "campaign_task", id, task.title(), audit(task)));
    }

    /** The date statuses are computed for: today in Beijing, on the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /** Writes a changed task if nobody saved it since {@code expectedVersion} was read; answers it as stored. */
    TaskRow save(Actor actor, CampaignTask changed, int expectedVersion) {
        if (!store.update(changed, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        return get(actor, changed.id());
    }

    CampaignTask visible(Actor actor, long id) {
        return store.find(reach(actor), id).orElseThrow(() -> new NotFoundProblem("task", id));
    }

    private TaskRow row(TaskStore.Named n, LocalDate today) {
        return new TaskRow(n.task(), n.campaignTitle(), n.leadUnitName(), n.cooperators(),
                TaskTiming.of(n.task(), today, calendar));
    }

    private static TaskStore.Reach reach(Actor actor) {
        DataScope view = actor.require(Permission.CAMPAIGN_VIEW);
        DataScope managed = actor.can(Permission.CAMPAIGN_MANAGE) ? actor.scopeFor(Permission.CAMPAIGN_MANAGE)
                : DataScope.none();
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
        } else if (!PlausibleDates.contains(f.dueOn())) {
            PlausibleDates.check(problems, "dueOn", f.dueOn());
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
