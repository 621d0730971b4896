package org.shuangda.assessment.bench;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The assessment benchmark (issue 18, Performance), not a test: {@code generate} builds a province of {@code n}
 * counties (10 units each, a leading-group office), a year of monthly province-wide reporting rounds with their
 * submissions, cases with transfers, campaign tasks and funds, set-based in SQL; and a province scheme of 40 items (25
 * computed from those records through every published source, 15 reviewed) over the counties. {@code run} starts the
 * scheme through the API (a run per county, the data items computed), times three full scoring runs
 * ({@code POST …/compute}) and the ranking, then the plain SQL reference: the same per-county counts as one
 * {@code GROUP BY} per source, nothing scored or written; and prints the ratio. Run by bench/assessment/run.sh.
 */
public final class AssessmentBench {

    static final String TOKEN = "sd_demo_province_token_0123456789ab";
    static final String[] UNITS = {"商务中心", "工商行政管理局", "公安局", "质量技术监督局", "文化局", "农业局", "林业局",
            "食品药品监督管理局", "人民检察院", "人民政府办公室"};
    static final String[] TYPES = {"COMMERCE", "MARKET_SUPERVISION", "PUBLIC_SECURITY", "QUALITY_SUPERVISION",
            "CULTURE_COPYRIGHT", "AGRICULTURE", "FORESTRY", "DRUG_ADMINISTRATION", "PROCURATORATE", "GOVERNMENT_OFFICE"};

