package org.shuangda.credit.alerts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether entities are listed, read from the credit record itself ({@code credit_fact}, this module's table): an
 * entity is on a list while its latest listing fact has no removal fact of the same list after it (by day, then
 * by recording order). Never from the listings part's own tables.
 */
@Repository
class ListingFactStore {

    /** An open listing: the listing fact. */
    record OpenListing(long factId, long entityId, CreditList list, LocalDate listedOn, String summary,
            String regionPath) {
    }

    private final JdbcClient jdbc;

    ListingFactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenListing> open(Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct on (f.entity_id, f.kind) f.id, f.entity_id, f.kind, f.occurred_on, f.summary, f.region_path
                          from credit_fact f
                         where f.entity_id = any(:ids) and f.kind in ('SERIOUS_LISTED', 'ABNORMAL_LISTED')
                           and not exists (
                               select 1 from credit_fact r
                                where r.entity_id = f.entity_id
                                  and r.kind = case f.kind when 'SERIOUS_LISTED' then 'SERIOUS_REMOVED'
                                                           else 'ABNORMAL_REMOVED' end
                                  and (r.occurred_on, r.id) > (f.occurred_on, f.id))
                         order by f.entity_id, f.kind desc, f.occurred_on desc, f.id desc""")
                .param("ids", entityIds.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new OpenListing(rs.getLong("id"), rs.getLong("entity_id"),
                        CreditList.ofListed(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("summary"), rs.getString("region_path")))
                .list();
    }
}
