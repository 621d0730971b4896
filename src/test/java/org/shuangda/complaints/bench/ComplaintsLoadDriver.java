package org.shuangda.complaints.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for the intake API ({@code POST /api/v1/filings}, demo admin token, a fresh Idempotency-Key each):
 * closed loop of {@code clients} threads for {@code seconds}; every 201 answer's key is appended to
 * {@code acks} (flushed per line) so a kill -9 test can check afterwards that each acknowledged filing is in
 * the database exactly once. Modes:
 * <ul>
 * <li>{@code http baseUrl seconds clients acksFile [rate]} (raw HTTP/1.1 keep-alive sockets, see {@link RawHttp}).
 * Without {@code rate} a closed loop: each client sends its next request when the previous one is answered, which
 * finds the highest throughput. With {@code rate} (filings/s) an open loop: request {@code i} is due at
 * {@code start + i / rate} whoever sends it, and its latency is counted from that due time, so a stalled server
 * is charged for the requests it kept waiting (no coordinated omission). That is the measure of "sustains N/s at
 * p99 ≤ X": the clients only carry the schedule.</li>
 * <li>{@code jdbc jdbcUrl seconds clients}: the same filing row inserted directly (one transaction each,
 * synchronous commit), for the ratio</li>
 * <li>{@code verify jdbcUrl acksFile}: every acknowledged key present exactly once</li>
 * </ul>
 * Not a test: run by {@code bench/complaints/run.sh}.
 */
public final class ComplaintsLoadDriver {