    private AssessmentBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Integer.parseInt(args[2]));
            case "run" -> run(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void generate(String jdbc, int counties) throws SQLException {
        long t0 = System.nanoTime();
        int year = LocalDate.now().getYear();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            db.setAutoCommit(false);
            List<String> codes = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                    select code from region where level = 'COUNTY' and code like '14%' and valid_to is null
                       and code not in ('140426', '140425') order by code""")) {
                while (rs.next() && codes.size() < counties) {
                    codes.add(rs.getString(1));
                }
            }
            if (codes.size() < counties) {
                throw new IllegalStateException("only " + codes.size() + " counties in 山西省");
            }
            long province = insertUnit(db, "山西省打击侵权假冒工作领导小组办公室（基准）", "COMMERCE", "140000");
            for (String code : codes) {
                long office = 0;
                for (int i = 0; i < UNITS.length; i++) {
                    long id = insertUnit(db, "县" + UNITS[i] + "（" + code + "）", TYPES[i], code);
                    if (i == 0) {
                        office = id;
                    }
                }
                try (PreparedStatement p = db.prepareStatement(
                        "insert into leading_group (name, region_code, office_unit_id) values (?, ?, ?)")) {
                    p.setString(1, "打击侵权假冒工作领导小组（" + code + "）");
                    p.setString(2, code);
                    p.setLong(3, office);
                    p.executeUpdate();
                }
            }
            exec(db, "create temp table bench_unit as select u.id, u.region_code, r.path as region_path, u.path"
                    + " from unit u join region r on r.code = u.region_code where u.name like '%（14____）'");
            long campaign = single(db, """
                    insert into campaign (title, region_code, starts_on, ends_on, status, issuing_unit_id)
                    values ('基准省级专项行动', '140000', make_date(%d, 1, 1), make_date(%d, 12, 31), 'ACTIVE', %d)
                    returning id""".formatted(year, year, province));
            long template = single(db, "select id from report_template where code = 'SHUANGDA_BASIC' and builtin");
            // twelve monthly rounds, due on the 10th of the next month
            exec(db, """
                    insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                              due_on, on_time_until, locks_after)
                    select %d, %d, '140000', m, '第' || m || '次数据报送', make_date(%d, m, 1),
                           (make_date(%d, m, 1) + interval '1 month - 1 day')::date,
                           (make_date(%d, m, 1) + interval '1 month 9 days')::date,
                           (make_date(%d, m, 1) + interval '1 month 9 days 23 hours 59 minutes'),
                           (make_date(%d, m, 1) + interval '1 month 19 days')::date
                      from generate_series(1, 12) m""".formatted(campaign, template, year, year, year, year, year));
            // 90 % of the expected units accepted, four in five of those on time (seeded, reproducible)
            exec(db, "select setseed(0.18)");
            exec(db, """
                    insert into report_submission (round_id, unit_id, status, submitted_at, on_time, accepted_at, accepted_by)
                    select r.id, u.id, 'ACCEPTED', r.due_on - 1, random() < 0.8, r.due_on, 'bench'
                      from report_round r cross join bench_unit u
                     where r.campaign_id = %d and random() < 0.9""".formatted(campaign));
            // 5 cases per unit in the year, one in five major (案值 150,000 元), half closed
            String category = single(db, "select category from enforcement_case limit 1", String.class);
            exec(db, """
                    insert into enforcement_case (number, unit_id, unit_path, region_path, title, category, status,
                                                  registered_at, closed_on, case_value, created_by)
                    select 'BENCH-' || u.id || '-' || k, u.id, u.path, u.region_path, '基准案件', '%s',
                           case when k %% 2 = 0 then 'CLOSED' else 'REGISTERED' end,
                           make_date(%d, 1, 1) + ((u.id * 7 + k * 53) %% 330) * interval '1 day',
                           case when k %% 2 = 0 then make_date(%d, 1, 1) + ((u.id * 7 + k * 53) %% 330 + 20)::int end,
                           case when k = 1 then 150000 else 20000 end, 'bench'
                      from bench_unit u cross join generate_series(1, 5) k""".formatted(category, year, year));
            // three tasks per county office, due through the year, two of three completed on time
            exec(db, """
                    insert into campaign_task (campaign_id, section, title, lead_unit_id, due_on, supervised, completed_at,
                                               sort_order)
                    select %d, '基准任务', '任务' || k, u.id, make_date(%d, 1, 1) + (k * 97) * interval '1 day', k = 2,
                           case when k <> 3 then make_date(%d, 1, 1) + (k * 97 - 3) * interval '1 day' end, k
                      from bench_unit u cross join generate_series(1, 3) k
                     where u.id in (select office_unit_id from leading_group where name like '打击侵权假冒工作领导小组（14%%')"""
                    .formatted(campaign, year, year));
            exec(db, """
                    insert into fund_allocation (campaign_id, region_code, unit_id, purpose, amount, created_by)
                    select %d, u.region_code, u.id, 'CASE_HANDLING', 10000, 'bench' from bench_unit u""".formatted(campaign));
            exec(db, """
                    insert into fund_movement (campaign_id, region_code, unit_id, kind, purpose, amount, happened_on, created_by)
                    select %d, u.region_code, u.id, 'DISBURSEMENT', 'CASE_HANDLING', 5000 + (u.id %% 6) * 1000,
                           make_date(%d, 3, 1), 'bench' from bench_unit u""".formatted(campaign, year));
            long scheme = scheme(db, province, year, codes);
            exec(db, "analyze");
            db.commit();
            System.out.printf(Locale.ROOT, "generated: %d counties, %d units, %d submissions, %d cases, scheme %d (40 items), in %.1f s%n",
                    codes.size(), count(db, "select count(*) from bench_unit"),
                    count(db, "select count(*) from report_submission s join report_round r on r.id = s.round_id where r.campaign_id = " + campaign),
                    count(db, "select count(*) from enforcement_case where number like 'BENCH-%'"), scheme,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The province's scheme: 5 categories of 8 items, 25 computed (every source), 15 reviewed; 100 points. */
    static long scheme(Connection db, long province, int year, List<String> counties) throws SQLException {
        long id = single(db, """
                insert into assessment_scheme (code, edition, year, title, issuing_unit_id, region_code, target_kind,
                       period_from, period_to, grade_a, grade_b, grade_c, bonus_cap, status, created_by)
                values ('BENCH', 1, %d, '%d年度全省“双打”工作检查考核方案（基准）', %d, '140000', 'REGIONS',
                        make_date(%d, 1, 1), make_date(%d, 12, 31), 90, 80, 60, 5, 'DRAFT', 'bench') returning id"""
                .formatted(year, year, province, year, year));
        for (int i = 0; i < counties.size(); i++) {
            exec(db, "insert into assessment_scheme_target (scheme_id, seq, region_code) values (%d, %d, '%s')"
                    .formatted(id, i + 1, counties.get(i)));
        }
        String[] formulas = {"report_submitted / report_expected", "report_on_time / report_expected",
                "cases_opened / 10", "major_cases / 2", "cases_closed / cases_opened", "transferred / major_cases",
                "penalties_published_on_time / penalties_due", "filings_closed_on_time / filings_closed",
                "inspection_results_on_time / inspection_results", "joint_actions / 4", "tasks_on_time / tasks_due",
                "supervised_on_time / supervised_due", "funds_disbursed / funds_allocated",
                "software_covered / software_installed", "supervision_findings_on_time / supervision_findings",
                "cases_opened / 40", "major_cases / 5", "officers / 100", "entities_checked / 50", "markets_checked / 5",
                "dens_destroyed / 2", "case_value / 10", "complaints_received / 10", "tips_received / 5",
                "(report_on_time + report_submitted) / (2 * report_expected)"};
        int seq = 0;
        for (int c = 1; c <= 5; c++) {
            long category = single(db, "insert into assessment_category (scheme_id, seq, name) values (%d, %d, '类别%d') returning id"
                    .formatted(id, c, c));
            for (int k = 1; k <= 8; k++) {
                seq++;
                boolean computed = seq <= 25;
                String points = computed ? "2" : seq == 40 ? "8" : "3";
                exec(db, """
                        insert into assessment_item (scheme_id, category_id, seq, code, title, kind, max_points, formula_key,
                                                     formula, no_data)
                        values (%d, %d, %d, '%d.%d', '项目%d', '%s', %s, %s, %s, 'FULL')""".formatted(id, category, seq, c, k,
                        seq, computed ? "COMPUTED" : "REVIEWED", points, computed ? "'CUSTOM'" : "null",
                        computed ? "'" + formulas[seq - 1] + "'" : "null"));
            }
        }
        return id;
    }

    static void run(String base, String jdbc) throws Exception {
        long scheme;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            scheme = single(db, "select id from assessment_scheme where code = 'BENCH'");
        }
        HttpClient http = HttpClient.newHttpClient();
        double start = post(http, base + "/api/v1/assessment/schemes/" + scheme + "/start");
        System.out.printf(Locale.ROOT, "start (100 runs × 40 items written, data items computed): %.2f s%n", start);
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(post(http, base + "/api/v1/assessment/schemes/" + scheme + "/compute"));
        }
        runs.sort(null);
        System.out.printf(Locale.ROOT, "full scoring run (POST …/compute): %.2f s, %.2f s, %.2f s (median %.2f s)%n",
                runs.get(0), runs.get(1), runs.get(2), runs.get(1));
        long t0 = System.nanoTime();
        HttpResponse<String> ranking = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/assessment/rankings?scheme=" + scheme)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        double rankingSeconds = (System.nanoTime() - t0) / 1e9;
        if (ranking.statusCode() != 200) {
            throw new IllegalStateException("ranking: " + ranking.statusCode() + " " + ranking.body());
        }
        System.out.printf(Locale.ROOT, "ranking (GET /api/v1/assessment/rankings, %d bytes): %.2f s%n",
                ranking.body().length(), rankingSeconds);
        double reference = reference(jdbc);
        System.out.printf(Locale.ROOT, "reference (plain GROUP BY per county for each source, nothing scored or written): %.2f s%n",
                reference);
        System.out.printf(Locale.ROOT, "ratio scoring run / reference: %.1f%n", runs.get(1) / reference);
    }

    /** The same per-county figures as plain SQL: one GROUP BY per source the scheme reads. */
    static double reference(String jdbc) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            int year = LocalDate.now().getYear();
            String from = "make_date(" + year + ", 1, 1)";
            String to = "make_date(" + year + ", 12, 31)";
            String county = "(select t.region_code, r.path from assessment_scheme_target t join region r on r.code = t.region_code"
                    + " join assessment_scheme s on s.id = t.scheme_id where s.code = 'BENCH')";
            long t0 = System.nanoTime();
            count(db, "select count(*) from (select c.region_code, count(*), count(*) filter (where s.status in"
                    + " ('SUBMITTED', 'ACCEPTED')), count(*) filter (where s.on_time) from report_round r"
                    + " join region g on g.code = r.region_code join unit u on u.active join region ur on ur.code = u.region_code"
                    + " and ur.path like g.path || '%' join " + county + " c on ur.path like c.path || '%'"
                    + " left join report_submission s on s.round_id = r.id and s.unit_id = u.id"
                    + " where r.due_on between " + from + " and current_date group by c.region_code) x");
            count(db, "select count(*) from (select c.region_code, count(*) filter (where e.registered_at::date between "
                    + from + " and " + to + "), count(*) filter (where e.closed_on between " + from + " and " + to + "),"
                    + " count(*) filter (where e.case_value >= 100000) from enforcement_case e join " + county
                    + " c on e.region_path like c.path || '%' group by c.region_code) x");
            count(db, "select count(*) from (select c.region_code, count(*) from case_transfer t join unit u on u.id = t.unit_id"
                    + " join region ur on ur.code = u.region_code join " + county + " c on ur.path like c.path || '%'"
                    + " group by c.region_code) x");
            count(db, "select count(*) from (select c.region_code, count(*), count(*) filter (where t.completed_at is not null)"
                    + " from campaign_task t join unit u on u.id = t.lead_unit_id join region ur on ur.code = u.region_code"
                    + " join " + county + " c on ur.path like c.path || '%' where t.due_on between " + from
                    + " and current_date group by c.region_code) x");
            count(db, "select count(*) from (select c.region_code, sum(a.amount) from fund_allocation a join unit u on u.id = a.unit_id"
                    + " join region ur on ur.code = u.region_code join " + county + " c on ur.path like c.path || '%'"
                    + " group by c.region_code) x");
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static double post(HttpClient http, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return seconds;
    }

    static long insertUnit(Connection db, String name, String type, String region) throws SQLException {
        long id = single(db, "insert into unit (name, type, region_code) values ('%s', '%s', '%s') returning id"
                .formatted(name, type, region));
        exec(db, "update unit set path = '/' || id || '/' where id = " + id);
        return id;
    }

    static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        return single(db, sql, Long.class);
    }

    static <T> T single(Connection db, String sql, Class<T> type) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, type);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        return single(db, sql, Long.class);
    }
}
