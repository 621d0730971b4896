package org.shuangda.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the regional running totals current: when a submission is accepted, its values are added to the
 * totals of its unit's region and every region above it (county, city, province, and {@code 000000} for
 * the nation) in the same transaction. A roll-up then reads one row per region and indicator instead of
 * summing millions of raw values, and shows an acceptance at once, with no nightly job.
 */
@Component
class RollupLedger {

    static final String NATION = "000000";

    private static final String LEVELS = """
            cross join lateral (select unnest(string_to_array(trim(both '/' from g.path), '/')) as code
                                union all select '000000') a""";

    private final JdbcClient jdbc;

    RollupLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void postAccepted(long submissionId) {
        jdbc.sql("""
                insert into report_region_total (round_id, region_code, indicator_id, value)
                select s.round_id, a.code, v.indicator_id, v.value
                  from report_submission s
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                """ + LEVELS + """
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                 where s.id = :id
                on conflict (round_id, region_code, indicator_id)
                do update set value = report_region_total.value + excluded.value""")
                .param("id", submissionId).update();
        jdbc.sql("""
                insert into report_region_progress (round_id, region_code, accepted_units)
                select s.round_id, a.code, 1
                  from report_submission s
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                """ + LEVELS + """
                 where s.id = :id
                on conflict (round_id, region_code)
                do update set accepted_units = report_region_progress.accepted_units + 1""")
                .param("id", submissionId).update();
    }
}
