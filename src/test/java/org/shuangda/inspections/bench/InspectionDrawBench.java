package org.shuangda.inspections.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draw benchmark (issue 16, Performance), not a test: run by bench/inspections/run.sh against the packaged
 * application and its embedded PostgreSQL.
 * <ul>
 * <li>{@code generate JDBC N}: adds N market entities over the counties of 长治市 with a current risk grade each
 * (A 30%, B 50%, C 15%, D 5%), set-based, then ANALYZE;</li>
 * <li>{@code run BASE JDBC DIR}: as the province office (bearer token) creates an item, a joint plan of the city
 * with 黎城县 and 平顺县工商局 and an untargeted task over 长治市 at the default ratios, then times freezing the
 * pool ({@code POST …/pool}) and the draw ({@code POST …/draws}) over HTTP, beside a plain
 * {@code ORDER BY random() LIMIT k} per grade with the same k in the same database; then downloads the public
 * inputs.json and times {@code java tools/verifier/Verifier.java inputs.json} (a fresh JVM compiling the source).</li>
 * </ul>
 */
public final class InspectionDrawBench {

    static final String TOKEN = "sd_demo_province_token_0123456789ab";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Long.parseLong(args[2]));
            case "run" -> run(args[1], args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    static void generate(String url, long n) throws SQLException {
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("drop index if exists market_entity_name_trgm_idx");
            s.execute("create temp table county as select row_number() over (order by code) - 1 as n, code"
                    + " from region where level = 'COUNTY' and valid_to is null and code like '1404%'");
            long counties = count(s, "select count(*) from county");
            long before = count(s, "select coalesce(max(id), 0) from market_entity");
            s.execute("insert into market_entity (name, entity_type, region_code, established_on)"
                    + " select '抽查基准测试主体' || g, 'ENTERPRISE', c.code, date '2000-01-01' + (g % 7000)::int"
                    + "   from generate_series(1, " + n + ") g join county c on c.n = g % " + counties);
            s.execute("""
                    insert into credit_risk_grade (entity_id, region_path, grade, score, scheme_version, computed_on,
                                                   computed_at, grade_since)
                    select e.id, e.region_path,
                           case when e.id %% 20 < 6 then 'A' when e.id %% 20 < 16 then 'B' when e.id %% 20 < 19 then 'C'
                                else 'D' end, 80, (select max(version) from credit_risk_scheme), current_date, now(), now()
                      from pub_entity_grading e where e.id > %d
                    on conflict (entity_id) do nothing
                    """.formatted(before));
            s.execute("analyze market_entity");
            s.execute("analyze credit_risk_grade");
            System.out.printf("generated: %,d entities over %d counties of 长治市, graded, in %.1f s%n",
                    count(s, "select count(*) from market_entity") - before, counties, (System.nanoTime() - t0) / 1e9);
        }
    }

    static void run(String base, String url, Path dir) throws Exception {
        long city;
        long licheng;
        long pingshun;
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            city = count(s, "select unit_id from app_user where username = 'changzhi.office'");
            licheng = count(s, "select unit_id from app_user where username = 'licheng.officer'");
            pingshun = count(s, "select unit_id from app_user where username = 'pingshun.officer'");
        }
        long item = id(post(base, "/api/v1/inspections/items", "{\"unitId\":" + city + ",\"name\":\"基准测试事项\","
                + "\"legalBasis\":\"《企业公示信息抽查办法》\",\"kind\":\"GENERAL\",\"checklist\":[\"年度报告\"]}"));
        long plan = id(post(base, "/api/v1/inspections/plans", "{\"year\":2026,\"title\":\"基准测试计划\",\"leadUnitId\":"
                + city + ",\"joint\":true,\"participatingUnitIds\":[" + licheng + "," + pingshun + "]}"));
        long task = id(post(base, "/api/v1/inspections/tasks", "{\"planId\":" + plan + ",\"title\":\"基准测试任务\","
                + "\"itemIds\":[" + item + "],\"regionCode\":\"140400\",\"periodFrom\":\"2026-01-01\","
                + "\"periodTo\":\"2026-12-31\"}"));
        long t0 = System.nanoTime();
        String pool = post(base, "/api/v1/inspections/tasks/" + task + "/pool", "{}");
        double freeze = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        String draw = post(base, "/api/v1/inspections/tasks/" + task + "/draws",
                "{\"entropy\":\"31415926535897932384626433832795\",\"source\":\"基准测试\"}");
        double drawn = (System.nanoTime() - t1) / 1e9;
        long drawId = id(draw);
        int size = number(pool, "size");
        int[] perGrade = {number(pool, "gradeA"), number(pool, "gradeB"), number(pool, "gradeC"), number(pool, "gradeD")};
        int[] ratios = {300, 500, 2000, 10000};
        int targets = 0;
        double reference;
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            long r0 = System.nanoTime();
            for (int g = 0; g < 4; g++) {
                int k = (int) Math.min(perGrade[g], Math.max(1, ((long) perGrade[g] * ratios[g] + 9999) / 10000));
                targets += k;
                try (ResultSet rs = s.executeQuery("select e.id from pub_entity_grading e"
                        + " join pub_credit_risk_grade g on g.entity_id = e.id"
                        + " where e.region_path like '/140000/140400/%' and g.grade = '" + "ABCD".charAt(g) + "'"
                        + " order by random() limit " + k)) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            reference = (System.nanoTime() - r0) / 1e9;
        }
        System.out.printf("pool: %,d entities (A %,d, B %,d, C %,d, D %,d); %,d targets, 2 inspectors each%n", size,
                perGrade[0], perGrade[1], perGrade[2], perGrade[3], targets);
        System.out.printf("freeze (POST …/pool): %.2f s%n", freeze);
        if (number(draw, "targets") != targets) {
            throw new IllegalStateException("the receipt counts " + number(draw, "targets") + " targets, expected " + targets);
        }
        System.out.printf("draw (POST …/draws: drawn, written, answered with the receipt): %.2f s%n", drawn);
        System.out.printf("freeze + draw: %.2f s%n", freeze + drawn);
        long g0 = System.nanoTime();
        HttpResponse<String> result = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/inspections/draws/"
                + drawId)).header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        double read = (System.nanoTime() - g0) / 1e9;
        if (result.statusCode() != 200) {
            throw new IllegalStateException("GET the result: " + result.statusCode());
        }
        System.out.printf("the whole result (GET …/draws/{id}: every target with names and inspectors, %,d bytes): %.2f s%n",
                result.body().length(), read);
        System.out.printf("reference ORDER BY random() LIMIT k, four grades: %.2f s; ratio (freeze + draw) / reference: %.1f%n",
                reference, (freeze + drawn) / reference);

        Path inputs = dir.resolve("inputs.json");
        // the inputs carry the pool's risk grades (never public): staff download them through the API
        HttpResponse<Path> file = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/inspections/draws/"
                + drawId + "/inputs.json")).header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofMinutes(2))
                .build(), HttpResponse.BodyHandlers.ofFile(inputs));
        if (file.statusCode() != 200) {
            throw new IllegalStateException("inputs.json: " + file.statusCode());
        }
        long v0 = System.nanoTime();
        Process verifier = new ProcessBuilder("java", "tools/verifier/Verifier.java", inputs.toString()).inheritIO().start();
        int exit = verifier.waitFor();
        double verify = (System.nanoTime() - v0) / 1e9;
        System.out.printf("inputs.json: %,d bytes%n", Files.size(inputs));
        System.out.printf("verifier (java Verifier.java inputs.json, exit %d): %.2f s; ratio to the server's draw: %.1f;"
                + " to the reference: %.1f%n", exit, verify, verify / drawn, verify / reference);
    }

    static String post(String base, String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long id(String json) {
        return number(json, "id");
    }

    static int number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return Integer.parseInt(m.group(1));
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
