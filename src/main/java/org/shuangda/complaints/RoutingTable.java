package org.shuangda.complaints;

import java.util.List;
import java.util.Map;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which unit handles a matter: the editable table first (the region's rule for the category, then its rule
 * for every category), else the region's market-supervision unit, else the region's leading-group office;
 * when the region has none of these (a town), the same search one level up.
 */
@Service
public class RoutingTable {

    private final JdbcClient jdbc;
    private final Regions regions;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    RoutingTable(JdbcClient jdbc, Regions regions, UnitDirectory units, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                with recursive up as (
                    select code, parent_code, 0 as depth from region where code = :region
                    union all
                    select r.code, r.parent_code, up.depth + 1 from region r join up on r.code = up.parent_code)
                select unit_id from (
                    select rr.unit_id, up.depth, case when rr.category is null then 1 else 0 end as rank
                      from filing_routing_rule rr join up on up.code = rr.region_code
                     where rr.category = :category or rr.category is null
                    union all
                    select u.id, up.depth, 2 from unit u join up on up.code = u.region_code
                     where u.type = 'MARKET_SUPERVISION' and u.active
                    union all
                    select g.office_unit_id, up.depth, 3 from leading_group g join up on up.code = g.region_code
                ) candidates order by depth, rank, unit_id limit 1""")
                .param("region", regionCode).param("category", category.name()).query(Long.class).optional()
                .orElseThrow(() -> new InvalidInput("regionCode", "filing.error.noUnit", regionCode));
    }

    public List<RoutingRule> list() {
        DataScope scope = Actors.scopeFor(Permission.ROUTING_MANAGE);
        return jdbc.sql("""
                select rr.id, rr.region_code, r.name as region_name, rr.category, rr.unit_id, u.name as unit_name, rr.note
                  from filing_routing_rule rr join region r on r.code = rr.region_code join unit u on u.id = rr.unit_id
                 where (:all or r.path like any(:areaPatterns))
                 order by rr.region_code, rr.category nulls first""")
                .params(scope.areaParams())
                .query((rs, n) -> new RoutingRule(rs.getLong("id"), rs.getString("region_code"),
                        rs.getString("region_name"), rs.getString("category") == null ? null
                                : Category.valueOf(rs.getString("category")), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getString("note")))
                .list();
    }

    /** Adds a rule or replaces the rule for the same region and category. */
    @Transactional
    public void put(String regionCode, Category category, long unitId, String note) {
        DataScope scope = Actors.scopeFor(Permission.ROUTING_MANAGE);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        var region = regions.find(regionCode == null ? null : regionCode.strip());
        if (region.isEmpty()) {
            problems.add("regionCode", "filing.error.region", regionCode);
        } else if (!scope.coversArea(region.get().path())) {
            problems.add("regionCode", "filing.error.regionOutOfScope", regionCode);
        }
        UnitRef unit = units.find(unitId).orElse(null);
        if (unit == null) {
            problems.add("unitId", "filing.error.unit");
        }
        problems.throwIfAny();
        routes.clear();
        jdbc.sql("delete from filing_routing_rule where region_code = :r and coalesce(category, '') = :c")
                .param("r", regionCode.strip()).param("c", category == null ? "" : category.name()).update();
        long id = jdbc.sql("""
                insert into filing_routing_rule (region_code, category, unit_id, note, created_by)
                values (:r, :c, :u, :note, :by) returning id""")
                .param("r", regionCode.strip()).param("c", category == null ? null : category.name())
                .param("u", unitId).param("note", FilingValidator.strip(note))
                .param("by", Actors.require().username()).query(Long.class).single();
        events.publishEvent(AuditableChange.created("filing_routing_rule", id, region.get().name() + " "
                + (category == null ? "*" : category.name()) + " → " + unit.name(),
                Map.of("regionCode", regionCode.strip(), "category", String.valueOf(category), "unitId", unitId)));
    }

    @Transactional
    public void delete(long id) {
        RoutingRule rule = list().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundProblem("routing rule", id));
        routes.clear();
        jdbc.sql("delete from filing_routing_rule where id = :id").param("id", id).update();
        events.publishEvent(AuditableChange.deleted("filing_routing_rule", id, rule.regionName() + " → "
                + rule.unitName(), Map.of("regionCode", rule.regionCode(), "unitId", rule.unitId())));
    }
}
