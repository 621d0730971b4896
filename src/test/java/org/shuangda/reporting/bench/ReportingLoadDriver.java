package org.shuangda.reporting.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting benchmark against a running app (loopback only) and its database: roll-up latencies through
 * {@code GET /api/v1/rollups} with the demo admin token, the same national roll-up as a plain GROUP BY over
 * the raw values (JDBC), and 50 concurrent submitters (fixed pool of 50) each opening, filling (30 values),
 * submitting their unit's report in the live round, then the admin accepting it and reading the county
 * roll-up right after to check the figures show at once. Not a test: run by {@code bench/reporting/run.sh}.
 *
 * <p>Args: baseUrl jdbcUrl outDir [submissions=2000] [maxSeconds=300] [submitters=50] [writes-only|reads-only|all]
 * [thinkMs=0] (rerunning the writes needs the live round emptied first: see bench/reporting/reset-live.sql).
 * {@code thinkMs} is a pause before each of a submitter's calls, as a person filling a form takes; 0 = closed
 * loop, every submitter firing its next call the moment the last one answers (the machine saturated).
 * During the writes, the wait events of the active backends are sampled every 2 s.
 */
public final class ReportingLoadDriver {

    /** shanxi.office's demo token: reviews and reads roll-ups everywhere (the system admin handles nothing: 三员分立). */
    static final String ADMIN = "sd_demo_province_token_0123456789ab";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private ReportingLoadDriver(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String url = args[1];
        Path out = Path.of(args[2]);
        int submissions = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int maxSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        int submitters = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        boolean writesOnly = args.length > 6 && args[6].equals("writes-only");
        boolean readsOnly = args.length > 6 && args[6].equals("reads-only");
        long thinkMs = args.length > 7 ? Long.parseLong(args[7]) : 0;
        Properties bench = new Properties();
        bench.load(Files.newBufferedReader(out.resolve("bench.properties")));
        long[] rounds = Arrays.stream(bench.getProperty("rounds").split(",")).mapToLong(Long::parseLong).toArray();
        long live = Long.parseLong(bench.getProperty("live"));
        ReportingLoadDriver driver = new ReportingLoadDriver(base);
        System.out.printf("machine: %d cores, %s %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
        if (!writesOnly) {
            driver.reads(rounds);
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                groupBy(db, rounds);
            }
        }
        if (readsOnly) {
            return;
        }
        WaitSampler waits = new WaitSampler(url);
        waits.start();
        driver.writes(Files.readAllLines(out.resolve("tokens.tsv")), live, submissions, maxSeconds, submitters, thinkMs);
        waits.stopAndReport();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            checkLiveTotals(db, live);
        }
    }

    /** National and province roll-ups, per round, through the HTTP API as the demo admin. */
    private void reads(long[] rounds) throws Exception {
        String[] provinces = {"370000", "410000", "510000", "140000", "440000", "650000"};
        for (int i = 0; i < 5; i++) { // warm-up: JIT, connection pool, plans, buffer cache
            get("/api/v1/rollups?round=" + rounds[i % rounds.length] + "&region=000000", ADMIN);
            get("/api/v1/rollups?round=" + rounds[i % rounds.length] + "&region=" + provinces[i % provinces.length], ADMIN);
        }
        List<Long> nation = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long t = System.nanoTime();
            String body = get("/api/v1/rollups?round=" + rounds[i % rounds.length] + "&region=000000", ADMIN);
            nation.add(System.nanoTime() - t);
            if (i == 0) {
                System.out.println("national roll-up response: " + body.length() + " chars");
            }
        }
        report("GET national roll-up (HTTP, 31 provinces + total)", nation);
        List<Long> province = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            long t = System.nanoTime();
            get("/api/v1/rollups?round=" + rounds[i % rounds.length] + "&region=" + provinces[i % provinces.length], ADMIN);
            province.add(System.nanoTime() - t);
        }
        report("GET province roll-up (HTTP, " + String.join("/", provinces) + ")", province);
    }

    /** The national roll-up of one round as a plain GROUP BY over the raw values, checked against the totals. */
    private static void groupBy(Connection db, long[] rounds) throws Exception {
        String raw = """
                select v.indicator_id, sum(v.value) from report_submission s
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                 where s.round_id = ? and s.status = 'ACCEPTED' group by v.indicator_id order by 1""";
        String kept = "select indicator_id, sum(value) from report_region_total where round_id = ? and region_code = '000000'"
                + " group by indicator_id order by 1";
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long round = rounds[i % rounds.length];
            long t = System.nanoTime();
            String a = rows(db, raw, round);
            times.add(System.nanoTime() - t);
            String b = rows(db, kept, round);
            if (!a.equals(b)) {
                throw new IllegalStateException("totals differ from raw values in round " + round);
            }
        }
        report("plain GROUP BY over raw values, national, one round (JDBC; equal to the totals)", times);
        String rawProvince = """
                select v.indicator_id, sum(v.value) from report_submission s
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                 where s.round_id = ? and s.status = 'ACCEPTED' and g.path like '/370000/%' group by v.indicator_id order by 1""";
        String keptProvince = "select indicator_id, sum(value) from report_region_total where round_id = ? and region_code = '370000'"
                + " group by indicator_id order by 1";
        List<Long> province = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long round = rounds[i % rounds.length];
            long t = System.nanoTime();
            String a = rows(db, rawProvince, round);
            province.add(System.nanoTime() - t);
            if (!a.equals(rows(db, keptProvince, round))) {
                throw new IllegalStateException("province totals differ from raw values in round " + round);
            }
        }
        report("plain GROUP BY over raw values, province 370000, one round (JDBC; equal to the totals)", province);
    }

    private static String rows(Connection db, String sql, long round) throws Exception {
        StringBuilder b = new StringBuilder();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, round);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    b.append(rs.getLong(1)).append('=').append(rs.getBigDecimal(2).longValueExact()).append(';');
                }
            }
        }
        return b.toString();
    }

    /** 50 submitters at once; each: open, put 30 values, submit; the admin accepts; read the county roll-up. */
    private void writes(List<String> reporters, long live, int count, int maxSeconds, int submitters, long thinkMs)
            throws Exception {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        List.of("open", "values", "submit", "accept", "county roll-up after accept")
                .forEach(k -> times.put(k, Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(submitters);
        long t0 = System.nanoTime();
        for (String line : reporters.subList(0, Math.min(count, reporters.size()))) {
            pool.submit(() -> {
                if (System.nanoTime() > deadline) {
                    return;
                }
                try {
                    String[] f = line.split("\t");
                    SplittableRandom random = new SplittableRandom(Long.parseLong(f[0]));
                    long[] values = new long[ReportingBenchGenerator.INDICATORS];
                    StringBuilder json = new StringBuilder("{\"values\":{");
                    for (int i = 0; i < values.length; i++) {
                        values[i] = i == 0 ? 1 + random.nextInt(500) : i == 1 ? random.nextLong(values[0] + 1) : random.nextInt(1000);
                        json.append(i == 0 ? "" : ",").append("\"i").append(i + 1).append("\":").append(values[i]);
                    }
                    json.append("},\"comments\":{}}");
                    think(thinkMs);
                    String opened = timed(times.get("open"), () -> post("/api/v1/submissions?round=" + live, f[2], null));
                    Matcher m = ID.matcher(opened);
                    if (!m.find()) {
                        throw new IllegalStateException("no id in " + opened);
                    }
                    String id = m.group(1);
                    think(thinkMs);
                    timed(times.get("values"), () -> put("/api/v1/submissions/" + id + "/values", f[2], json.toString()));
                    think(thinkMs);
                    timed(times.get("submit"), () -> post("/api/v1/submissions/" + id + "/submit", f[2], null));
                    think(thinkMs);
                    timed(times.get("accept"), () -> post("/api/v1/submissions/" + id + "/accept", ADMIN, null));
                    String county = timed(times.get("county roll-up after accept"),
                            () -> get("/api/v1/rollups?round=" + live + "&region=" + f[1], ADMIN));
                    // one reporter per county: the county's total is exactly this unit's figures
                    if (!county.contains("\"total\":{\"key\":\"" + f[1] + "\"") || first(county, "i1") != values[0]
                            || first(county, "i30") != values[29]) {
                        stale.incrementAndGet();
                        System.err.println("stale county total for " + f[1] + ": " + county.substring(0, Math.min(400, county.length())));
                    }
                    done.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println("failed: " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(maxSeconds + 60L, TimeUnit.SECONDS);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("writes: %d submissions accepted by %d concurrent submitters (think time %d ms) in %.1fs (%.1f/s),"
                + " %d failed, %d county totals not showing the figures right after accept%n", done.get(), submitters, thinkMs,
                secs, done.get() / secs, failed.get(), stale.get());
        for (String k : List.of("open", "values", "submit", "accept", "county roll-up after accept")) {
            report(k + " (HTTP, " + submitters + " concurrent)", times.get(k));
        }
    }

    private static void think(long ms) throws InterruptedException {
        if (ms > 0) {
            Thread.sleep(ms / 2 + new SplittableRandom().nextLong(ms + 1)); // uniform in [ms/2, 1.5 ms]
        }
    }

    /** After the run, the nation's live-round totals equal the sum of the accepted live values. */
    private static void checkLiveTotals(Connection db, long live) throws Exception {
        String raw = """
                select v.indicator_id, sum(v.value) from report_submission s
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                 where s.round_id = ? and s.status = 'ACCEPTED' group by v.indicator_id order by 1""";
        String kept = "select indicator_id, sum(value) from report_region_total where round_id = ? and region_code = '000000'"
                + " group by indicator_id order by 1";
        boolean same = rows(db, raw, live).equals(rows(db, kept, live));
        System.out.println("live round: national totals " + (same ? "equal" : "DIFFER FROM") + " the accepted raw values");
    }

    /** The first (the total line's) value of an indicator in a roll-up's JSON. */
    private static long first(String json, String code) {
        Matcher m = Pattern.compile("\"" + code + "\":(\\d+)(\\.\\d+)?[,}]").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    interface Call {
        String run() throws Exception;
    }

    private static String timed(List<Long> into, Call call) throws Exception {
        long t = System.nanoTime();
        String result = call.run();
        into.add(System.nanoTime() - t);
        return result;
    }

    private String get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    private String post(String path, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private String put(String path, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private String send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + request.build().uri() + " " + response.body());
        }
        return response.body();
    }

    static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.size(),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
