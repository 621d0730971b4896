package org.shuangda.complaints;

import java.util.List;
import java.util.Map;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which unit handles a matter: the editable table first (the region's rule for the category, then its rule
 * for every category), else the region's market-supervision unit, else the region's leading-group office;
 * when the region has none of these (a town), the same search one level up.
 */
@Service
public class RoutingTable {

    private final RoutingRuleStore store;
    private final Regions regions;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    RoutingTable(RoutingRuleStore store, Regions regions, UnitDirectory units, ApplicationEventPublisher events) {
        this.store = store;
        this.regions = regions;
        this.units = units;
        this.events = events;
    }

    /** A cached answer and when it expires (units and the table change rarely; edits here clear it). */
    private record Cached<T>(T value, long expires) {
    }

    private static final long TTL_NANOS = 60_000_000_000L;
    private final java.util.concurrent.ConcurrentHashMap<String, Cached<Long>> routes = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<Long, Cached<String>> unitNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** The responsible unit's id; 422 on {@code regionCode} when nobody is responsible anywhere above. */
    public long route(String regionCode, Category category) {
        String key = regionCode + "/" + category;
        Cached<Long> hit = routes.get(key);
        if (hit != null && hit.expires() > System.nanoTime()) {
            return hit.value();
        }
        long unit = lookup(regionCode, category);
        routes.put(key, new Cached<>(unit, System.nanoTime() + TTL_NANOS));
        return unit;
    }

    /** A unit's name for receipts, cached like the routes. */
    public String unitName(long unitId) {
        Cached<String> hit = unitNames.get(unitId);
        if (hit != null && hit.expires() > System.nanoTime()) {
            return hit.value();
        }
        String name = units.find(unitId).map(UnitRef::name).orElse("");
        unitNames.put(unitId, new Cached<>(name, System.nanoTime() + TTL_NANOS));
        return name;
    }

    private long lookup(String regionCode, Category category) {
        return store.responsibleUnit(regionCode, category)
                .orElseThrow(() -> new InvalidInput("regionCode", "filing.error.noUnit", regionCode));
    }

    /** The rules of the regions the actor manages. */
    public List<RoutingRule> list(Actor me) {
        return store.list(me.require(Permission.ROUTING_MANAGE).regionOwned("r.path"));
    }

    /** Adds a rule or replaces the rule for the same region and category. */
    @Transactional
    public void put(Actor me, String regionCode, Category category, long unitId, String note) {
        me.require(Permission.ROUTING_MANAGE);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        var region = regions.find(regionCode == null ? null : regionCode.strip());
        if (region.isEmpty()) {
            problems.add("regionCode", "filing.error.region", regionCode);
        } else if (!Configurable.ROUTING_RULE.mayEdit(me, ConfigOwner.of(region.get().path()))) {
            // a rule belongs to its region (Configurable.ROUTING_RULE): only a grant over that region writes it
            problems.add("regionCode", "filing.error.regionOutOfScope", regionCode);
        }
        UnitRef unit = units.find(unitId).orElse(null);
        if (unit == null) {
            problems.add("unitId", "filing.error.unit");
        } else if (region.isPresent() && !reaches(unit, region.get().path())) {
            problems.add("unitId", "filing.error.unitOutsideRegion", unit.name());
        }
        problems.throwIfAny();
        routes.clear();
        long id = store.put(regionCode.strip(), category, unitId, FilingValidator.strip(note), me.username());
        events.publishEvent(AuditableChange.created(me, "filing_routing_rule", id, region.get().name() + " "
                + (category == null ? "*" : category.name()) + " → " + unit.name(),
                Map.of("regionCode", regionCode.strip(), "category", String.valueOf(category), "unitId", unitId)));
    }

    /**
     * Whether a unit may take a region's matters: a unit of that region or below it, or of a region above it (the
     * city's office for a county), never another county's unit.
     */
    private static boolean reaches(UnitRef unit, String regionPath) {
        return unit.regionPath() != null && (unit.regionPath().startsWith(regionPath)
                || ConfigOwner.of(unit.regionPath()).appliesTo(regionPath));
    }

    @Transactional
    public void delete(Actor me, long id) {
        RoutingRule rule = list(me).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundProblem("routing rule", id));
        String path = regions.find(rule.regionCode()).map(r -> r.path()).orElse(null);
        Configurable.ROUTING_RULE.requireEdit(me, path == null ? ConfigOwner.NATIONAL : ConfigOwner.of(path));
        routes.clear();
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(me, "filing_routing_rule", id, rule.regionName() + " → "
                + rule.unitName(), Map.of("regionCode", rule.regionCode(), "unitId", rule.unitId())));
    }
}
