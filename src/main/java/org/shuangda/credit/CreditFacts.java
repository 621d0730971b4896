package org.shuangda.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.NotFoundProblem;
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

    /** One fact by id, for the modules's own steps on it (restoration); 404 when the entity is outside scope. */
    @Transactional(readOnly = true)
    public CreditFact fact(Actor actor, long factId) {
        actor.require(Permission.CREDIT_VIEW);
        CreditFact fact = store.find(factId).orElseThrow(() -> new NotFoundProblem("credit_fact", factId));
        entities.get(actor, fact.entityId());
        return fact;
    }

    /**
     * Ends the display of at most {@code limit} facts whose period ended before {@code today} ("公示期满"), in one
     * transaction with one audit entry naming them; empty when none was left or another instance holds the expiry
     * lock. The daily job calls it, from {@link ExpiryCursor#START} and then after each batch, until a batch is
     * short.
     */
    @Transactional
    public ExpiredBatch hideExpired(Actor actor, LocalDate today, int limit, ExpiryCursor after) {
        if (!actor.can(Permission.CREDIT_MANAGE)) {
            actor.require(Permission.CREDIT_SETTINGS); // an administrator running the job now
        }
        if (!store.tryExpiryLock()) {
            return new ExpiredBatch(List.of(), after);
        }
        ExpiredBatch batch = store.hideExpired(today, EXPIRED, clock.instant(), limit, after);
        List<Long> ids = batch.ids();
        if (!ids.isEmpty()) {
            events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "credit_fact", "expiry:" + today,
                    EXPIRED + " " + ids.size(), Map.of("hidden", true, "reason", EXPIRED, "before", today.toString(),
                            "ids", ids)));
        }
        return batch;
    }

    /** The reason a fact stops showing when its display period is over. */
    public static final String EXPIRED = "公示期满";

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
