package org.shuangda.reporting.rollups;

import org.shuangda.shared.Instants;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.templates.RuleCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queries behind {@link RollupReports} that the regional running totals cannot answer: accepted figures
 * per unit (summed per unit type in Java) and each expected unit's state in a round. They read the raw
 * values of the units under one region, so they are meant for a county or a city, not the nation. Callers
 * check the region against the data scope first. Roll-up SQL, allow-listed beside the stores.
 */
@Component
class RollupBreakdowns {

    /** A unit under the region with its accepted figures over the counted rounds. */
    record UnitFigures(long unitId, String name, String type, boolean active, int acceptedRounds, Long latestAccepted,
            Map<String, BigDecimal> values) {
    }

    private final JdbcClient jdbc;

    RollupBreakdowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active units under {@code regionPath} (and inside the round's region {@code roundPath}), plus inactive
     * ones whose accepted figures are counted, so the lines always add up to the region's total.
     */
    List<UnitFigures> unitFigures(String regionPath, String roundPath, Long[] rounds, Template template) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                select s.unit_id, i.code, sum(v.value) from report_submission s
                  join pub_unit u on u.id = s.unit_id
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = any(:rounds) and s.status = 'ACCEPTED'
                   and u.region_path like :path || '%' and u.region_path like :roundPath || '%'
                 group by s.unit_id, i.code""")
                .param("rounds", rounds).param("path", regionPath).param("roundPath", roundPath)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> zeros(template))
                        .put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        return jdbc.sql("""
                select u.id, u.name, u.type, u.active,
                       (select count(*) from report_submission s
                         where s.unit_id = u.id and s.round_id = any(:rounds) and s.status = 'ACCEPTED') as accepted,
                       (select s.id from report_submission s join report_round o on o.id = s.round_id
                         where s.unit_id = u.id and s.round_id = any(:rounds) and s.status = 'ACCEPTED'
                         order by o.seq desc limit 1) as latest
                  from pub_unit u
                 where u.region_path like :path || '%' and u.region_path like :roundPath || '%'
                   and (u.active or exists (select 1 from report_submission s where s.unit_id = u.id
                         and s.round_id = any(:rounds) and s.status = 'ACCEPTED'))
                 order by u.region_path, u.path""")
                .param("rounds", rounds).param("path", regionPath).param("roundPath", roundPath)
                .query((rs, n) -> new UnitFigures(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                        rs.getBoolean("active"), rs.getInt("accepted"), rs.getObject("latest", Long.class),
                        derive(template, values.getOrDefault(rs.getLong("id"), zeros(template)))))
                .list();
    }

    /** Every active unit the round expects under {@code regionPath}, with its submission's state (if any). */
    List<UnitStatus> statuses(long roundId, String regionPath, String roundPath) {
        return jdbc.sql("""
                select u.id, u.name, u.region_name, u.type, s.id as sid, s.status, s.on_time, s.submitted_at
                  from pub_unit u
                  left join report_submission s on s.unit_id = u.id and s.round_id = :round
                 where u.active and u.region_path like :path || '%' and u.region_path like :roundPath || '%'
                 order by u.region_path, u.path""")
                .param("round", roundId).param("path", regionPath).param("roundPath", roundPath)
                .query((rs, n) -> new UnitStatus(rs.getLong("id"), rs.getString("name"), rs.getString("region_name"),
                        rs.getString("type"), rs.getObject("sid", Long.class),
                        rs.getString("status") == null ? null : SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getObject("on_time", Boolean.class), Instants.wallTime(rs, "submitted_at")))
                .list();
    }

    static Completeness completeness(Round round, List<UnitStatus> units) {
        int submitted = 0, accepted = 0, returned = 0, onTime = 0, late = 0;
        List<String> missing = new ArrayList<>();
        for (UnitStatus u : units) {
            if (!u.handedIn()) {
                missing.add(u.unitName());
                continue;
            }
            submitted++;
            accepted += u.status() == SubmissionStatus.ACCEPTED ? 1 : 0;
            returned += u.status() == SubmissionStatus.RETURNED ? 1 : 0;
            if (Boolean.TRUE.equals(u.onTime())) {
                onTime++;
            } else if (Boolean.FALSE.equals(u.onTime())) {
                late++;
            }
        }
        return Completeness.of(round.id(), round.name(), round.dueOn(), units.size(), submitted, accepted, returned,
                onTime, late, missing);
    }

    static Map<String, BigDecimal> zeros(Template template) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        template.entered().forEach(i -> values.put(i.code(), BigDecimal.ZERO));
        return values;
    }

    /** Adds the derived indicators computed from the summed figures (结案率 of totals, not a mean of rates). */
    static Map<String, BigDecimal> derive(Template template, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(values);
        all.putAll(RuleCheck.check(template, all, Map.of()).derived());
        return all;
    }
}
