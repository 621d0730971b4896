package org.shuangda.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.shuangda.shared.EnforcementHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The 承办人 of the cases whose party is an entity, for inspections' 回避 (see {@link EnforcementHistory}). */
@Repository
class CaseHistoryStore implements EnforcementHistory {

    private final JdbcClient jdbc;

    CaseHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> handlersSince(Collection<Long> entityIds, LocalDate since) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (entityIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select distinct p.entity_id, o.user_id
                          from case_party p
                          join enforcement_case c on c.id = p.case_id
                          join case_officer o on o.case_id = c.id
                         where p.entity_id = any(:entities) and c.registered_at >= :since
                        """)
                .param("entities", entityIds.toArray(Long[]::new)).param("since", since.atStartOfDay())
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        return out;
    }
}
