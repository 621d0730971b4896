package org.shuangda.complaints;

import java.util.Optional;
import java.util.List;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The routing table and the search for the responsible unit, over the published views of organization
 * ({@code pub_region}, {@code pub_unit}, {@code pub_leading_group}).
 */
@Repository
class RoutingRuleStore {

    private final JdbcClient jdbc;

    RoutingRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The unit for a matter of {@code category} in {@code regionCode}: from the region up, the first region with
     * a rule for the category, a rule for every category, a market-supervision unit or a leading-group office.
     */
    Optional<Long> responsibleUnit(String regionCode, Category category) {
        return jdbc.sql("""
                with recursive up as (
                    select code, parent_code, 0 as depth from pub_region where code = :region
                    union all
                    select r.code, r.parent_code, up.depth + 1 from pub_region r join up on r.code = up.parent_code)
                select unit_id from (
                    select rr.unit_id, up.depth, case when rr.category is null then 1 else 0 end as rank
                      from filing_routing_rule rr join up on up.code = rr.region_code
                     where rr.category = :category or rr.category is null
                    union all
                    select u.id, up.depth, 2 from pub_unit u join up on up.code = u.region_code
                     where u.type = 'MARKET_SUPERVISION' and u.active
                    union all
                    select g.office_unit_id, up.depth, 3 from pub_leading_group g join up on up.code = g.region_code
                ) candidates order by depth, rank, unit_id limit 1""")
                .param("region", regionCode).param("category", category.name()).query(Long.class).optional();
    }

    /**
     * The rules of the regions {@code scope} admits (over {@code r.path}), by region and category. The
     * {@code where} is outside the text block: a text block drops its trailing space, and scope ALL renders
     * {@code true}, which made {@code wheretrue} (a 500 for the city administrator).
     */
    List<RoutingRule> list(SqlPredicate scope) {
        return jdbc.sql("""
                select rr.id, rr.region_code, r.name as region_name, rr.category, rr.unit_id, u.name as unit_name, rr.note
                  from filing_routing_rule rr join pub_region r on r.code = rr.region_code
                  join pub_unit u on u.id = rr.unit_id
                """ + " where " + scope.sql() + " order by rr.region_code, rr.category nulls first")
                .params(scope.params())
                .query((rs, n) -> new RoutingRule(rs.getLong("id"), rs.getString("region_code"),
                        rs.getString("region_name"), rs.getString("category") == null ? null
                                : Category.valueOf(rs.getString("category")), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getString("note")))
                .list();
    }

    /** Adds the rule, replacing the rule for the same region and category; returns its id. */
    long put(String regionCode, Category category, long unitId, String note, String createdBy) {
        jdbc.sql("delete from filing_routing_rule where region_code = :r and coalesce(category, '') = :c")
                .param("r", regionCode).param("c", category == null ? "" : category.name()).update();
        return jdbc.sql("""
                insert into filing_routing_rule (region_code, category, unit_id, note, created_by)
                values (:r, :c, :u, :note, :by) returning id""")
                .param("r", regionCode).param("c", category == null ? null : category.name())
                .param("u", unitId).param("note", note).param("by", createdBy).query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from filing_routing_rule where id = :id").param("id", id).update();
    }
}
