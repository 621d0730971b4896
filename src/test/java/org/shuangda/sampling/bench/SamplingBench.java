package org.shuangda.sampling.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sampling benchmark (issue 17, Performance), not a test: run by bench/sampling/run.sh against the packaged
 * application and its embedded PostgreSQL.
 * <ul>
 * <li>{@code generate JDBC N}: adds N final samples of this year over the counties of 长治市 (3% failed, eight
 * categories, four stages, one failed item each), set-based, plus {@value #CLOSED} failed samples whose re-test window
 * closed and {@value #OPEN} still in it, then ANALYZE;</li>
 * <li>{@code run BASE JDBC}: as the province office (bearer token) times {@code GET /api/v1/sampling/figures} for one
 * round's period (a quarter) of the province, of the city and of a county, {@value #RUNS} times each after
 * {@value #WARMUP} warm-ups, beside the plain {@code GROUP BY category, stage} of the same batches in the same database
 * (JDBC, no scope, no failed items, no per-1,000 figures); then times the daily sweep
 * ({@code POST /api/v1/sampling/sweep}).</li>
 * </ul>
 */
public final class SamplingBench {

    static final String TOKEN = "sd_demo_province_token_0123456789ab";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final int WARMUP = 5;
    static final int RUNS = 40;
    static final int CLOSED = 1000;
    static final int OPEN = 500;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Long.parseLong(args[2]));
            case "run" -> run(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    static int year() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    static void generate(String url, long n) throws SQLException {
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            long t0 = System.nanoTime();
            long plan = count(s, "select min(id) from sampling_plan");
            long lab = count(s, "select min(id) from sampling_lab");
            long unit = count(s, "select min(unit_id) from sampling_plan");
            s.execute("create temp table county as select row_number() over (order by code) - 1 as n, code, path"
                    + " from region where level = 'COUNTY' and valid_to is null and code like '1404%'");
            long counties = count(s, "select count(*) from county");
            String unitPath = string(s, "select unit_path from sampling_plan where id = " + plan);
            s.execute("""
                    insert into sampling_sample (number, plan_id, kind, category, stage, unit_id, unit_path, region_path,
                           entity_name, entity_region_code, product_name, sampled_on, site, product, state, lab_id,
                           sent_on, received_on, result, failed_items, report_no, concluded_on, reported_on,
                           final_result, final_on, created_by, created_at)
                    select 'BENCH-' || g, %d, 'FOOD',
                           (array['粮食加工品','食用油、油脂及其制品','酒类','食用农产品','乳制品','肉制品','饮料','调味品'])[1 + g %% 8],
                           (array['PRODUCTION','CIRCULATION','CATERING','ONLINE'])[1 + (g / 8) %% 4],
                           %d, '%s', c.path, '抽检基准测试主体' || g, c.code, '基准样品' || g, d.day - 20,
                           jsonb_build_object('sampledOn', (d.day - 20)::text), '{}'::jsonb,
                           case when g %% 33 = 0 then 'FAILED_FINAL' else 'PASSED' end, %d, d.day - 19, d.day - 18,
                           case when g %% 33 = 0 then 'FAIL' else 'PASS' end,
                           case when g %% 33 = 0 then array[(array['铅（以Pb计）','镉（以Cd计）','黄曲霉毒素B1','菌落总数','酸价'])[1 + g %% 5]]
                                else '{}'::text[] end,
                           'BR-' || g, d.day - 2, d.day - 1,
                           case when g %% 33 = 0 then 'FAIL' else 'PASS' end, d.day, 'bench', now()
                      from generate_series(1, %d) g
                      join county c on c.n = g %% %d
                      cross join lateral (select make_date(%d, 1, 1) + (g %% 365)::int as day) d
                    """.formatted(plan, unit, unitPath, lab, n, counties, year()));
            // failed samples waiting in their re-test window: closed (the sweep makes them final) and still open
            s.execute("""
                    insert into sampling_sample (number, plan_id, kind, category, stage, unit_id, unit_path, region_path,
                           entity_name, entity_region_code, product_name, sampled_on, site, product, state, lab_id,
                           sent_on, received_on, result, failed_items, report_no, concluded_on, reported_on,
                           served_on, created_by, created_at)
                    select 'BENCH-N-' || g, %d, 'FOOD', '粮食加工品', 'CIRCULATION', %d, '%s', c.path, '抽检基准未结主体' || g,
                           c.code, '基准未结样品' || g, d.served - 10, jsonb_build_object('sampledOn', (d.served - 10)::text),
                           '{}'::jsonb, 'NOTIFIED', %d, d.served - 9, d.served - 8, 'FAIL', array['铅（以Pb计）'],
                           'BN-' || g, d.served - 2, d.served - 1, d.served, 'bench', now()
                      from generate_series(1, %d) g
                      join county c on c.n = g %% %d
                      cross join lateral (select case when g <= %d then current_date - 30 else current_date end as served) d
                    """.formatted(plan, unit, unitPath, lab, CLOSED + OPEN, counties, CLOSED));
            s.execute("vacuum analyze sampling_sample"); // as autovacuum leaves a table that is mostly read
            System.out.printf("generated: %,d final samples of %d over %d counties of 长治市 (%,d failed), %d failed in"
                            + " their re-test window (%d closed), in %.1f s%n",
                    count(s, "select count(*) from sampling_sample where number like 'BENCH-%' and final_result is not null"),
                    year(), counties, count(s, "select count(*) from sampling_sample where number like 'BENCH-%'"
                            + " and final_result = 'FAIL'"), CLOSED + OPEN, CLOSED, (System.nanoTime() - t0) / 1e9);
        }
    }

    static void run(String base, String url) throws Exception {
        LocalDate from = LocalDate.of(year(), 7, 1);
        LocalDate to = LocalDate.of(year(), 9, 30);
        try (Connection db = connect(url)) {
            for (String[] region : new String[][] {{"140000", "/140000/"}, {"140400", "/140000/140400/"},
                {"140426", "/140000/140400/140426/"}}) {
                String path = "/api/v1/sampling/figures?regionCode=" + region[0] + "&from=" + from + "&to=" + to;
                List<Double> api = new ArrayList<>();
                String body = "";
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    long t0 = System.nanoTime();
                    body = get(base + path);
                    if (i >= WARMUP) {
                        api.add((System.nanoTime() - t0) / 1e6);
                    }
                }
                List<Double> plain = new ArrayList<>();
                long rows = 0;
                try (PreparedStatement q = db.prepareStatement("""
                        select category, stage, count(*), count(*) filter (where final_result = 'PASS')
                          from sampling_sample
                         where final_result is not null and final_on between ? and ? and region_path like ?
                         group by 1, 2""")) {
                    q.setObject(1, from);
                    q.setObject(2, to);
                    q.setString(3, region[1] + "%");
                    for (int i = 0; i < WARMUP + RUNS; i++) {
                        long t0 = System.nanoTime();
                        rows = 0;
                        try (ResultSet rs = q.executeQuery()) {
                            while (rs.next()) {
                                rows += rs.getLong(3);
                            }
                        }
                        if (i >= WARMUP) {
                            plain.add((System.nanoTime() - t0) / 1e6);
                        }
                    }
                }
                double sampledMs = time(db, """
                        select count(*) from sampling_sample s where s.sampled_on between ? and ?
                           and s.region_path like ?""", from, to, region[1] + "%");
                double failedMs = time(db, """
                        select i.item, count(*) from sampling_sample s cross join unnest(s.failed_items) as i(item)
                         where s.final_result = 'FAIL' and s.final_on between ? and ? and s.region_path like ?
                         group by 1""", from, to, region[1] + "%");
                System.out.printf("  the API's other queries, p50: batches sampled in the period %.0f ms, failed items %.0f ms%n",
                        sampledMs, failedMs);
                String batches = body.replaceAll("(?s).*\"total\":\\{[^}]*\"batches\":(\\d+).*", "$1");
                System.out.printf("figures %s %s..%s: %s batches (plain GROUP BY: %,d); API p50 %.0f ms, p95 %.0f ms;"
                                + " plain GROUP BY p50 %.0f ms, p95 %.0f ms; ratio p95 %.1f%n", region[0], from, to,
                        batches, rows, pct(api, 50), pct(api, 95), pct(plain, 50), pct(plain, 95),
                        pct(api, 95) / Math.max(0.1, pct(plain, 95)));
            }
        }
        if (System.getenv("EXPLAIN") != null) {
            try (Connection db = connect(url); Statement st = db.createStatement()) {
                for (String mode : new String[] {"auto", "force_generic_plan"}) {
                    st.execute("set plan_cache_mode = " + mode);
                    st.execute("prepare q(date, date, text, text) as select s.category, s.stage, count(*),"
                            + " count(*) filter (where s.final_result = 'PASS') from sampling_sample s"
                            + " where s.final_result is not null and s.final_on between $1 and $2"
                            + " and (s.region_path ~>=~ $3 and s.region_path ~<~ $4) group by 1, 2");
                    try (ResultSet rs = st.executeQuery("explain (analyze, buffers) execute q('" + from + "', '" + to
                            + "', '/140000/', '/140000/~')")) {
                        System.out.println("-- " + mode);
                        while (rs.next()) {
                            System.out.println(rs.getString(1));
                        }
                    }
                    st.execute("deallocate q");
                }
            }
        }
        long t0 = System.nanoTime();
        String swept = post(base + "/api/v1/sampling/sweep");
        System.out.printf("sweep (POST /api/v1/sampling/sweep): %s in %.1f s%n", swept, (System.nanoTime() - t0) / 1e9);
    }

    /** The median of {@value #RUNS} runs of a query over a period and a region prefix, after the warm-ups. */
    static double time(Connection db, String sql, LocalDate from, LocalDate to, String prefix) throws SQLException {
        List<Double> ms = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, from);
            q.setObject(2, to);
            q.setString(3, prefix);
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2 > rs.getMetaData().getColumnCount() ? 1 : 2);
                    }
                }
                if (i >= WARMUP) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return pct(ms, 50);
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                "Bearer " + TOKEN).timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String post(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                        "Bearer " + TOKEN).timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
