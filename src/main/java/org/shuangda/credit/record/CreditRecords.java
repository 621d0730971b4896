package org.shuangda.credit.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangda.credit.CreditFact;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An entity's credit record (信用档案) as pages and the API show it: every fact, newest first, with whether it is
 * shown today, the first day its restoration may be asked for, and the restoration applications made for it. Read in
 * the reader's scope (CREDIT_VIEW and the entity visible: 404 otherwise).
 */
@Service
public class CreditRecords {

    /** One line of the timeline. */
    public record Line(CreditFact fact, boolean shownToday, boolean expired, LocalDate restorableFrom,
            boolean restorable, List<Restoration> restorations) {

        public boolean penalty() {
            return fact.kind() == CreditFactKind.PENALTY;
        }
    }

    /** The whole record. */
    public record EntityRecord(MarketEntity entity, LocalDate today, List<Line> lines) {
    }

    private final CreditFacts facts;
    private final MarketEntities entities;
    private final DisplayPeriods periods;
    private final Restorations restorations;

    CreditRecords(CreditFacts facts, MarketEntities entities, DisplayPeriods periods, Restorations restorations) {
        this.facts = facts;
        this.entities = entities;
        this.periods = periods;
        this.restorations = restorations;
    }

    @Transactional(readOnly = true)
    public EntityRecord of(Actor actor, long entityId) {
        actor.require(Permission.CREDIT_VIEW);
        MarketEntity entity = entities.get(actor, entityId);
        List<CreditFact> all = facts.record(actor, entityId);
        LocalDate today = restorations.today();
        Map<Long, List<Restoration>> applications = restorations.ofFacts(all.stream()
                        .filter(f -> f.kind() == CreditFactKind.PENALTY).map(CreditFact::id).toList()).stream()
                .collect(Collectors.groupingBy(Restoration::factId));
        List<Line> lines = all.stream().map(f -> {
            boolean revocation = Boolean.TRUE.equals(f.detail().get("revocation"));
            LocalDate from = f.kind() != CreditFactKind.PENALTY || f.publicFrom() == null || revocation ? null
                    : periods.earliestApplication(f.tier(), f.publicFrom(), f.regionPath());
            boolean expired = f.publicUntil() != null && today.isAfter(f.publicUntil());
            return new Line(f, f.shownOn(today), expired, from, from != null && f.shownOn(today) && !today.isBefore(from),
                    applications.getOrDefault(f.id(), List.of()));
        }).toList();
        return new EntityRecord(entity, today, lines);
    }
}
