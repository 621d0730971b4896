package org.shuangda.reporting.rollups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.ReportingFixtures;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.rounds.SubmissionState;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The striped running totals under concurrency: many units of one city (so of one province and the nation,
 * the rows every acceptance used to queue on) accepted at the same time through the API, then some taken off
 * again and some re-accepted with other figures, again concurrently. After each phase the totals and
 * accepted-unit counts of every level equal a plain GROUP BY over the accepted raw values (indicator totals
 * only: breakdown key 0), the counts of handed-in, accepted, returned, on-time and late units equal the
 * submissions counted, the API's roll-up says the same, and a rebuild gives the same figures and counts.
 */
@WebTest
class RollupLedgerConcurrencyTests {

    /** 黎城县 and 平顺县, 长治市 (which also has units of its own), 山西省, the nation. */
    private static final String[] LEVELS = {"140426", "140425", "140400", "140000", "000000"};

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired RollupLedger ledger;
    @Autowired TransactionTemplate transactions;

    private long round;
    private List<Long> indicators;

    @BeforeEach
    void round() {
        ReportingFixtures.restoreGrants(jdbc);
        long template = jdbc.sql("select id from report_template where code = 'SHUANGDA_BASIC'").query(Long.class).single();
        round = jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                       due_on, on_time_until, locks_after)
                values (:c, :t, '140400', 1, '并发验收', current_date - 20, current_date, current_date + 5,
                       current_date + 5, current_date + 30) returning id""")
                .param("c", ReportingFixtures.newCampaign(jdbc, "140400")).param("t", template).query(Long.class).single();
        indicators = jdbc.sql("select id from report_indicator where template_id = :t and formula is null order by id")
                .param("t", template).query(Long.class).list();
    }

    @Test
    void concurrent_accepts_and_withdrawals_keep_every_level_equal_to_a_group_by() throws Exception {
        List<Long> units = jdbc.sql("""
                select u.id from unit u join region g on g.code = u.region_code
                 where u.active and g.path like '/140000/140400/%' order by u.id""").query(Long.class).list();
        assertThat(units).hasSizeGreaterThan(30);
        List<Long> submissions = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (long unit : units) {
            submissions.add(submitted(unit, random));
        }

        concurrently(submissions.stream().map(id -> (Callable<Integer>) () -> accept(id)).toList())
                .forEach(status -> assertThat(status).isEqualTo(200));
        assertEveryLevelEqualsGroupBy(units.size(), units.size());
        assertThat(jdbc.sql("select count(distinct stripe) from report_region_total where round_id = :r and region_code = '000000'")
                .param("r", round).query(Integer.class).single()).isGreaterThan(1);

        // a third taken off (returned after acceptance), a third taken off and accepted again with new figures
        List<Callable<Integer>> changes = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            long id = submissions.get(i);
            if (i % 3 == 0) {
                changes.add(() -> withdraw(id, "RETURNED"));
            } else if (i % 3 == 1) {
                changes.add(() -> {
                    withdraw(id, "SUBMITTED");
                    jdbc.sql("update submission_value set value = value + 7 where submission_id = :s").param("s", id).update();
                    return accept(id);
                });
            }
        }
        concurrently(changes).forEach(status -> assertThat(status).isEqualTo(200));
        assertEveryLevelEqualsGroupBy(units.size(), units.size() - (units.size() + 2) / 3);

        Map<String, BigDecimal> running = kept();
        Map<String, String> counts = counts();
        jdbc.sql("select 1 from reporting_rebuild_totals(:r)").param("r", round).query((rs, n) -> 1).list();
        assertThat(kept()).isEqualTo(running);
        assertThat(counts()).isEqualTo(counts);
    }

    /** A unit's submission already submitted (as the submit transition posts it), with figures for every entered indicator and one breakdown row. */
    private long submitted(long unit, SplittableRandom random) {
        long id = jdbc.sql("""
                insert into report_submission (round_id, unit_id, status, submitted_at, on_time)
                values (:r, :u, 'SUBMITTED', localtimestamp, true) returning id""")
                .param("r", round).param("u", unit).query(Long.class).single();
        for (long indicator : indicators) {
            jdbc.sql("insert into submission_value values (:s, :i, 0, :v)").param("s", id).param("i", indicator)
                    .param("v", BigDecimal.valueOf(random.nextInt(1000), random.nextBoolean() ? 0 : 2)).update();
        }
        // a breakdown value (key 1) must never reach the regional totals, which hold indicator totals only
        jdbc.sql("insert into submission_value values (:s, :i, 1, 100000)").param("s", id).param("i", indicators.get(0)).update();
        LocalDateTime at = LocalDateTime.now();
        ledger.post(id, SubmissionState.draft(), new SubmissionState(SubmissionStatus.SUBMITTED, at, true, null, null, null));
        return id;
    }

    private int accept(long id) throws Exception {
        return mvc.perform(post("/api/v1/submissions/" + id + "/accept").with(users.as("shanxi.office")).with(csrf()))
                .andReturn().getResponse().getStatus();
    }

    /** What a transition out of ACCEPTED does to the ledger, in one transaction with the state change. */
    private int withdraw(long id, String to) {
        transactions.executeWithoutResult(tx -> {
            int changed = jdbc.sql("""
                    update report_submission set status = :to, accepted_at = null, accepted_by = null,
                           version = version + 1 where id = :id and status = 'ACCEPTED'""")
                    .param("to", to).param("id", id).update();
            assertThat(changed).isEqualTo(1);
            LocalDateTime at = LocalDateTime.now();
            ledger.post(id, new SubmissionState(SubmissionStatus.ACCEPTED, at, true, null, at, "admin"),
                    new SubmissionState(SubmissionStatus.valueOf(to), at, true, to.equals("RETURNED") ? "重报" : null,
                            null, null));
        });
        return 200;
    }

    private static List<Integer> concurrently(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private void assertEveryLevelEqualsGroupBy(int units, int acceptedUnits) throws Exception {
        assertThat(kept()).isEqualTo(groupBy()).hasSize(LEVELS.length * indicators.size());
        assertThat(counts()).isEqualTo(countedFromSubmissions());
        assertThat(countedFromSubmissions().get("000000")).startsWith(units + "/" + acceptedUnits + "/");
        String province = mvc.perform(get("/api/v1/rollups?round=" + round + "&region=140000").with(users.as("shanxi.office")))
                .andReturn().getResponse().getContentAsString();
        assertThat(new BigDecimal(JsonPath.read(province, "$.total.values.officers").toString()))
                .isEqualByComparingTo(groupBy().get("140000:officers"));
        assertThat((Integer) JsonPath.read(province, "$.total.acceptedUnits")).isEqualTo(acceptedUnits);
    }

    /** The running counts, stripes added up: region → "handed in/accepted/returned/on time/late". */
    private Map<String, String> counts() {
        Map<String, String> counts = new TreeMap<>();
        jdbc.sql("""
                select region_code, sum(handed_in_units) || '/' || sum(accepted_units) || '/' || sum(returned_units)
                       || '/' || sum(on_time_units) || '/' || sum(late_units)
                  from report_region_progress where round_id = :r group by region_code""").param("r", round)
                .query((rs, n) -> counts.put(rs.getString(1).trim(), rs.getString(2))).list();
        return counts;
    }

    /** The oracle for {@link #counts()}: the round's submissions counted per level. */
    private Map<String, String> countedFromSubmissions() {
        Map<String, String> counts = new TreeMap<>();
        jdbc.sql("""
                select l.code, count(*) || '/' || count(*) filter (where s.status = 'ACCEPTED') || '/'
                       || count(*) filter (where s.status = 'RETURNED') || '/' || count(*) filter (where s.on_time)
                       || '/' || count(*) filter (where not s.on_time)
                  from unnest(cast(:levels as text[])) l (code)
                  join report_submission s on s.round_id = :r and s.status <> 'DRAFT'
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                 where g.path like '%/' || l.code || '/%' or l.code = '000000' group by l.code""")
                .param("r", round).param("levels", LEVELS)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getString(2))).list();
        return counts;
    }

    /** The running totals, stripes added up: "region:indicator" → value. */
    private Map<String, BigDecimal> kept() {
        return figures("""
                select t.region_code, i.code, sum(t.value) from report_region_total t
                  join report_indicator i on i.id = t.indicator_id
                 where t.round_id = :r group by t.region_code, i.code""");
    }

    /** The oracle: the accepted raw indicator totals added up per level (zeros where a level has no unit). */
    private Map<String, BigDecimal> groupBy() {
        return figures("""
                select l.code, i.code, coalesce(sum(v.value) filter (where s.status = 'ACCEPTED'), 0)
                  from unnest(cast(:levels as text[])) l (code)
                  cross join report_indicator i
                  join report_submission s on s.round_id = :r
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                  left join submission_value v on v.submission_id = s.id and v.indicator_id = i.id and v.breakdown_key = 0
                 where i.id = any(:indicators) and (g.path like '%/' || l.code || '/%' or l.code = '000000')
                 group by l.code, i.code""");
    }

    private Map<String, BigDecimal> figures(String sql) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        jdbc.sql(sql).param("r", round).param("levels", LEVELS).param("indicators", indicators.toArray(Long[]::new))
                .query((rs, n) -> figures.put(rs.getString(1).trim() + ":" + rs.getString(2),
                        rs.getBigDecimal(3).stripTrailingZeros()))
                .list();
        return figures;
    }
}
