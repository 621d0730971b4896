package org.shuangda.credit.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.CreditAlert;
import org.shuangda.shared.CreditAlerts;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit module's side of {@link CreditAlerts}: open listings from the credit record, each with the active
 * measures of the catalogue for its list. Listings are published (Order 44, Order 68), so the alert does not
 * depend on the reader's data scope; it needs CREDIT_VIEW (else nothing). A target typed on a form is matched to
 * the directory by its USCC, else by its exact name, looked up as the system (an agent may have no ENTITY_VIEW).
 */
@Service
public class ListedEntityAlerts implements CreditAlerts {

    /** Looks up the directory for a typed target: nothing of the entity but its id and name leaves here. */
    private static final Actor LOOKUP = Actor.system("信用警示查询");
    private static final int NAME_MIN = 2;
    private static final int NAME_MATCHES = 20;

    private final ListingFactStore listings;
    private final Measures measures;
    private final MarketEntities entities;
    private final MessageSource messages;

    ListedEntityAlerts(ListingFactStore listings, Measures measures, MarketEntities entities,
            MessageSource messages) {
        this.listings = listings;
        this.measures = measures;
        this.entities = entities;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CreditAlert> forEntity(Actor actor, long entityId) {
        return forEntities(actor, List.of(entityId)).getOrDefault(entityId, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<CreditAlert>> forEntities(Actor actor, Collection<Long> entityIds) {
        if (!actor.can(Permission.CREDIT_VIEW) || entityIds == null || entityIds.isEmpty()) {
            return Map.of();
        }
        return build(listings.open(entityIds), Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CreditAlert> forTarget(Actor actor, String uscc, String name) {
        if (!actor.can(Permission.CREDIT_VIEW)) {
            return List.of();
        }
        Map<Long, String> matched = resolve(uscc, name);
        if (matched.isEmpty()) {
            return List.of();
        }
        return build(listings.open(matched.keySet()), matched).values().stream().flatMap(List::stream).toList();
    }

    /** Directory entities meant by a typed target: by USCC (exact, case-insensitive), else by exact name. */
    Map<Long, String> resolve(String uscc, String name) {
        Map<Long, String> out = new LinkedHashMap<>();
        String code = uscc == null ? "" : uscc.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 18) {
            entities.idsByUscc(LOOKUP, List.of(code)).values().forEach(id -> out.put(id, null));
            if (!out.isEmpty()) {
                return out;
            }
        }
        String wanted = name == null ? "" : name.strip();
        if (wanted.length() >= NAME_MIN) {
            for (MarketEntity e : entities.search(LOOKUP, new EntityQuery(wanted, null, 1, NAME_MATCHES)).items()) {
                if (e.name().strip().equals(wanted)) {
                    out.put(e.id(), e.name());
                }
            }
        }
        return out;
    }

    private Map<Long, List<CreditAlert>> build(List<ListingFactStore.OpenListing> open, Map<Long, String> names) {
        if (open.isEmpty()) {
            return Map.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Measure> catalogue = measures.active();
        Map<Long, List<CreditAlert>> out = new LinkedHashMap<>();
        Map<Long, String> known = new LinkedHashMap<>(names);
        for (ListingFactStore.OpenListing l : open) {
            String entityName = known.computeIfAbsent(l.entityId(), this::nameOf);
            List<CreditAlert.Measure> applying = new ArrayList<>();
            for (Measure m : catalogue) {
                if (m.appliesTo() == l.list() && m.owner().appliesTo(l.regionPath())) {
                    applying.add(new CreditAlert.Measure(m.id(), m.item(), m.content(), m.target(), m.legalBasis(),
                            messages.getMessage("credit.alerts.level." + m.level(), null, m.level().name(), locale)));
                }
            }
            out.computeIfAbsent(l.entityId(), k -> new ArrayList<>()).add(new CreditAlert(l.entityId(), entityName,
                    l.list().name(), messages.getMessage("credit.alerts.list." + l.list(), null, l.list().name(),
                            locale), l.listedOn(), l.summary(), applying));
        }
        return out;
    }

    private String nameOf(long entityId) {
        try {
            return Optional.ofNullable(entities.get(LOOKUP, entityId)).map(MarketEntity::name).orElse("#" + entityId);
        } catch (NotFoundProblem e) {
            return "#" + entityId;
        }
    }
}
