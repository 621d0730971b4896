package org.shuangda.campaigns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.campaigns.CampaignStore.Placed;
import org.shuangda.campaigns.CampaignStore.Shown;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
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

    public List<CampaignSummary> list(Actor actor, CampaignStatus status) {
        return store.list(actor.require(Permission.CAMPAIGN_VIEW), status);
    }

    /** The campaign as pages and the API show it, if it lies in the actor's view scope. */
    public CampaignView get(Actor actor, long id) {
        DataScope scope = actor.require(Permission.CAMPAIGN_VIEW);
        return store.findView(id).filter(s -> scope.coversArea(s.regionPath())).map(Shown::view)
                .orElseThrow(() -> new NotFoundProblem("campaign", id));
    }

    /** A campaign the actor manages, its plan as the edit form shows it; others are not found. */
    public Campaign getToManage(Actor actor, long id) {
        return managed(actor, id).campaign();
    }

    /** Whether {@code actor} may change campaign {@code id} (for buttons; writes check again). */
    public boolean mayManage(Actor actor, long id) {
        return actor.can(Permission.CAMPAIGN_MANAGE) && store.find(id)
                .filter(p -> actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(p.regionPath())).isPresent();
    }

    /** The steps {@code actor} may take on {@code campaign} now (the buttons of its page). */
    public List<CampaignAction> actionsFor(Actor actor, CampaignView campaign) {
        return mayManage(actor, campaign.id())
                ? LifecycleAction.available(CampaignAction.class, actor, campaign.status()) : List.of();
    }

    @Transactional
    public CampaignView create(Actor actor, Campaign draft) {
        DataScope scope = actor.require(Permission.CAMPAIGN_MANAGE);
        Campaign valid = validator.validate(actor, draft, scope).with(null, CampaignStatus.DRAFT, null);
        long id = store.insert(valid);
        Campaign saved = store.find(id).orElseThrow().campaign();
        events.publishEvent(AuditableChange.created(actor, "campaign", id, saved.title(), audit(saved)));
        return view(id);
    }

    @Transactional
    public CampaignView update(Actor actor, long id, Campaign changed) {
        DataScope scope = actor.require(Permission.CAMPAIGN_MANAGE);
        Campaign before = managed(actor, id).campaign();
        before.requireEditable();
        Campaign valid = validator.validate(actor, changed, scope).with(id, before.status(), before.clonedFromId());
        Campaign after = save(valid, changed.version());
        events.publishEvent(AuditableChange.updated(actor, "campaign", id, after.title(), audit(before), audit(after)));
        return view(id);
    }

    @Transactional
    public CampaignView replacePhases(Actor actor, long id, List<Phase> phases) {
        Campaign before = managed(actor, id).campaign();
        before.requireEditable();
        Campaign with = before.withPhases(phases);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        validator.checkPhases(with, problems);
        problems.throwIfAny();
        Campaign after = save(with, before.version());
        events.publishEvent(AuditableChange.updated(actor, "campaign", id, after.title(),
                Map.of("phases", phaseLines(before)), Map.of("phases", phaseLines(after))));
        return view(id);
    }

    /** Takes one lifecycle step (issue, close) on a campaign the actor manages. */
    @Transactional
    public CampaignView take(Actor actor, long id, CampaignAction action) {
        Campaign before = managed(actor, id).campaign();
        Campaign after = save(before.take(action), before.version());
        events.publishEvent(AuditableChange.updated(actor, "campaign", id, before.title(),
                Map.of("status", before.status()), Map.of("status", after.status())));
        return view(id);
    }

    /** A campaign just written, as shown (the writer's scope was checked before the write). */
    CampaignView view(long id) {
        return store.findView(id).orElseThrow().view();
    }

    /** Writes the plan if nobody saved it since {@code expectedVersion} was read, and answers it as stored. */
    private Campaign save(Campaign c, int expectedVersion) {
        if (!store.update(c, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        return store.find(c.id()).orElseThrow().campaign();
    }

    /** A campaign the actor manages; one they may only see, or not at all, is "not found" to them. */
    Placed managed(Actor actor, long id) {
        DataScope manage = actor.require(Permission.CAMPAIGN_MANAGE);
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
