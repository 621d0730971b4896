package org.shuangda.entities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market-entity directory for the acting user: reads need {@code ENTITY_VIEW}, writes
 * {@code ENTITY_MANAGE}, both within the actor's area scope (the entity's region subtree). A row outside the
 * scope answers 404, as if it did not exist; a write into a region outside the scope is refused (422) before
 * anything is saved. Every change publishes an {@link AuditableChange} in the same transaction.
 */
@Service
public class MarketEntities {

    private static final String WHAT = "entity";

    private final EntityStore store;
    private final EntityRegionStore regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketEntities(EntityStore store, EntityRegionStore regions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EntityPage search(Actor actor, EntityQuery query) {
        DataScope scope = actor.require(Permission.ENTITY_VIEW);
        String regionPath = null;
        if (query.region() != null) {
            regionPath = regions.find(query.region(), today()).map(RegionInfo::path).orElse(null);
            if (regionPath == null) {
                return new EntityPage(List.of(), 0, query.page(), query.size());
            }
        }
        return store.search(query, scope, regionPath);
    }

    @Transactional(readOnly = true)
    public MarketEntity get(Actor actor, long id) {
        return visible(id, actor.require(Permission.ENTITY_VIEW)).entity();
    }



    /**
     * The ids of the directory's entities holding {@code usccs} within the actor's ENTITY_VIEW scope (codes not
     * registered or outside the scope are missing from the map): how other modules (credit) turn the USCCs
     * their events carry into entities without reading this module's table.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> idsByUscc(Actor actor, java.util.Collection<String> usccs) {
        DataScope scope = actor.require(Permission.ENTITY_VIEW);
        return store.idsByUscc(usccs, scope);
    }

    /** Whether the actor may change this entity (for showing edit and delete buttons). */
    public boolean canManage(Actor actor, MarketEntity entity) {
        return actor.can(Permission.ENTITY_MANAGE) && store.find(entity.id())
                .map(s -> actor.scopeFor(Permission.ENTITY_MANAGE).coversArea(s.regionPath())).orElse(false);
    }

    @Transactional
    public MarketEntity create(Actor actor, EntityDraft draft) {
        DataScope scope = actor.require(Permission.ENTITY_MANAGE);
        EntityValues values = validate(draft, scope, 0L);
        long id;
        try {
            id = store.insert(values, actor.username(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // someone registered the same code between our check and the insert
            throw new InvalidInput("uscc", "entity.error.uscc.duplicate", values.uscc());
        }
        events.publishEvent(EntityAudit.created(actor, id, values));
        return store.find(id).orElseThrow().entity();
    }

    @Transactional
    public MarketEntity update(Actor actor, long id, EntityDraft draft) {
        DataScope scope = actor.require(Permission.ENTITY_MANAGE);
        EntityStore.Stored stored = visible(id, scope);
        MarketEntity before = stored.entity();
        if (draft.version() != null && draft.version() != before.version()) {
            throw new InvalidInput("version", "entity.error.stale");
        }
        EntityValues values = validate(keepIdNumberUnlessChanged(draft, stored), scope, id);
        boolean overrideUnchanged = values.usccOverride() && before.usccOverride()
                && Objects.equals(values.uscc(), before.uscc())
                && Objects.equals(values.overrideReason(), before.overrideReason());
        OffsetDateTime now = OffsetDateTime.now(clock);
        String overrideBy = overrideUnchanged ? before.overrideBy() : actor.username();
        OffsetDateTime overrideAt = overrideUnchanged ? before.overrideAt() : now;
        boolean saved;
        try {
            saved = store.update(id, before.version(), values, overrideBy, overrideAt, now);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("uscc", "entity.error.uscc.duplicate", values.uscc());
        }
        if (!saved) {
            throw new InvalidInput("version", "entity.error.stale");
        }
        AuditableChange change = AuditableChange.updated(actor, EntityAudit.TYPE, id,
                EntityAudit.summary(values.name(), values.usccOverride(), values.uscc()),
                EntityAudit.fields(before), EntityAudit.fields(values));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        if (!Objects.equals(before.establishedOn(), values.establishedOn())) {
            events.publishEvent(new EntityEstablishmentChanged(id, values.establishedOn()));
        }
        return store.find(id).orElseThrow().entity();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        EntityStore.Stored stored = visible(id, actor.require(Permission.ENTITY_MANAGE));
        store.delete(id);
        MarketEntity e = stored.entity();
        events.publishEvent(AuditableChange.deleted(actor, EntityAudit.TYPE, id, e.name(), EntityAudit.fields(e)));
    }

    private EntityStore.Stored visible(long id, DataScope scope) {
        return store.find(id).filter(s -> scope.coversArea(s.regionPath()))
                .orElseThrow(() -> new NotFoundProblem(WHAT, id));
    }

    private EntityValues validate(EntityDraft draft, DataScope scope, long selfId) {
        EntityValidator.Outcome outcome = new EntityValidator(RegionLookup.single(regions, today()), today()).validate(draft, scope);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        outcome.problems().forEach(p -> problems.add(p.field(), p.reason(), p.args()));
        String uscc = outcome.values().map(EntityValues::uscc).orElse(Uscc.normalize(draft.uscc()));
        if (uscc != null && !uscc.isBlank()) {
            store.holderOf(uscc, selfId).ifPresent(holder ->
                    problems.add("uscc", "entity.error.uscc.duplicate", holder.getValue()));
        }
        problems.throwIfAny();
        return outcome.values().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The browser only ever sees the masked number: sending it back (or nothing) means "unchanged". */
    private static EntityDraft keepIdNumberUnlessChanged(EntityDraft d, EntityStore.Stored stored) {
        String sent = d.legalRepIdNumber();
        boolean unchanged = sent == null || sent.strip().equals(stored.entity().legalRepIdNumberMasked());
        if (!unchanged) {
            return d;
        }
        return new EntityDraft(d.name(), d.uscc(), d.usccOverride(), d.overrideReason(), d.entityType(), d.address(),
                d.regionCode(), d.legalRepresentative(), stored.legalRepIdNumber(), d.contactPerson(),
                d.contactPhone(), d.version(), d.establishedOn(), d.industry());
    }
}
