package org.shuangda.credit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit record's one door: facts are recorded here (by listeners acting as the system, and by this module's
 * lists), idempotent on (source, kind), audited, and announced with {@link CreditFactRecorded}; an entity's record
 * is read here in the reader's scope (the entity must be visible to them: 404 otherwise).
 */
@Service
public class CreditFacts {

    private final CreditFactStore store;
    private final MarketEntities entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditFacts(CreditFactStore store, MarketEntities entities, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a fact; a second call for the same (sourceRef, kind) changes nothing and answers empty (events
     * can be delivered twice).
     */
    @Transactional
    public Optional<Long> record(Actor actor, NewCreditFact fact) {
        actor.require(Permission.CREDIT_VIEW);
        Optional<Long> id = store.insert(fact);
        id.ifPresent(factId -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("entityId", fact.entityId());
            fields.put("kind", fact.kind().name());
            fields.put("source", fact.sourceRef());
            fields.put("occurredOn", fact.occurredOn().toString());
            fields.put("tier", fact.tier().name());
            events.publishEvent(AuditableChange.created(actor, "credit_fact", factId, fact.summary(), fields));
            events.publishEvent(new CreditFactRecorded(factId, fact.entityId(), fact.kind(), fact.occurredOn(),
                    fact.regionPath()));
        });
        return id;
    }

    /** The entity's record, newest first; 404 when the entity is outside the reader's scope. */
    @Transactional(readOnly = true)
    public List<CreditFact> record(Actor actor, long entityId) {
        actor.require(Permission.CREDIT_VIEW);
        MarketEntity visible = entities.get(actor, entityId);
        return store.ofEntity(visible.id());
    }

    /** Ends a fact's public display (period over, restored); audited; false when it had ended already. */
    @Transactional
    public boolean hide(Actor actor, long factId, String reason) {
        actor.require(Permission.CREDIT_MANAGE);
        boolean changed = store.hide(factId, reason, clock.instant());
        if (changed) {
            events.publishEvent(AuditableChange.updated(actor, "credit_fact", factId, reason,
                    Map.of("hidden", false), Map.of("hidden", true, "reason", reason)));
        }
        return changed;
    }
}
