package org.shuangda.campaigns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.campaigns.CampaignStore.Placed;
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
 * Campaign plans, scoped by region: everyone whose {@code CAMPAIGN_VIEW} scope reaches a campaign's region
 * sees it; changing it needs {@code CAMPAIGN_MANAGE} over that region. Out of scope reads as not found.
 */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final CampaignValidator validator;
    private final ApplicationEventPublisher events;

    Campaigns(CampaignStore store, CampaignValidator validator, ApplicationEventPublisher events) {
        this.store = store;
        this.validator = validator;
        this.events = events;
    }

    public List<CampaignSummary> list(CampaignStatus status) {
        return store.list(Actors.scopeFor(Permission.CAMPAIGN_VIEW), status);
    }

    public Campaign get(long id) {
        return visible(id).campaign();
    }

    /** A campaign the actor manages, to edit it; others are not found. */
    public Campaign getToManage(long id) {
        return managed(id, Actors.scopeFor(Permission.CAMPAIGN_MANAGE)).campaign();
    }

    /** Whether the current actor may change campaign {@code id} (for buttons; writes check again). */
    public boolean mayManage(long id) {
        var actor = Actors.require();
        return actor.can(Permission.CAMPAIGN_MANAGE)
                && store.find(id).filter(p -> actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(p.regionPath()))
                        .isPresent();
    }

    @Transactional
    public Campaign create(Campaign draft) {
        DataScope scope = Actors.scopeFor(Permission.CAMPAIGN_MANAGE);
        Campaign valid = validator.validate(draft, scope).with(null, CampaignStatus.DRAFT, null);
        long id = store.insert(valid);
        Campaign saved = store.find(id).orElseThrow().campaign();
        events.publishEvent(AuditableChange.created("campaign", id, saved.title(), audit(saved)));
        return saved;
    }

    @Transactional
    public Campaign update(long id, Campaign changed) {
        DataScope scope = Actors.scopeFor(Permission.CAMPAIGN_MANAGE);
        Campaign before = managed(id, scope).campaign();
        before.requireEditable();
        Campaign valid = validator.validate(changed, scope).with(id, before.status(), before.clonedFromId());
        if (!store.update(valid)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Campaign after = store.find(id).orElseThrow().campaign();
        events.publishEvent(AuditableChange.updated("campaign", id, after.title(), audit(before), audit(after)));
        return after;
    }

    @Transactional
    public Campaign replacePhases(long id, List<Phase> phases) {
        DataScope scope = Actors.scopeFor(Permission.CAMPAIGN_MANAGE);
        Campaign before = managed(id, scope).campaign();
        before.requireEditable();
        Campaign with = new Campaign(id, before.title(), before.docNumber(), before.issuingUnitId(), null,
                before.regionCode(), null, before.startsOn(), before.endsOn(), null, null, null, null, null, null, null,
                null, null, null, null, null, before.status(), null, phases, null, before.version());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        validator.checkPhases(with, problems);
        problems.throwIfAny();
        store.replacePhases(id, phases);
        Campaign after = store.find(id).orElseThrow().campaign();
        events.publishEvent(AuditableChange.updated("campaign", id, after.title(),
                Map.of("phases", phaseLines(before)), Map.of("phases", phaseLines(after))));
        return after;
    }

    @Transactional
    public Campaign activate(long id) {
        Campaign c = managed(id, Actors.scopeFor(Permission.CAMPAIGN_MANAGE)).campaign();
        return changeStatus(c, c.activate());
    }

    @Transactional
    public Campaign close(long id) {
        Campaign c = managed(id, Actors.scopeFor(Permission.CAMPAIGN_MANAGE)).campaign();
        return changeStatus(c, c.close());
    }

    private Campaign changeStatus(Campaign c, CampaignStatus next) {
        store.setStatus(c.id(), next);
        events.publishEvent(AuditableChange.updated("campaign", c.id(), c.title(), Map.of("status", c.status()),
                Map.of("status", next)));
        return store.find(c.id()).orElseThrow().campaign();
    }

    Placed visible(long id) {
        DataScope scope = Actors.scopeFor(Permission.CAMPAIGN_VIEW);
        return store.find(id).filter(p -> scope.coversArea(p.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("campaign", id));
    }

    /** A campaign the actor manages; one they may only see, or not at all, is "not found" to them. */
    Placed managed(long id, DataScope manage) {
        return store.find(id).filter(p -> manage.coversArea(p.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("campaign", id));
    }

    static Map<String, Object> audit(Campaign c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", c.title());
        fields.put("docNumber", c.docNumber());
        fields.put("regionCode", c.regionCode());
        fields.put("issuingUnitId", c.issuingUnitId());
        fields.put("period", c.startsOn() + "—" + c.endsOn());
        fields.put("leadingGroupId", c.leadingGroupId());
        fields.put("officeUnitId", c.officeUnitId());
        fields.put("officeContact", c.officeContact());
        fields.put("guidingIdea", c.guidingIdea());
        fields.put("goals", c.goals());
        fields.put("focus", List.of(c.rightsTypes(), c.keyProducts(), c.keyAreas(), c.keyDomains()));
        fields.put("phases", phaseLines(c));
        fields.put("members", c.members().stream().map(m -> m.position() + " " + m.title()).toList());
        fields.put("status", c.status());
        return fields;
    }

    private static List<String> phaseLines(Campaign c) {
        return c.phases().stream().map(p -> p.name() + " " + p.startsOn() + "—" + p.endsOn()).toList();
    }
}
