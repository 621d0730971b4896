package org.shuangda.reporting.rollups;

import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.rounds.SubmissionState;
import org.shuangda.reporting.rounds.SubmissionTransitioned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the regional running totals current, in the transaction that changes a submission's state: when a
 * submission becomes accepted, its values (breakdown key 0, the indicator totals) are added to the totals of
 * its unit's region and every region above it (county, city, province, and {@code 000000} for the nation);
 * when an accepted submission leaves that state they are taken off again. The same levels count the units
 * that handed in, were accepted, were returned, came on time or late, so completeness is read, not counted.
 * A roll-up then reads a few rows per region instead of scanning millions of raw values or the units of a
 * province, and shows a change at once, with no nightly job. Roll-up SQL, allow-listed beside the stores.
 *
 * <p>Striped: each unit posts to one of {@value #STRIPES} stripes of every row (its id modulo
 * {@value #STRIPES}), and readers sum the stripes. With a single row per region, every acceptance in the
 * country updated the same nation and province rows and held them until commit, so concurrent acceptances
 * queued behind each other; with stripes two of them meet only when their units share a stripe. Within one
 * transaction rows are locked in one order (totals before counts; region code, then indicator; one stripe),
 * so two transactions that do meet wait for each other but never deadlock.
 */
@Component
class RollupLedger {

    static final String NATION = "000000";

    /** Stripes per total (V15 checks {@code stripe between 0 and 15}). */
    static final int STRIPES = 16;

    private static final String LEVELS = """
            cross join lateral (select unnest(string_to_array(trim(both '/' from u.region_path), '/')) as code
                                union all select '000000') a""";

    /** What one submission counts for in report_region_progress, in a given state. */
    private record Counts(int handedIn, int accepted, int returned, int onTime, int late) {

        static Counts of(SubmissionState s) {
            boolean handedIn = s.status() != SubmissionStatus.DRAFT;
            return new Counts(one(handedIn), one(s.status() == SubmissionStatus.ACCEPTED),
                    one(s.status() == SubmissionStatus.RETURNED), one(handedIn && Boolean.TRUE.equals(s.onTime())),
                    one(handedIn && Boolean.FALSE.equals(s.onTime())));
        }

        private static int one(boolean yes) {
            return yes ? 1 : 0;
        }

        Counts minus(Counts o) {
            return new Counts(handedIn - o.handedIn, accepted - o.accepted, returned - o.returned, onTime - o.onTime,
                    late - o.late);
        }

        boolean isZero() {
            return equals(new Counts(0, 0, 0, 0, 0));
        }
    }

    private final JdbcClient jdbc;

    RollupLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Follows a submission's change of state, in the transaction that changed it. */
    @EventListener
    void on(SubmissionTransitioned change) {
        post(change.submissionId(), change.before(), change.after());
    }

    /** Posts what a submission's change of state {@code before → after} changes in the totals and counts. */
    void post(long submissionId, SubmissionState before, SubmissionState after) {
        boolean was = before.status() == SubmissionStatus.ACCEPTED;
        boolean is = after.status() == SubmissionStatus.ACCEPTED;
        if (was != is) {
            postValues(submissionId, is ? 1 : -1);
        }
        Counts delta = Counts.of(after).minus(Counts.of(before));
        if (!delta.isZero()) {
            postCounts(submissionId, delta);
        }
    }

    private void postValues(long submissionId, int sign) {
        jdbc.sql("""
                insert into report_region_total (round_id, region_code, indicator_id, stripe, value)
                select s.round_id, a.code, v.indicator_id, u.id % :stripes, :sign * v.value
                  from report_submission s
                  join pub_unit u on u.id = s.unit_id
                """ + LEVELS + """
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                 where s.id = :id
                 order by a.code, v.indicator_id
                on conflict (round_id, region_code, indicator_id, stripe)
                do update set value = report_region_total.value + excluded.value""")
                .param("id", submissionId).param("stripes", STRIPES).param("sign", sign).update();
    }

    private void postCounts(long submissionId, Counts d) {
        jdbc.sql("""
                insert into report_region_progress (round_id, region_code, stripe, accepted_units, handed_in_units,
                       returned_units, on_time_units, late_units)
                select s.round_id, a.code, u.id % :stripes, :accepted, :handedIn, :returned, :onTime, :late
                  from report_submission s
                  join pub_unit u on u.id = s.unit_id
                """ + LEVELS + """
                 where s.id = :id
                 order by a.code
                on conflict (round_id, region_code, stripe) do update set
                       accepted_units = report_region_progress.accepted_units + excluded.accepted_units,
                       handed_in_units = report_region_progress.handed_in_units + excluded.handed_in_units,
                       returned_units = report_region_progress.returned_units + excluded.returned_units,
                       on_time_units = report_region_progress.on_time_units + excluded.on_time_units,
                       late_units = report_region_progress.late_units + excluded.late_units""")
                .param("id", submissionId).param("stripes", STRIPES).param("accepted", d.accepted())
                .param("handedIn", d.handedIn()).param("returned", d.returned()).param("onTime", d.onTime())
                .param("late", d.late()).update();
    }
}
