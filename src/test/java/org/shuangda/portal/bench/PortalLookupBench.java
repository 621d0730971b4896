package org.shuangda.portal.bench;

import java.net.URI;
import java.net.URLEncoder;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.shuangda.bench.CopyRows;
import org.shuangda.entities.Uscc;

/**
 * The portal's entity lookup benchmark (issue 18, Performance: "the portal's entity lookup ≤ 100 ms p95 at 50
 * concurrent clients over 1,000,000 entities"), not a test: run by bench/portal/run.sh against the packaged
 * application and its embedded PostgreSQL.
 * <ul>
 * <li>{@code generate JDBC N}: adds N market entities with names in the registers' shape over the 117 counties of
 * 山西省 (county or city or 山西 + 字号 + 行业 + 有限公司…, 个体 shops 王记粮油店, cooperatives, and one in twenty an
 * 个体工商户 under a bare personal name, never to be found by a name) and a valid USCC each (GB 32100 and GB 11714
 * check characters), by COPY, the name and USCC indexes dropped for the load and built again from their own
 * definitions ({@code pg_get_indexdef}), then VACUUM ANALYZE;</li>
 * <li>{@code run BASE JDBC CLIENTS LOOKUPS WARMUP THINK_MS ACCEPT [APP_PID [PG_DATA]]}: a deterministic mix of queries built from a
 * random sample of the entities (a whole name, a part of a name — 字号 + 行业, four Chinese characters —, a whole
 * USCC, a miss: a name or a USCC of the same shape that nobody has), then {@code CLIENTS} threads sharing one
 * {@link HttpClient} (HTTP/1.1, keep-alive), each in a closed loop with {@code THINK_MS} (0: none) between its
 * lookups, ask {@code GET /public/entities?q=} ({@code ACCEPT}: {@code html}, the page a phone gets, or
 * {@code json}); {@code WARMUP} lookups first, not counted (a closed loop whatever the think time), then {@code LOOKUPS} counted; then the reference: the
 * same queries as bare SQL ({@code select … from market_entity where name like '%q%' limit 20}, {@code … where uscc
 * = ?}) over {@code CLIENTS} JDBC connections with the same pacing, and the ratio of the p95s; with {@code APP_PID}
 * also the CPU time the application's JVM, its PostgreSQL (the cluster in {@code PG_DATA}: the postmaster and its
 * children) and this JVM spent per counted lookup.</li>
 * </ul>
 * Each request carries {@code X-Forwarded-For} with a citizen's address (ten lookups per address, so every address
 * stays under the portal's default 30 a minute); the script starts the application with
 * {@code shuangda.security.trusted-proxies=127.0.0.1} so that it believes that header, as behind a reverse proxy.
 * Any 429, any other status than 200, and any answer that misses an entity it should find (or finds one for a miss)
 * fails the run (exit 1).
 */
public final class PortalLookupBench {

    enum Kind { NAME, PART, USCC, MISS }

    record Query(Kind kind, String q, String expectName, String expectUscc) {
    }

    record Sample(Kind kind, long nanos) {
    }

