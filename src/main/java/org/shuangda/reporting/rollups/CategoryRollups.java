package org.shuangda.reporting.rollups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.rounds.RoundStore;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.reporting.rounds.ReportingAccess;
import org.shuangda.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roll-ups of the breakdown values by category (收缴查扣物品 by product category) beside a {@link RollupReport}
 * (not to be confused with {@link RollupBreakdowns}, which cuts totals by unit and unit type): a GROUP BY
 * over the accepted submissions of the counted rounds under the report's region, cut the same way as the
 * report's lines. The regional running totals hold totals only (breakdown 0), so this reads raw values:
 * meant for a county, a city or a province, like the unit lines. Called with a report already built, so the
 * caller's scope over the region has been checked.
 */
@Service
public class CategoryRollups {

    /**
     * One breakdown column: {@code key} is {@code code#k}, the key of {@link #lines} and {@link #total} values.
     */
    public record Column(String key, String code, String indicator, String label, String measure) {
    }

    /**
     * @param lines report line key → column key → accepted sum (zeros for lines without any)
     */
    public record CategoryRollup(String regionCode, String by, List<Column> columns,
            Map<String, Map<String, BigDecimal>> lines, Map<String, BigDecimal> total) {

        public boolean isEmpty() {
            return columns.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final CountedRounds rounds;
    private final RoundStore roundStore;
    private final TemplateStore templates;

    CategoryRollups(JdbcClient jdbc, CountedRounds rounds, RoundStore roundStore, TemplateStore templates) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.roundStore = roundStore;
        this.templates = templates;
    }

    /** The columns of a template's breakdowns, in the order of its indicators. */
    public static List<Column> columns(Template template) {
        List<Column> columns = new ArrayList<>();
        template.entered().forEach(i -> {
            for (int k = 1; k <= i.breakdowns().size(); k++) {
                columns.add(new Column(i.code() + "#" + k, i.code(), i.name(), i.breakdowns().get(k - 1), i.measure()));
            }
        });
        return columns;
    }

    /** The breakdowns beside {@code report}, which {@link RollupReports} built for the actor (scope checked). */
    @Transactional(readOnly = true)
    public CategoryRollup of(Actor actor, RollupReport report) {
        ReportingAccess.rollupScope(actor);
        List<Round> all = report.round() != null ? List.of(rounds.round(report.round()))
                : rounds.ofCampaign(report.campaign());
        Template template = templates.columnsFor(all);
        List<Column> columns = columns(template);
        Map<String, Map<String, BigDecimal>> lines = new LinkedHashMap<>();
        report.lines().forEach(l -> lines.put(l.key(), zeros(columns)));
        Map<String, BigDecimal> total = zeros(columns);
        if (columns.isEmpty()) {
            return new CategoryRollup(report.regionCode(), report.by(), columns, lines, total);
        }
        Long[] counted = (report.round() != null ? all : CountedRounds.counted(all, template)).stream()
                .map(Round::id).toArray(Long[]::new);
        String line = switch (report.by()) {
            case "unit" -> "u.id::text";
            case "unitType" -> "u.type";
            // a child region's code, or the unit's id for units sitting in the region itself
            default -> "case when u.region_path = :path then u.id::text"
                    + " else split_part(substr(u.region_path, length(:path) + 1), '/', 1) end";
        };
        jdbc.sql("select " + line + " as line, " + """
                       i.code, v.breakdown_key, sum(v.value)
                  from report_submission s join pub_unit u on u.id = s.unit_id
                  join submission_value v on v.submission_id = s.id and v.breakdown_key > 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = any(:rounds) and s.status = 'ACCEPTED'
                   and u.region_path like :path || '%' and u.region_path like :roundPath || '%'
                 group by 1, 2, 3""")
                .param("rounds", counted).param("path", path(report.regionCode()))
                .param("roundPath", path(all.get(0).regionCode()))
                .query((rs, n) -> {
                    String column = rs.getString(2) + "#" + rs.getInt(3);
                    BigDecimal value = rs.getBigDecimal(4);
                    if (total.containsKey(column)) {
                        total.merge(column, value, BigDecimal::add);
                        Map<String, BigDecimal> own = lines.get(rs.getString(1));
                        if (own != null) {
                            own.merge(column, value, BigDecimal::add);
                        }
                    }
                    return null;
                }).list();
        return new CategoryRollup(report.regionCode(), report.by(), columns, lines, total);
    }

    private String path(String regionCode) {
        return RollupLedger.NATION.equals(regionCode) ? "/" : roundStore.regionPath(regionCode).orElseThrow();
    }

    private static Map<String, BigDecimal> zeros(List<Column> columns) {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        columns.forEach(c -> zeros.put(c.key(), BigDecimal.ZERO));
        return zeros;
    }
}
