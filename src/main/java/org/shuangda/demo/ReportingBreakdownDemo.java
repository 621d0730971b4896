package org.shuangda.demo;

import org.shuangda.shared.Actor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Splits the demo submissions' 收缴查扣物品 into the built-in template's product categories (食品、药品、农资、
 * 建材、汽车配件、电子产品、其他), by what each unit mostly seizes, so the submission form, the summary table
 * and the dashboard show real breakdowns. The parts always add up to the unit's total (largest remainder).
 */
@Component
class ReportingBreakdownDemo implements DemoDataStep {

    /** Shares of the seven categories, in the template's order, by a word in the unit's name. */
    private static final Map<String, double[]> SHARES = new LinkedHashMap<>();
    static {
        SHARES.put("食品药品", new double[] {0.55, 0.35, 0, 0, 0, 0, 0.10});
        SHARES.put("农业", new double[] {0.2, 0, 0.7, 0, 0, 0, 0.1});
        SHARES.put("质量技术", new double[] {0.1, 0, 0.1, 0.3, 0.25, 0.2, 0.05});
        SHARES.put("工商", new double[] {0.3, 0.05, 0.1, 0.1, 0.1, 0.25, 0.1});
    }
    private static final double[] OTHERS = {0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2};

    private final JdbcClient jdbc;

    ReportingBreakdownDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 510;
    }

    @Override
    public void load(Actor system) {
        record Seized(long submission, long indicator, String unit, int total, int labels) {
        }
        List<Seized> rows = jdbc.sql("""
                select v.submission_id, v.indicator_id, u.name, v.value::int, cardinality(i.breakdowns)
                  from submission_value v join report_indicator i on i.id = v.indicator_id
                  join report_submission s on s.id = v.submission_id join unit u on u.id = s.unit_id
                 where i.code = 'items_seized' and v.breakdown_key = 0 and cardinality(i.breakdowns) = 7""")
                .query((rs, n) -> new Seized(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
        for (Seized s : rows) {
            double[] shares = SHARES.entrySet().stream().filter(e -> s.unit().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(OTHERS);
            int[] parts = split(s.total(), shares);
            for (int k = 0; k < parts.length; k++) {
                if (parts[k] > 0) {
                    jdbc.sql("""
                            insert into submission_value (submission_id, indicator_id, breakdown_key, value)
                            values (:s, :i, :k, :v)""")
                            .param("s", s.submission()).param("i", s.indicator()).param("k", k + 1)
                            .param("v", BigDecimal.valueOf(parts[k])).update();
                }
            }
        }
    }

    /** Whole parts of {@code total} by {@code shares}, adding up to it exactly. */
    static int[] split(int total, double[] shares) {
        int[] parts = new int[shares.length];
        double[] rest = new double[shares.length];
        int given = 0;
        for (int k = 0; k < shares.length; k++) {
            double exact = total * shares[k];
            parts[k] = (int) Math.floor(exact);
            rest[k] = exact - parts[k];
            given += parts[k];
        }
        while (given < total) {
            int best = 0;
            for (int k = 1; k < shares.length; k++) {
                best = rest[k] > rest[best] ? k : best;
            }
            parts[best]++;
            rest[best] = -1;
            given++;
        }
        return parts;
    }
}
