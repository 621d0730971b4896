package org.shuangda.reporting.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.shuangda.bench.CopyRows;

/**
 * National-scale synthetic reporting data, loaded with COPY into a running Shuangda database (the embedded
 * PostgreSQL of the app jar, migrated by Flyway, with the demo data). Not a test: run by
 * {@code bench/reporting/run.sh}. Creates, for every current county of the real region table, 25 units; a
 * 30-indicator template; one national campaign with 12 closed rounds whose submissions are all ACCEPTED with
 * their values, plus one open "live" round for the load driver; the running totals and progress rows computed
 * here from the very values streamed (so they match them); and reporter users with bearer tokens for the
 * driver (stored as ApiTokens.store stores them: SHA-256 only; the tokens are written to a file).
 *
 * <p>Args: jdbcUrl outDir [reporters=2000]
 */
public final class ReportingBenchGenerator {

    static final int UNITS_PER_COUNTY = 25;
    static final int INDICATORS = 30;
    static final int ROUNDS = 12;
    static final String NATION = "000000";

    private final Connection db;
    private final List<String> regionCodes = new ArrayList<>();
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final List<int[]> countyLevels = new ArrayList<>(); // county index → indexes of county, city, province, nation
    private final List<String> countyCodes = new ArrayList<>();

    private ReportingBenchGenerator(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args[1]);
        int reporters = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                // data built consistent here; skip per-row FK triggers (27 M of them) and wait for no fsync
                s.execute("set session_replication_role = replica");
                s.execute("set synchronous_commit = off");
            }
            new ReportingBenchGenerator(db).run(out, reporters);
        }
    }

    private void run(Path out, int reporters) throws Exception {
        long t0 = System.nanoTime();
        loadRegions();
        long template = single("""
                insert into report_template (code, name, figures) values ('BENCH_30', '基准测试表(30项指标)', 'PERIOD')
                returning id""");
        long[] indicators = new long[INDICATORS];
        for (int i = 0; i < INDICATORS; i++) {
            indicators[i] = single("insert into report_indicator (template_id, code, name, measure, value_type, sort_order)"
                    + " values (" + template + ", 'i" + (i + 1) + "', '指标" + (i + 1) + "', '件', 'INTEGER', " + (i + 1) * 10
                    + ") returning id");
        }
        exec("insert into report_rule (template_id, code, expression, severity, message_zh, message_en) values ("
                + template + ", 'i2_le_i1', 'i2 <= i1', 'ERROR', '指标2不能多于指标1', 'i2 cannot exceed i1')");
        long campaign = single("""
                insert into campaign (title, region_code, starts_on, ends_on, status)
                values ('基准测试:全国专项行动', '000000', date '2025-01-01', date '2027-12-31', 'ACTIVE') returning id""");
        long[] rounds = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            String from = String.format("2025-%02d-01", r + 1);
            rounds[r] = single("insert into report_round (campaign_id, template_id, region_code, seq, name, period_from,"
                    + " period_to, due_on, on_time_until, locks_after) values (" + campaign + ", " + template
                    + ", '000000', " + (r + 1) + ", '第" + (r + 1) + "次报送', date '" + from + "', (date '" + from
                    + "' + interval '1 month - 1 day')::date, (date '" + from + "' + interval '1 month + 9 days')::date,"
                    + " (date '" + from + "' + interval '1 month + 10 days'), (date '" + from
                    + "' + interval '1 month + 20 days')::date) returning id");
        }
        long live = single("insert into report_round (campaign_id, template_id, region_code, seq, name, period_from,"
                + " period_to, due_on, on_time_until, locks_after) values (" + campaign + ", " + template
                + ", '000000', 13, '实时报送(基准)', date '2026-01-01', date '2026-12-31', date '2027-12-31',"
                + " timestamp '2027-12-31 18:00', date '2027-12-31') returning id");
        long firstUnit = single("select coalesce(max(id), 0) + 1 from unit");
        int units = countyCodes.size() * UNITS_PER_COUNTY;
        copyUnits(firstUnit);
        long firstSubmission = single("select coalesce(max(id), 0) + 1 from report_submission");
        long tUnits = System.nanoTime();
        long[][][] totals = copySubmissionsAndValues(firstUnit, firstSubmission, rounds, indicators);
        long tValues = System.nanoTime();
        copyTotals(rounds, indicators, totals, units);
        exec("select setval('unit_id_seq', " + (firstUnit + units) + ")");
        exec("select setval('report_submission_id_seq', " + (firstSubmission + (long) units * ROUNDS) + ")");
        List<String> tokens = reporters(firstUnit, reporters);
        db.commit();
        long tCommit = System.nanoTime();
        try (Statement s = db.createStatement()) {
            db.setAutoCommit(true);
            s.execute("analyze");
        }
        long tEnd = System.nanoTime();
        Files.createDirectories(out);
        Files.write(out.resolve("tokens.tsv"), tokens, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("bench.properties"), "template=" + template + "\ncampaign=" + campaign
                + "\nrounds=" + joined(rounds) + "\nlive=" + live + "\nindicators=" + joined(indicators) + "\n");
        System.out.printf("counties=%d units=%d submissions=%d values=%d reporters=%d%n", countyCodes.size(), units,
                (long) units * ROUNDS, (long) units * ROUNDS * INDICATORS, tokens.size());
        System.out.printf("load: setup+units %.1fs, submissions+values %.1fs, totals+users+commit %.1fs, analyze %.1fs,"
                + " total %.1fs%n", secs(tUnits - t0), secs(tValues - tUnits), secs(tCommit - tValues),
                secs(tEnd - tCommit), secs(tEnd - t0));
    }

    /** The current counties and every region above them, plus a nation row (the region table has none). */
    private void loadRegions() throws SQLException {
        exec("""
                insert into region (code, name, level, parent_code, path, valid_from)
                values ('000000', '全国', 'PROVINCE', null, '/', date '1949-10-01') on conflict do nothing""");
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select code, path from region where level = 'COUNTY' and valid_to is null"
                        + " order by code")) {
            while (rs.next()) {
                String[] parts = rs.getString(2).replaceAll("^/|/$", "").split("/");
                int[] levels = new int[parts.length + 1];
                for (int i = 0; i < parts.length; i++) {
                    levels[i] = index(parts[i]);
                }
                levels[parts.length] = index(NATION);
                countyCodes.add(rs.getString(1));
                countyLevels.add(levels);
            }
        }
    }

    private int index(String code) {
        return regionIndex.computeIfAbsent(code, c -> {
            regionCodes.add(c);
            return regionCodes.size() - 1;
        });
    }

    private static final String[] TYPES = {"MARKET_SUPERVISION", "PUBLIC_SECURITY", "CULTURE_COPYRIGHT", "CUSTOMS",
            "AGRICULTURE", "INTELLECTUAL_PROPERTY", "COMMERCE", "FORESTRY", "HEALTH", "OTHER"};

    private void copyUnits(long firstUnit) throws SQLException {
        try (CopyRows copy = new CopyRows(db, "copy unit (id, name, short_name, type, region_code, path, active) from stdin")) {
            long id = firstUnit;
            for (String county : countyCodes) {
                for (int u = 0; u < UNITS_PER_COUNTY; u++, id++) {
                    copy.row(id + "\t基准成员单位" + (u + 1) + "\t基准" + (u + 1) + "\t" + TYPES[u % TYPES.length] + "\t"
                            + county + "\t/" + id + "/\tt\n");
                }
            }
        }
    }

    /** Streams the ACCEPTED submissions and their values; returns the sums [round][region][indicator]. */
    private long[][][] copySubmissionsAndValues(long firstUnit, long firstSubmission, long[] rounds, long[] indicators)
            throws SQLException {
        int units = countyCodes.size() * UNITS_PER_COUNTY;
        try (CopyRows copy = new CopyRows(db, "copy report_submission (id, round_id, unit_id, status, submitted_at, on_time,"
                + " accepted_at, accepted_by, version) from stdin")) {
            for (int r = 0; r < ROUNDS; r++) {
                String at = String.format("2025-%02d-05 10:00:00", r + 1);
                for (int u = 0; u < units; u++) {
                    copy.row((firstSubmission + (long) r * units + u) + "\t" + rounds[r] + "\t" + (firstUnit + u)
                            + "\tACCEPTED\t" + at + "\tt\t" + at + "\tbench\t3\n");
                }
            }
        }
        long[][][] totals = new long[ROUNDS][regionCodes.size()][INDICATORS];
        SplittableRandom random = new SplittableRandom(20260101);
        try (CopyRows copy = new CopyRows(db, "copy submission_value (submission_id, indicator_id, breakdown_key, value) from stdin")) {
            StringBuilder row = new StringBuilder(64);
            for (int r = 0; r < ROUNDS; r++) {
                for (int u = 0; u < units; u++) {
                    long submission = firstSubmission + (long) r * units + u;
                    int[] levels = countyLevels.get(u / UNITS_PER_COUNTY);
                    int first = 0;
                    for (int i = 0; i < INDICATORS; i++) {
                        // i2 <= i1 (the template's rule) holds for every generated row
                        int value = i == 0 ? 1 + random.nextInt(500) : i == 1 ? random.nextInt(first + 1) : random.nextInt(1000);
                        if (i == 0) {
                            first = value;
                        }
                        for (int level : levels) {
                            totals[r][level][i] += value;
                        }
                        row.setLength(0);
                        row.append(submission).append('\t').append(indicators[i]).append("\t0\t").append(value).append('\n');
                        copy.row(row);
                    }
                }
            }
        }
        return totals;
    }

    private void copyTotals(long[] rounds, long[] indicators, long[][][] totals, int units) throws SQLException {
        try (CopyRows copy = new CopyRows(db, "copy report_region_total (round_id, region_code, indicator_id, value) from stdin")) {
            for (int r = 0; r < ROUNDS; r++) {
                for (int g = 0; g < regionCodes.size(); g++) {
                    for (int i = 0; i < INDICATORS; i++) {
                        copy.row(rounds[r] + "\t" + regionCodes.get(g) + "\t" + indicators[i] + "\t" + totals[r][g][i] + "\n");
                    }
                }
            }
        }
        int[] accepted = new int[regionCodes.size()];
        for (int[] levels : countyLevels) {
            for (int level : levels) {
                accepted[level] += UNITS_PER_COUNTY;
            }
        }
        // every generated submission is accepted and came on time (stripe 0, as reporting_rebuild_totals writes)
        try (CopyRows copy = new CopyRows(db, "copy report_region_progress (round_id, region_code, accepted_units, handed_in_units,"
                + " on_time_units) from stdin")) {
            for (long round : rounds) {
                for (int g = 0; g < regionCodes.size(); g++) {
                    copy.row(round + "\t" + regionCodes.get(g) + "\t" + accepted[g] + "\t" + accepted[g] + "\t" + accepted[g] + "\n");
                }
            }
        }
    }

    /** One reporter per county (the first unit of evenly spread counties), each with a bearer token. */
    private List<String> reporters(long firstUnit, int count) throws Exception {
        String hash = string("select password_hash from app_user order by id limit 1");
        long role = single("select id from role where code = 'UNIT_REPORTER'");
        long firstUser = single("select coalesce(max(id), 0) + 1 from app_user");
        List<String> lines = new ArrayList<>();
        int step = Math.max(1, countyCodes.size() / count);
        try (CopyRows users = new CopyRows(db, "copy app_user (id, username, display_name, unit_id, password_hash) from stdin")) {
            for (int c = 0, n = 0; c < countyCodes.size() && n < count; c += step, n++) {
                long unit = firstUnit + (long) c * UNITS_PER_COUNTY;
                users.row((firstUser + n) + "\tbench.r" + unit + "\t基准联络员" + unit + "\t" + unit + "\t" + hash + "\n");
            }
        }
        exec("select setval('app_user_id_seq', (select max(id) from app_user))");
        exec("insert into user_role (user_id, role_id, scope_kind) select id, " + role
                + ", 'OWN_UNIT' from app_user where id >= " + firstUser);
        var random = new java.security.SecureRandom();
        List<String[]> users = new ArrayList<>(); // read before the COPY: a connection runs one thing at a time
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select u.id, u.unit_id, r.code from app_user u join unit n on n.id = u.unit_id"
                        + " join region r on r.code = n.region_code where u.id >= " + firstUser + " order by u.id")) {
            while (rs.next()) {
                users.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (CopyRows tokens = new CopyRows(db, "copy api_token (user_id, name, token_hash, token_prefix, created_by) from stdin")) {
            for (String[] user : users) {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                String token = "sd_" + HexFormat.of().formatHex(bytes);
                tokens.row(user[0] + "\tbench\t" + sha256(token) + "\t" + token.substring(0, 10) + "\tbench\n");
                lines.add(user[1] + "\t" + user[2] + "\t" + token);
            }
        }
        return lines;
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static String joined(long[] ids) {
        StringBuilder b = new StringBuilder();
        for (long id : ids) {
            b.append(b.isEmpty() ? "" : ",").append(id);
        }
        return b.toString();
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
