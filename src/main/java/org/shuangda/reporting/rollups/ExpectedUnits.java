package org.shuangda.reporting.rollups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.Round;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The active units a round expects under a region, counted per unit region from the region codes under it (the
 * region table's path index) through the units' region code index, so a province reads its own few thousand
 * units, never all the country's; and a round's completeness as counts only, from the running counts, for a
 * region too large for the per-unit list a roll-up shows ({@link #LIST_LIMIT}). Roll-up SQL, allow-listed
 * beside the stores; {@code pub_unit}'s join to the regions is left out by the planner where no region
 * column is read, so the unit counts stay index-only scans.
 */
@Component
class ExpectedUnits {

    /** Regions with more expected units than this get completeness counts without the per-unit list. */
    static final int LIST_LIMIT = 1000;

    /** Active units per region code, for the regions under a region and inside the round's region. */
    record Counted(Map<String, String> paths, Map<String, Integer> units) {

        int total() {
            return units.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Units in the region with path {@code path} and below it. */
        int under(String path) {
            return units.entrySet().stream().filter(e -> paths.get(e.getKey()).startsWith(path))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        String[] codes() {
            return paths.keySet().toArray(String[]::new);
        }

        boolean listable() {
            return total() <= LIST_LIMIT;
        }
    }

    private final JdbcClient jdbc;

    ExpectedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counted once per transaction for the same region and round region (a roll-up report asks twice: for its
     * lines and for its completeness).
     */
    @SuppressWarnings("unchecked")
    Counted under(String regionPath, String roundPath) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return count(regionPath, roundPath);
        }
        Map<List<String>, Counted> memo = (Map<List<String>, Counted>) TransactionSynchronizationManager.getResource(this);
        if (memo == null) {
            Map<List<String>, Counted> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ExpectedUnits.this);
                }
            });
            memo = fresh;
        }
        return memo.computeIfAbsent(List.of(regionPath, roundPath), k -> count(regionPath, roundPath));
    }

    private Counted count(String regionPath, String roundPath) {
        Map<String, String> paths = new HashMap<>();
        Map<String, Integer> units = new HashMap<>();
        if (regionPath.equals("/")) { // the nation: all the units, one index-only scan (V16) without a join
            jdbc.sql("select code, path from pub_region where path like :roundPath || '%'").param("roundPath", roundPath)
                    .query((rs, n) -> paths.put(rs.getString(1), rs.getString(2))).list();
            jdbc.sql("select region_code, count(*) from pub_unit where active group by region_code")
                    .query((rs, n) -> paths.containsKey(rs.getString(1)) ? units.put(rs.getString(1), rs.getInt(2)) : null)
                    .list();
            return new Counted(paths, units);
        }
        // one round trip: the region codes under the region, then their units through the index (V16)
        jdbc.sql("""
                with r as (select code, path from pub_region where path like :path || '%' and path like :roundPath || '%')
                select r.code, r.path, c.units from r left join (
                       select region_code, count(*) as units from pub_unit
                        where active and region_code in (select code from r) group by region_code) c
                    on c.region_code = r.code""")
                .param("path", regionPath).param("roundPath", roundPath)
                .query((rs, n) -> {
                    paths.put(rs.getString(1), rs.getString(2));
                    return rs.getObject(3) == null ? null : units.put(rs.getString(1), rs.getInt(3));
                }).list();
        return new Counted(paths, units);
    }

    /**
     * The same figures as {@link RollupBreakdowns#completeness} over {@link RollupBreakdowns#statuses}, read from the
     * counts {@link RollupLedger} keeps per region; no missing units' names (the lines below name them).
     */
    Completeness completeness(Round round, String regionCode, Counted counted) {
        return jdbc.sql("""
                select coalesce(sum(handed_in_units), 0), coalesce(sum(accepted_units), 0),
                       coalesce(sum(returned_units), 0), coalesce(sum(on_time_units), 0), coalesce(sum(late_units), 0)
                  from report_region_progress where round_id = :round and region_code = :region""")
                .param("round", round.id()).param("region", regionCode)
                .query((rs, n) -> Completeness.of(round.id(), round.name(), round.dueOn(), counted.total(), rs.getInt(1),
                        rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), List.of()))
                .single();
    }
}
