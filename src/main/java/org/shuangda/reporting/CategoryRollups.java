package org.shuangda.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final RollupReports reports;
    private final Rounds roundStore;
    private final Templates templates;

    CategoryRollups(JdbcClient jdbc, RollupReports reports, Rounds roundStore, Templates templates) {
        this.jdbc = jdbc;
        this.reports = reports;
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

    @Transactional(readOnly = true)
    public CategoryRollup of(RollupReport report) {
        List<Round> rounds = report.round() != null ? List.of(roundStore.load(report.round()))
                : reports.campaignRounds(report.campaign());
        Template template = templates.forRounds(rounds);
        List<Column> columns = columns(template);
        Map<String, Map<String, BigDecimal>> lines = new LinkedHashMap<>();
        report.lines().forEach(l -> lines.put(l.key(), zeros(columns)));
        Map<String, BigDecimal> total = zeros(columns);
        if (columns.isEmpty()) {
            return new CategoryRollup(report.regionCode(), report.by(), columns, lines, total);
        }
        boolean latestOnly = report.round() == null && template.figures() == Figures.CUMULATIVE;
        Long[] counted = (latestOnly ? rounds.subList(rounds.size() - 1, rounds.size()) : rounds).stream()
                .map(Round::id).toArray(Long[]::new);
        String line = switch (report.by()) {
            case "unit" -> "u.id::text";
            case "unitType" -> "u.type";
            // a child region's code, or the unit's id for units sitting in the region itself
            default -> "case when g.path = :path then u.id::text"
                    + " else split_part(substr(g.path, length(:path) + 1), '/', 1) end";
        };
        jdbc.sql("select " + line + " as line, " + """
                       i.code, v.breakdown_key, sum(v.value)
                  from report_submission s join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                  join submission_value v on v.submission_id = s.id and v.breakdown_key > 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = any(:rounds) and s.status = 'ACCEPTED'
                   and g.path like :path || '%' and g.path like :roundPath || '%'
                 group by 1, 2, 3""")
                .param("rounds", counted).param("path", path(report.regionCode()))
                .param("roundPath", path(rounds.get(0).regionCode()))
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
        return RollupLedger.NATION.equals(regionCode) ? "/"
                : jdbc.sql("select path from region where code = :c").param("c", regionCode).query(String.class).single();
    }

    private static Map<String, BigDecimal> zeros(List<Column> columns) {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        columns.forEach(c -> zeros.put(c.key(), BigDecimal.ZERO));
        return zeros;
    }
}