    /** licheng.agent's demo token, as a call-centre system files (the admin's takes no filings: 三员分立). */
    static final String TOKEN = "sd_demo_agent_token_0123456789abcdef";
    static final String[] TARGETS = {"黎城县惠民超市", "黎城县鑫源农资经营部", "黎城县家电城", "黎城县东关烟酒店"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "http" -> http(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    args.length > 5 ? Double.parseDouble(args[5]) : 0);
            case "jdbc" -> jdbc(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            case "settle" -> settle(args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String body(long n) {
        return """
                {"track":"REPORT","channel":"12315","category":"COUNTERFEIT","content":"压测举报 %d：销售假冒注册商标的商品，请核查。",
                 "regionCode":"140426","targetName":"%s","filerName":"压测用户","filerPhone":"13800138000"}"""
                .formatted(n, TARGETS[(int) (n % TARGETS.length)]);
    }

    static void http(String base, int seconds, int clients, Path acks, double rate) throws Exception {
        for (int i = 0; i < 50_000; i++) { // the driver's own JIT before the clock starts (no requests)
            UUID.randomUUID().toString().concat(body(i)).getBytes(StandardCharsets.UTF_8);
        }
        // every client connects first; the clock (and the open loop's schedule) starts when all are connected
        long[] clock = new long[2];
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(clients, () -> {
            clock[0] = System.nanoTime();
            clock[1] = clock[0] + TimeUnit.SECONDS.toNanos(seconds);
        });
        double nanosPerRequest = rate > 0 ? 1e9 / rate : 0;
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong counter = new AtomicLong();
        // per second of the run: the worst latency and how many answers took over 100 ms (where the tail sits)
        java.util.concurrent.atomic.AtomicLongArray worst = new java.util.concurrent.atomic.AtomicLongArray(seconds + 60);
        java.util.concurrent.atomic.AtomicIntegerArray slow = new java.util.concurrent.atomic.AtomicIntegerArray(seconds + 60);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (BufferedWriter ackFile = Files.newBufferedWriter(acks, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    long[] mine = new long[2_000_000];
                    int count = 0;
                    RawHttp client = new RawHttp(base);
                    client.open();
                    ready.await(60, TimeUnit.SECONDS);
                    long started = clock[0];
                    long end = clock[1];
                    while (System.nanoTime() < end) {
                        long n = counter.incrementAndGet();
                        long due = rate > 0 ? started + (long) ((n - 1) * nanosPerRequest) : 0;
                        if (rate > 0) {
                            if (due >= end) {
                                break;
                            }
                            java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                        }
                        String key = UUID.randomUUID().toString();
                        String headers = "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/json\r\n"
                                + "Idempotency-Key: " + key + "\r\n";
                        long t0 = rate > 0 ? due : System.nanoTime();
                        try {
                            int status = client.post("/api/v1/filings", headers, body(n).getBytes(StandardCharsets.UTF_8));
                            long took = System.nanoTime() - t0;
                            int second = (int) Math.min(worst.length() - 1, (t0 - started) / 1_000_000_000L);
                            worst.accumulateAndGet(second, took, Math::max);
                            if (took > 100_000_000L) {
                                slow.incrementAndGet(second);
                            }
                            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (status == 201) {
                                if (count < mine.length) {
                                    mine[count++] = took;
                                }
                                synchronized (ackFile) {
                                    ackFile.write(key);
                                    ackFile.newLine();
                                    ackFile.flush();
                                }
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (errors.get() > 50) {
                                break; // the app is gone (kill test): stop this client
                            }
                            Thread.sleep(100);
                        }
                    }
                    client.close();
                    latencies.add(java.util.Arrays.copyOf(mine, count));
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            report(rate > 0 ? "HTTP POST /api/v1/filings, open loop at %.0f/s".formatted(rate)
                    : "HTTP POST /api/v1/filings, closed loop", clients, System.nanoTime() - clock[0], latencies);
            System.out.println("statuses " + statuses + ", connection errors " + errors.get());
            StringBuilder tail = new StringBuilder();
            for (int i = 0; i < worst.length(); i++) {
                if (slow.get(i) > 0) {
                    tail.append(" %ds:%d>100ms,worst %.0f".formatted(i, slow.get(i), worst.get(i) / 1e6));
                }
            }
            System.out.println("seconds with answers over 100 ms:" + (tail.isEmpty() ? " none" : tail));
        }
    }

    static void jdbc(String url, int seconds, int clients) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong counter = new AtomicLong(System.currentTimeMillis() * 1000);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long unit;
        try (Connection c = connect(url); ResultSet rs = c.createStatement()
                .executeQuery("select id from unit where name = '黎城县工商行政管理局'")) {
            rs.next();
            unit = rs.getLong(1);
        }
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            pool.submit(() -> {
                long[] mine = new long[2_000_000];
                int count = 0;
                try (Connection c = connect(url); PreparedStatement insert = c.prepareStatement("""
                        insert into filing (tracking_no, query_code_hash, track, channel, category, status, content,
                            region_code, target_name, filer_kind, anonymous, filer_name, filer_phone, filer_name_masked,
                            filer_phone_masked, unit_id, client_user_id, idempotency_key, request_hash, created_by)
                        values (?, repeat('a', 64), 'REPORT', 'HOTLINE_12315', 'COUNTERFEIT', 'RECEIVED', ?, '140426', ?,
                            'CONSUMER', false, 'dev:x', 'dev:y', '压*', '138****8000', ?, -1, ?, repeat('b', 64), 'jdbc')
                        on conflict (client_user_id, idempotency_key) where idempotency_key is not null do nothing""")) {
                    while (System.nanoTime() < end) {
                        long n = counter.incrementAndGet();
                        long t0 = System.nanoTime();
                        insert.setString(1, "JD" + n);
                        insert.setString(2, "压测举报 " + n);
                        insert.setString(3, TARGETS[(int) (n % TARGETS.length)]);
                        insert.setLong(4, unit);
                        insert.setString(5, UUID.randomUUID().toString());
                        insert.executeUpdate();
                        if (count < mine.length) {
                            mine[count++] = System.nanoTime() - t0;
                        }
                    }
                }
                latencies.add(java.util.Arrays.copyOf(mine, count));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        report("JDBC insert (autocommit)", clients, System.nanoTime() - started, latencies);
    }

    /**
     * Waits (at most two minutes) until the intake audit has caught up with the previous phase, so that one
     * phase's backlog is not charged to the next.
     */
    static void settle(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (Connection c = connect(url); PreparedStatement q = c.prepareStatement(
                "select count(*) from filing where not audited")) {
            while (true) {
                long waiting;
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    waiting = rs.getLong(1);
                }
                if (waiting == 0 || System.nanoTime() > deadline) {
                    System.out.println("settled: " + waiting + " filings still waiting for their audit entry");
                    return;
                }
                Thread.sleep(500);
            }
        }
    }

    static void verify(String url, Path acks) throws Exception {
        List<String> keys = Files.readAllLines(acks).stream().filter(k -> !k.isBlank()).toList();
        Map<String, Integer> found = new HashMap<>();
        try (Connection c = connect(url); PreparedStatement q = c.prepareStatement(
                "select idempotency_key, count(*) from filing where idempotency_key = any(?) group by 1")) {
            for (int i = 0; i < keys.size(); i += 5000) {
                List<String> chunk = keys.subList(i, Math.min(keys.size(), i + 5000));
                q.setArray(1, c.createArrayOf("text", chunk.toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
        long missing = keys.stream().filter(k -> !found.containsKey(k)).count();
        long twice = found.values().stream().filter(n -> n > 1).count();
        System.out.printf("verify: %d acknowledged keys, %d found, %d missing, %d more than once%n", keys.size(),
                found.size(), missing, twice);
        if (missing > 0 || twice > 0) {
            System.exit(1);
        }
    }

    static Connection connect(String url) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection(url, p);
    }

    static void report(String what, int clients, long nanos, List<long[]> perThread) {
        long[] all = perThread.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        double seconds = nanos / 1e9;
        System.out.printf("%s: %d clients, %d ok in %.1f s = %.0f/s; latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f%n",
                what, clients, all.length, seconds, all.length / seconds, pct(all, 50), pct(all, 95), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