    static final String[] TRADE_CHARS = ("鑫源泰和兴旺金博远佳同盛华昌隆达丰润宏福瑞祥恒通信诚德安康永宁新天利民众发建"
            + "益鸿辉星晨光明晋太行汾河沁阳顺平丽美嘉禾春秋雨露云峰山川百汇聚合友联创志腾飞宇宙海洋中正思源广元万家"
            + "乐惠优品鼎鹏龙凤麒麟").split("");
    static final String[] TRADES = {"商贸", "农资", "建材", "物流", "食品", "酒业", "医药连锁", "汽车配件", "五金机电",
            "电子科技", "网络科技", "信息技术", "农业开发", "农产品", "畜牧养殖", "餐饮管理", "酒店管理", "房地产开发",
            "建筑工程", "装饰工程", "环保科技", "能源", "煤业", "焦化", "化工", "机械制造", "服装", "纺织", "印刷",
            "广告传媒", "文化传播", "教育咨询", "劳务派遣", "物业管理", "家电", "烟酒", "粮油", "日用百货", "药房", "眼镜"};
    static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司", "商贸部", "经营部"};
    static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文申牛路"
            .split("");
    static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华红玉兰建国志文斌鹏飞宇浩然".split("");
    static final String[] SHOPS = {"粮油店", "烟酒店", "五金店", "副食店", "小吃店", "服装店", "超市", "理发店", "面馆",
            "修理部", "百货店", "药店", "电器维修部", "农资店", "便利店"};
    static final String[] CROPS = {"核桃种植", "蔬菜种植", "小米种植", "中药材种植", "养殖", "果业", "农机服务", "食用菌"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Integer.parseInt(args[2]));
            case "run" -> System.exit(run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), args[7],
                    args.length > 8 ? Long.parseLong(args[8]) : 0, args.length > 9 ? args[9] : null));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    // ---------------------------------------------------------------------------------------------- generate

    static void generate(String url, int n) throws SQLException {
        long t0 = System.nanoTime();
        Random random = new Random(18);
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            List<String[]> counties = new ArrayList<>(); // code, name, city code, city name
            try (ResultSet rs = s.executeQuery("""
                    select c.code, c.name, p.code, p.name from region c join region p on p.code = c.parent_code
                     where c.level = 'COUNTY' and c.valid_to is null and c.code like '14%' order by c.code""")) {
                while (rs.next()) {
                    counties.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            Set<String> names = new HashSet<>(n * 2);
            Set<String> codes = new HashSet<>(n * 2);
            try (ResultSet rs = s.executeQuery("select name, uscc from market_entity")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    codes.add(rs.getString(2));
                }
            }
            // the indexes the look-up uses, dropped for the load and built again from their own definitions
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select indexname, indexdef from pg_indexes where tablename = 'market_entity'
                       and indexname in ('market_entity_name_trgm_idx', 'market_entity_name_prefix_idx',
                                         'market_entity_uscc_idx')""")) {
                while (rs.next()) {
                    indexes.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] index : indexes) {
                s.execute("drop index " + index[0]);
            }
            db.setAutoCommit(false);
            int[] kinds = new int[4];
            try (CopyRows copy = new CopyRows(db, "copy market_entity (name, uscc, entity_type, region_code,"
                    + " established_on) from stdin")) {
                for (int i = 0; i < n; i++) {
                    String[] county = counties.get(random.nextInt(counties.size()));
                    String name;
                    String type;
                    String typeCode;
                    int kind = random.nextInt(100);
                    do {
                        if (kind < 72) {
                            type = "ENTERPRISE";
                            typeCode = "91";
                            int where = random.nextInt(10);
                            String prefix = where < 8 ? county[1] : where < 9 ? county[3] : "山西";
                            String form = FORMS[random.nextInt(FORMS.length)];
                            name = prefix + trade(random) + TRADES[random.nextInt(TRADES.length)] + form;
                        } else if (kind < 90) {
                            type = "INDIVIDUAL_BUSINESS";
                            typeCode = "92";
                            name = county[1] + SURNAMES[random.nextInt(SURNAMES.length)] + "记"
                                    + SHOPS[random.nextInt(SHOPS.length)];
                            if (names.contains(name)) {
                                name = county[1] + trade(random) + SHOPS[random.nextInt(SHOPS.length)];
                            }
                        } else if (kind < 95) {
                            type = "FARMERS_COOPERATIVE";
                            typeCode = "93";
                            name = county[1] + trade(random) + CROPS[random.nextInt(CROPS.length)] + "专业合作社";
                        } else {
                            type = "INDIVIDUAL_BUSINESS"; // a bare personal name: found by its USCC only
                            typeCode = "92";
                            name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
                        }
                    } while (!names.add(name) && !type.equals("INDIVIDUAL_BUSINESS"));
                    String uscc;
                    do {
                        uscc = uscc(random, typeCode, county[0]);
                    } while (!codes.add(uscc));
                    kinds[kind < 72 ? 0 : kind < 90 ? 1 : kind < 95 ? 2 : 3]++;
                    copy.row(name + "\t" + uscc + "\t" + type + "\t" + county[0] + "\t"
                            + (random.nextInt(20) == 0 ? "\\N" : "20" + (10 + random.nextInt(16)) + "-0"
                                    + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)) + "\n");
                }
            }
            db.commit();
            double loaded = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            for (String[] index : indexes) {
                s.execute(index[1]);
            }
            db.commit();
            double indexed = (System.nanoTime() - t1) / 1e9;
            db.setAutoCommit(true);
            long t2 = System.nanoTime();
            s.execute("vacuum analyze market_entity");
            System.out.printf("generated: %,d entities over %d counties of 山西省 (enterprises %,d, 个体 shops %,d,"
                    + " cooperatives %,d, 个体工商户 under a bare personal name %,d) in %.1f s; %d indexes built again"
                    + " in %.1f s; vacuum analyze %.1f s; market_entity now %,d rows%n", n, counties.size(), kinds[0],
                    kinds[1], kinds[2], kinds[3], loaded, indexes.size(), indexed, (System.nanoTime() - t2) / 1e9,
                    count(s, "select count(*) from market_entity"));
            try (ResultSet rs = s.executeQuery("select indexdef from pg_indexes where tablename = 'market_entity'"
                    + " order by indexname")) {
                while (rs.next()) {
                    System.out.println("  index: " + rs.getString(1));
                }
            }
        }
    }

    static String trade(Random random) {
        String a = TRADE_CHARS[random.nextInt(TRADE_CHARS.length)];
        String b;
        do {
            b = TRADE_CHARS[random.nextInt(TRADE_CHARS.length)];
        } while (b.equals(a));
        return a + b;
    }

    /** A valid USCC: 9 + type, the region, an organisation code with its GB 11714 check, the GB 32100 check. */
    static String uscc(Random random, String typeCode, String region) {
        StringBuilder org = new StringBuilder(8);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 8; i++) {
            org.append(alphabet.charAt(random.nextInt(i < 2 ? 10 : alphabet.length())));
        }
        String first17 = typeCode + region + org + Uscc.organizationCheckCharFor(org.toString());
        return first17 + Uscc.checkCharFor(first17);
    }

    // ---------------------------------------------------------------------------------------------- run

    static int run(String base, String url, int clients, int lookups, int warmup, int thinkMs, String accept,
            long appPid, String pgData) throws Exception {
        List<Query> queries = queries(url, 4_000);
        Map<Kind, Integer> mix = new EnumMap<>(Kind.class);
        queries.forEach(q -> mix.merge(q.kind(), 1, Integer::sum));
        System.out.printf("queries: %,d distinct (%s), e.g. %s%n", queries.size(), mix,
                queries.subList(0, 8).stream().map(q -> q.kind() + " " + q.q()).toList());
        System.out.printf("mode: %d clients, closed loop%s; GET /public/entities?q= with Accept %s;"
                + " warm-up %,d lookups (no think time), then %,d counted%n", clients,
                thinkMs > 0 ? " with " + thinkMs + " ms think time (uniform 0–" + 2 * thinkMs + " ms)" : " (no think time)",
                accept.equals("json") ? "application/json" : "text/html", warmup, lookups);
        Http http = new Http(base, accept.equals("json") ? "application/json" : "text/html,application/xhtml+xml");

        AtomicInteger addresses = new AtomicInteger();
        Result warm = drive("warm-up (app)", clients, warmup, 0, queries, 0, c -> q -> http.lookup(q,
                addresses));
        double cpu0 = cpuSeconds(appPid);
        double pg0 = postgresCpuSeconds(pgData);
        double self0 = cpuSeconds(ProcessHandle.current().pid());
        Result app = drive("app", clients, lookups, thinkMs, queries, warmup, c -> q -> http.lookup(q, addresses));
        if (appPid > 0) {
            System.out.printf("CPU per counted lookup: the application's JVM %.2f ms, its PostgreSQL %.2f ms,"
                    + " this client's JVM %.2f ms%n", (cpuSeconds(appPid) - cpu0) * 1000 / lookups,
                    (postgresCpuSeconds(pgData) - pg0) * 1000 / lookups,
                    (cpuSeconds(ProcessHandle.current().pid()) - self0) * 1000 / lookups);
        }
        System.out.printf("-- load %s%n", load());

        // the reference: the bare SQL that finds the same entities, same clients and pacing, its own warm-up
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(connect(url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0"));
        }
        try {
            Reference ref = new Reference(connections);
            drive("warm-up (SQL)", clients, warmup, 0, queries, 0, ref::client);
            Result sql = drive("reference SQL", clients, lookups, thinkMs, queries, warmup, ref::client);
            System.out.printf("-- load %s%n", load());

            report("app: GET /public/entities?q=", app, clients);
            report("reference: bare SQL over JDBC", sql, clients);
            System.out.printf("ratio app / reference: p50 %.1f, p95 %.1f, p99 %.1f; throughput %.0f/s against %.0f/s%n",
                    app.percentile(null, 50) / sql.percentile(null, 50), app.percentile(null, 95)
                            / sql.percentile(null, 95), app.percentile(null, 99) / sql.percentile(null, 99),
                    app.throughput(), sql.throughput());
            int problems = 0;
            for (Result r : List.of(warm, app, sql)) {
                if (!r.statuses.isEmpty() && (r.statuses.size() > 1 || !r.statuses.containsKey(200))) {
                    System.out.printf("FAIL %s: statuses %s (429: %d)%n", r.what, r.statuses,
                            r.statuses.getOrDefault(429, new AtomicInteger()).get());
                    problems++;
                }
                if (r.wrong.get() > 0 || r.errors.get() > 0) {
                    System.out.printf("FAIL %s: %d answers without the expected entity (or with one for a miss),"
                            + " %d errors; first: %s%n", r.what, r.wrong.get(), r.errors.get(), r.firstProblem);
                    problems++;
                }
            }
            System.out.printf("429 answers: %d (warm-up %d); addresses used: %,d%n",
                    app.statuses.getOrDefault(429, new AtomicInteger()).get(),
                    warm.statuses.getOrDefault(429, new AtomicInteger()).get(), addresses.get() / 10 + 1);
            double p95 = app.percentile(null, 95);
            System.out.printf("%s: p95 %.1f ms at %d clients (bar 100 ms)%n", p95 <= 100 ? "MET" : "MISSED", p95,
                    clients);
            return problems == 0 ? 0 : 1;
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /**
     * A deterministic mix from a random sample: 30 % whole names, 30 % parts (字号 + 行业), 25 % USCCs, 7 % names and 8 %
     * USCCs nobody has; an entity whose name cannot serve (a bare personal name, or no county at its start for a part)
     * is asked by its USCC instead.
     */
    static List<Query> queries(String url, int n) throws SQLException {
        List<Query> out = new ArrayList<>();
        Random random = new Random(1818);
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            s.execute("select setseed(0.18)");
            List<String[]> sample = new ArrayList<>(); // name, uscc, type, county name
            try (ResultSet rs = s.executeQuery("""
                    select e.name, e.uscc, e.entity_type, r.name from market_entity e join region r on r.code = e.region_code
                     where e.uscc is not null order by random() limit %d""".formatted(n))) {
                while (rs.next()) {
                    sample.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            Set<String> usedNames = new HashSet<>();
            int i = 0;
            while (out.size() < n) {
                String[] e = sample.get(i++ % sample.size());
                boolean bare = e[2].equals("INDIVIDUAL_BUSINESS") && e[0].codePointCount(0, e[0].length()) <= 4;
                int pick = random.nextInt(100);
                if (pick < 30 && !bare) {
                    out.add(new Query(Kind.NAME, e[0], e[0], null));
                } else if (pick < 60 && !bare && e[0].startsWith(e[3]) && e[0].length() >= e[3].length() + 4) {
                    String part = e[0].substring(e[3].length(), e[3].length() + 4); // 字号 + 行业, 鑫源商贸
                    out.add(new Query(Kind.PART, part, null, null));
                } else if (pick < 85) {
                    out.add(new Query(Kind.USCC, e[1], null, e[1]));
                } else if (pick < 92) {
                    // a name of the registers' shape that nobody has: the county, a 字号, a 行业, a form
                    String name;
                    do {
                        name = e[3] + trade(random) + TRADES[random.nextInt(TRADES.length)] + "有限公司";
                    } while (!usedNames.add(name) || count(db, "select count(*) from market_entity where name like ?",
                            "%" + name + "%") > 0);
                    out.add(new Query(Kind.MISS, name, null, null));
                } else {
                    String code;
                    do {
                        code = uscc(random, "91", e[1].substring(2, 8));
                    } while (count(db, "select count(*) from market_entity where uscc = ?", code) > 0);
                    out.add(new Query(Kind.MISS, code, null, null));
                }
            }
        }
        return out;
    }

    interface Asker {
        /** One lookup; returns null when the answer is as expected, else what was wrong. */
        String ask(Query q) throws Exception;
    }

    interface ClientFactory {
        Asker client(int index) throws Exception;
    }

    static final class Result {
        final String what;
        final List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger wrong = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        volatile String firstProblem;
        double seconds;

        Result(String what) {
            this.what = what;
        }

        double percentile(Kind kind, double p) {
            long[] sorted = samples.stream().filter(s -> kind == null || s.kind() == kind).mapToLong(Sample::nanos)
                    .sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
        }

        double throughput() {
            return samples.size() / seconds;
        }
    }

    static Result drive(String what, int clients, int total, int thinkMs, List<Query> queries, int offset,
            ClientFactory factory) throws Exception {
        Result result = new Result(what);
        if (total == 0) {
            return result;
        }
        AtomicInteger next = new AtomicInteger();
        long[] clock = new long[1];
        CyclicBarrier ready = new CyclicBarrier(clients, () -> clock[0] = System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            running.add(pool.submit(() -> {
                Asker asker = factory.client(index);
                Random think = new Random(index);
                ready.await(60, TimeUnit.SECONDS);
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    Query q = queries.get((offset + i) % queries.size());
                    long t0 = System.nanoTime();
                    try {
                        String problem = asker.ask(q);
                        long took = System.nanoTime() - t0;
                        if (problem == null) {
                            result.samples.add(new Sample(q.kind(), took));
                        } else if (problem.startsWith("status ")) {
                            result.statuses.merge(Integer.parseInt(problem.substring(7, 10)), new AtomicInteger(1),
                                    (a, b) -> { a.incrementAndGet(); return a; });
                            if (result.firstProblem == null) {
                                result.firstProblem = q + ": " + problem;
                            }
                            continue;
                        } else {
                            result.samples.add(new Sample(q.kind(), took));
                            result.wrong.incrementAndGet();
                            if (result.firstProblem == null) {
                                result.firstProblem = q + ": " + problem;
                            }
                        }
                        result.statuses.computeIfAbsent(200, k -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        result.errors.incrementAndGet();
                        if (result.firstProblem == null) {
                            result.firstProblem = q + ": " + e;
                        }
                    }
                    if (thinkMs > 0) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(think.nextInt(2 * thinkMs + 1)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        result.seconds = (System.nanoTime() - clock[0]) / 1e9;
        pool.shutdown();
        System.out.printf("%s: %,d lookups in %.1f s (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", what,
                result.samples.size(), result.seconds, result.throughput(), result.percentile(null, 50),
                result.percentile(null, 95), result.percentile(null, 99));
        return result;
    }

    static void report(String what, Result r, int clients) {
        System.out.printf("%s — %,d lookups, %d clients, %.1f s, %.0f lookups/s%n", what, r.samples.size(),
                clients, r.seconds, r.throughput());
        System.out.printf("  %-6s %7s %9s %9s %9s %9s%n", "query", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        Map<String, Kind> rows = new LinkedHashMap<>();
        rows.put("all", null);
        for (Kind k : Kind.values()) {
            rows.put(k.name().toLowerCase(), k);
        }
        rows.forEach((label, k) -> System.out.printf("  %-6s %7d %9.1f %9.1f %9.1f %9.1f%n", label,
                r.samples.stream().filter(s -> k == null || s.kind() == k).count(), r.percentile(k, 50),
                r.percentile(k, 95), r.percentile(k, 99), r.percentile(k, 100)));
    }

    /** An entity in the page's list of results ({@code id="entity-123"}; the form is {@code entity-lookup}). */
    static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile("id=\"entity-\\d");

    /** The portal over HTTP: one shared client, the citizen's address in X-Forwarded-For (ten lookups each). */
    static final class Http {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final String base;
        final String accept;

        Http(String base, String accept) {
            this.base = base;
            this.accept = accept;
        }

        String lookup(Query q, AtomicInteger addresses) throws Exception {
            int n = addresses.getAndIncrement() / 10;
            String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/public/entities?q="
                    + URLEncoder.encode(q.q(), StandardCharsets.UTF_8))).header("Accept", accept)
                    .header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return "status " + r.statusCode();
            }
            String body = r.body();
            boolean any = accept.startsWith("application/json") ? body.contains("\"id\":") : FOUND.matcher(body).find();
            return check(q, any,
                    q.expectName() == null || body.contains(escape(q.expectName())),
                    q.expectUscc() == null || body.contains(q.expectUscc()));
        }

        static String escape(String name) {
            return name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    static String check(Query q, boolean anyFound, boolean nameFound, boolean usccFound) {
        if (q.kind() == Kind.MISS) {
            return anyFound ? "found something for a miss" : null;
        }
        if (!anyFound) {
            return "nothing found";
        }
        if (!nameFound) {
            return "the name is not in the answer";
        }
        return usccFound ? null : "the USCC is not in the answer";
    }

    /** The bare SQL that finds the same entities: no ranking, no region, no masking, no rate limit. */
    static final class Reference {
        final List<Connection> connections;

        Reference(List<Connection> connections) {
            this.connections = connections;
        }

        Asker client(int index) throws SQLException {
            Connection db = connections.get(index);
            PreparedStatement byName = db.prepareStatement(
                    "select id, name, uscc, entity_type, region_code from market_entity where name like ? limit 20");
            PreparedStatement byUscc = db.prepareStatement(
                    "select id, name, uscc, entity_type, region_code from market_entity where uscc = ?");
            return q -> {
                boolean code = Uscc.looksLikeCode(q.q());
                PreparedStatement st = code ? byUscc : byName;
                st.setString(1, code ? q.q() : "%" + q.q().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
                boolean any = false;
                boolean name = q.expectName() == null;
                boolean uscc = q.expectUscc() == null;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        any = true;
                        name |= rs.getString(2).equals(q.expectName());
                        uscc |= rs.getString(3).equals(q.expectUscc());
                    }
                }
                return check(q, any, name, uscc);
            };
        }
    }

    /** User + system CPU seconds of a process so far (Linux /proc; 0 for pid 0). */
    static double cpuSeconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // fields 14 and 15, USER_HZ 100
        } catch (Exception e) {
            return 0;
        }
    }

    /** The CPU seconds of the PostgreSQL cluster in {@code dir}: its postmaster, its children and their exited ones. */
    static double postgresCpuSeconds(String dir) {
        if (dir == null) {
            return 0;
        }
        try {
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dir, "postmaster.pid")).get(0).trim());
            String stat = Files.readString(Path.of("/proc/" + postmaster + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double total = (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                    + Long.parseLong(f[14])) / 100.0; // its own and its exited children's (fields 14–17)
            for (String child : Files.readString(Path.of("/proc/" + postmaster + "/task/" + postmaster + "/children"))
                    .trim().split("\\s+")) {
                if (!child.isEmpty()) {
                    total += cpuSeconds(Long.parseLong(child));
                }
            }
            return total;
        } catch (Exception e) {
            return 0;
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, param);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static {
        // the sample arrays are used by index: make sure the char split gave single characters
        if (Arrays.stream(TRADE_CHARS).anyMatch(c -> c.length() != 1)) {
            throw new IllegalStateException("trade characters");
        }
    }
}
