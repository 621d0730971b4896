package org.shuangda.credit.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The credit-risk grades benchmark (issue 14, Performance), not a test: run by bench/credit/run.sh against the
 * packaged application and its embedded PostgreSQL.
 *
 * <ul>
 * <li>{@code generate JDBC ENTITIES FACTS}: adds ENTITIES market entities spread over every current county (one in
 * 25 without an establishment date) and FACTS credit facts on random entities (kinds and tiers in fixed shares,
 * days over the last 36 months, so about two thirds fall in the 24-month window), set-based with
 * {@code generate_series} and a seeded {@code random()} (benchmark data, not a draw), then ANALYZE;</li>
 * <li>{@code run BASE JDBC REASON-LABEL}: asks the application for a full recomputation ({@code POST
 * /api/v1/credit/grades/recompute}, the province office's token), waits for the run to finish and prints its
 * duration as the run table records it, then the same aggregate as one plain SQL {@code GROUP BY} over all facts
 * (the counts by kind and tier within the window, per entity) and the ratio;</li>
 * <li>{@code scheme BASE JDBC}: saves a new scheme version (a heavier failed sample), which queues a full run of
 * its own (reason SCHEME) rewriting every grade with a failed sample; waits for it and prints it the same way.</li>
 * </ul>
 */
public final class CreditGradesBench {

    static final String TOKEN = "sd_demo_province_token_0123456789ab";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "run" -> run(args[1], args[2], args[3]);
            case "scheme" -> scheme(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    static void generate(String url, long entities, long facts) throws SQLException {
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("select setseed(0.14)");
            // the name's trigram index serves the directory's fuzzy search, not the grades: dropped for the load
            s.execute("drop index if exists market_entity_name_trgm_idx");
            s.execute("create temp table county as select row_number() over (order by code) - 1 as n, code"
                    + " from region where level = 'COUNTY' and valid_to is null");
            long counties = count(s, "select count(*) from county");
            long before = count(s, "select coalesce(max(id), 0) from market_entity");
            s.execute("insert into market_entity (name, entity_type, region_code, established_on)"
                    + " select '信用基准测试主体' || g, 'ENTERPRISE', c.code,"
                    + "        case when g % 25 = 0 then null else date '1990-01-01' + (g::bigint * 7919 % 13000)::int end"
                    + "   from generate_series(1, " + entities + ") g"
                    + "   join county c on c.n = g % " + counties);
            long lo = before + 1;
            long hi = count(s, "select max(id) from market_entity");
            System.out.printf("entities: %,d added (ids %d–%d) over %,d counties in %.1f s%n", hi - lo + 1, lo, hi,
                    counties, (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            String today = LocalDate.now().toString();
            s.execute("""
                    insert into credit_fact (entity_id, kind, source_module, source_ref, occurred_on, region_path,
                                             summary, detail, tier)
                    select x.entity_id, x.kind, 'bench', 'bench:' || x.g, date '%s' - x.age, e.region_path,
                           '基准测试记录', case when x.kind = 'INSPECTION_RESULT' and x.r < 0.5
                                              then '{"negative": false}'::jsonb else '{}'::jsonb end,
                           case when x.kind <> 'PENALTY' then 'NOT_SHOWN'
                                when x.r < 0.1 then 'NOT_SHOWN' when x.r < 0.4 then 'MINOR'
                                when x.r < 0.9 then 'GENERAL' else 'SERIOUS' end
                      from (select g, %d + floor(random() * %d)::bigint as entity_id, (random() * 1095)::int as age,
                                   random() as r,
                                   (array['PENALTY','PENALTY','PENALTY','COMPLAINT_UPHELD','COMPLAINT_UPHELD',
                                          'SAMPLE_FAILED','SAMPLE_PASSED','INSPECTION_RESULT','INSPECTION_RESULT',
                                          'ABNORMAL_LISTED','ABNORMAL_REMOVED','SERIOUS_LISTED'])
                                       [1 + floor(random() * 12)::int] as kind
                              from generate_series(1, %d) g) x
                      join pub_entity_grading e on e.id = x.entity_id
                    """.formatted(today, lo, hi - lo + 1, facts));
            System.out.printf("facts: %,d added in %.1f s%n", count(s, "select count(*) from credit_fact"),
                    (System.nanoTime() - t1) / 1e9);
            long t2 = System.nanoTime();
            s.execute("analyze market_entity");
            s.execute("analyze credit_fact");
            s.execute("analyze credit_risk_grade");
            System.out.printf("analyze: %.1f s%n", (System.nanoTime() - t2) / 1e9);
        }
    }

    static void run(String base, String url, String label) throws Exception {
        long lastBefore;
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            lastBefore = count(s, "select coalesce(max(id), 0) from credit_risk_run");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/credit/grades/recompute"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("recompute: " + r.statusCode() + " " + r.body());
        }
        await(url, lastBefore, label, t0);
    }

    /** Waits for the first run after {@code lastBefore} to finish; prints it and the reference beside it. */
    static void await(String url, long lastBefore, String label, long t0) throws Exception {
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("select id, reason, extract(epoch from finished_at - started_at) as secs,"
                        + " entities, changed, scheme_version from credit_risk_run where id > " + lastBefore
                        + " and finished_at is not null order by id limit 1")) {
                    if (rs.next()) {
                        double secs = rs.getDouble("secs");
                        System.out.printf("%s: full recomputation (run %d, %s, scheme v%d): %,d entities, %,d grades"
                                        + " changed, %.1f s (run table), %.1f s from the request%n", label,
                                rs.getLong("id"), rs.getString("reason"), rs.getInt("scheme_version"),
                                rs.getLong("entities"), rs.getLong("changed"), secs, (System.nanoTime() - t0) / 1e9);
                        reference(s, secs);
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
    }

    /** The same counting as one plain GROUP BY over every fact of the window (nothing scored, nothing written). */
    static void reference(Statement s, double recompute) throws SQLException {
        String since = LocalDate.now().minusMonths(24).toString();
        long t0 = System.nanoTime();
        try (ResultSet rs = s.executeQuery("""
                select count(*) as entities, sum(n) as facts from (
                  select entity_id, count(*) as n,
                         count(*) filter (where kind = 'PENALTY' and tier = 'NOT_SHOWN') as a,
                         count(*) filter (where kind = 'PENALTY' and tier = 'MINOR') as b,
                         count(*) filter (where kind = 'PENALTY' and tier = 'GENERAL') as c,
                         count(*) filter (where kind = 'PENALTY' and tier = 'SERIOUS') as d,
                         count(*) filter (where kind = 'ABNORMAL_LISTED') as e,
                         count(*) filter (where kind = 'SERIOUS_LISTED') as f,
                         count(*) filter (where kind = 'SAMPLE_FAILED') as g,
                         count(*) filter (where kind = 'INSPECTION_RESULT'
                                            and coalesce(detail ->> 'negative', 'true') <> 'false') as h,
                         count(*) filter (where kind = 'COMPLAINT_UPHELD') as i
                    from credit_fact
                   where occurred_on > date '%s' and occurred_on <= current_date
                     and kind in ('PENALTY', 'ABNORMAL_LISTED', 'SERIOUS_LISTED', 'SAMPLE_FAILED',
                                  'INSPECTION_RESULT', 'COMPLAINT_UPHELD')
                   group by entity_id) t
                """.formatted(since))) {
            rs.next();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("   reference GROUP BY: %,d entities with facts, %,d facts in the window, %.1f s;"
                    + " ratio recompute / GROUP BY = %.1f%n", rs.getLong("entities"), rs.getLong("facts"), secs,
                    recompute / secs);
        }
        try (ResultSet rs = s.executeQuery("select grade, count(*) from credit_risk_grade group by grade order by grade")) {
            StringBuilder out = new StringBuilder("   distribution:");
            while (rs.next()) {
                out.append(String.format(" %s %,d", rs.getString(1), rs.getLong(2)));
            }
            System.out.println(out);
        }
    }

    static void scheme(String base, String url) throws Exception {
        long lastBefore;
        try (Connection db = connect(url); Statement st = db.createStatement()) {
            lastBefore = count(st, "select coalesce(max(id), 0) from credit_risk_run");
        }
        long t0 = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> current = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/credit/grades/scheme"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\":(\\d+)").matcher(current.body());
        int version = m.find() ? Integer.parseInt(m.group(1)) : 1;
        String body = """
                {"windowMonths":24,"penaltyWarning":5,"penaltyMinor":10,"penaltyGeneral":15,"penaltySerious":30,
                 "abnormalListed":15,"seriousListed":50,"sampleFailed":35,"inspectionFinding":10,"complaintUpheld":5,
                 "underOneYear":10,"underThreeYears":5,"thresholdB":10,"thresholdC":30,"thresholdD":70,
                 "note":"基准测试：抽检不合格加重","basedOn":%d}""".formatted(version);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/credit/grades/scheme"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("new scheme: " + r.statusCode());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.body());
        }
        await(url, lastBefore, "new scheme (every score with a failed sample changes)", t0);
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
