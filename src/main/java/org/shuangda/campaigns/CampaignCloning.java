package org.shuangda.campaigns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.campaigns.CampaignStore.Placed;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a new campaign from an earlier plan (this year's 双打 from last year's): the plan, its phases and
 * its tasks shifted by the distance between the old and the new start date, the same units, as a DRAFT.
 * Progress and completion are not copied.
 */
@Service
public class CampaignCloning {

    private final CampaignStore campaigns;
    private final TaskStore tasks;
    private final Campaigns service;
    private final ApplicationEventPublisher events;

    CampaignCloning(CampaignStore campaigns, TaskStore tasks, Campaigns service, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.service = service;
        this.events = events;
    }

    /**
     * @param newStart the new campaign's first day (required)
     * @param newTitle the new title, or null/blank to keep the old one
     */
    @Transactional
    public CampaignView cloneOf(Actor actor, long sourceId, LocalDate newStart, String newTitle) {
        Placed source = service.managed(actor, sourceId);
        if (newStart == null) {
            throw new InvalidInput("startsOn", "error.required");
        }
        if (newStart.getYear() < 1990 || newStart.getYear() > 2100) {
            throw new InvalidInput("startsOn", "campaign.period.implausible");
        }
        Campaign old = source.campaign();
        long shift = ChronoUnit.DAYS.between(old.startsOn(), newStart);
        Campaign copy = new Campaign(null, newTitle == null || newTitle.isBlank() ? old.title() : newTitle.strip(),
                null, old.issuingUnitId(), old.regionCode(), newStart, old.endsOn().plusDays(shift),
                old.guidingIdea(), old.goals(), old.leadingGroupId(), old.officeUnitId(),
                old.officeContact(), old.officePhone(), old.rightsTypes(), old.keyProducts(), old.keyAreas(),
                old.keyDomains(), CampaignStatus.DRAFT, old.id(),
                old.phases().stream().map(p -> new Phase(p.name(), p.startsOn().plusDays(shift),
                        p.endsOn().plusDays(shift), p.description())).toList(),
                old.members(), 0);
        long id = campaigns.insert(copy);
        for (CampaignTask t : tasks.allOf(sourceId)) {
            tasks.insert(CampaignTask.planned(id, new TaskForm(t.section(), t.title(), t.description(), t.leadUnitId(),
                    t.cooperatorIds(), t.dueOn().plusDays(shift), t.supervised(), t.progressEveryWorkingDays(), 0)));
        }
        Campaign saved = campaigns.find(id).orElseThrow().campaign();
        var fields = new java.util.LinkedHashMap<>(Campaigns.audit(saved));
        fields.put("clonedFromId", sourceId);
        events.publishEvent(AuditableChange.created(actor, "campaign", id, saved.title(), fields));
        return service.view(id);
    }
}
