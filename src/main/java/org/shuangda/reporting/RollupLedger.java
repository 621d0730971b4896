package org.shuangda.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the regional running totals current: when a submission is accepted, its values (breakdown key 0, the
 * indicator totals) are added to the totals of its unit's region and every region above it (county, city,
 * province, and {@code 000000} for the nation) in the same transaction; when an accepted submission leaves
 * that state they are taken off again. A roll-up then reads a few rows per region and indicator instead of
 * summing millions of raw values, and shows an acceptance at once, with no nightly job.
 *
 * <p>Striped: each unit posts to one of {@value #STRIPES} stripes of every row (its id modulo
 * {@value #STRIPES}), and readers sum the stripes. With a single row per region, every acceptance in the
 * country updated the same nation and province rows and held them until commit, so concurrent acceptances
 * queued behind each other; with stripes two acceptances meet only when their units share a stripe.
 * Within one transaction rows are locked in one order (region code, then indicator; one stripe), so two
 * acceptances that do meet wait for each other but never deadlock.
 */
@Component
class RollupLedger {

    static final String NATION = "000000";

    /** Stripes per total (V15 checks {@code stripe between 0 and 15}). */
    static final int STRIPES = 16;

    private static final String LEVELS = """
            cross join lateral (select unnest(string_to_array(trim(both '/' from g.path), '/')) as code
                                union all select '000000') a""";

    private final JdbcClient jdbc;

    RollupLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a just-accepted submission's figures (and one accepted unit) to every level above its unit. */
    void postAccepted(long submissionId) {
        post(submissionId, 1);
    }

    /** Takes an accepted submission's figures off again, when it is returned or reopened after acceptance. */
    void postWithdrawn(long submissionId) {
        post(submissionId, -1);
    }

    private void post(long submissionId, int sign) {
        jdbc.sql("""
                insert into report_region_total (round_id, region_code, indicator_id, stripe, value)
                select s.round_id, a.code, v.indicator_id, u.id % :stripes, :sign * v.value
                  from report_submission s
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                """ + LEVELS + """
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                 where s.id = :id
                 order by a.code, v.indicator_id
                on conflict (round_id, region_code, indicator_id, stripe)
                do update set value = report_region_total.value + excluded.value""")
                .param("id", submissionId).param("stripes", STRIPES).param("sign", sign).update();
        jdbc.sql("""
                insert into report_region_progress (round_id, region_code, stripe, accepted_units)
                select s.round_id, a.code, u.id % :stripes, :sign
                  from report_submission s
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                """ + LEVELS + """
                 where s.id = :id
                 order by a.code
                on conflict (round_id, region_code, stripe)
                do update set accepted_units = report_region_progress.accepted_units + excluded.accepted_units""")
                .param("id", submissionId).param("stripes", STRIPES).param("sign", sign).update();
    }
}
