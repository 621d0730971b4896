import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cluster test's client (.ci/cluster-test.sh): sends its requests round-robin to two nodes, as a load
 * balancer would, and fails (exit 1) with a sentence when a node does not behave as one of a cluster.
 *   basics A B                 sessions move between nodes, a lockout, the public limit and the failed
 *                              bearer tokens' limit count on both, a write on one node is read at once on the other
 *   intake A B SECONDS FILE    filings through the API on both nodes (4 threads); acknowledged ones appended to
 *                              FILE as "idempotency-key tracking-number"; a failed call is retried with its
 *                              key on the other node (a node killed mid-call), so each filing exists once
 *   submissions A B SECONDS TOKENS CAMPAIGN TEMPLATE
 *                              bench only (bench/cluster/README.md): reporting's data submission through the API
 *                              (4 threads), each task one unit's reporter (a bearer token of the file TOKENS) in
 *                              one round of the city 140400 opened here in CAMPAIGN with TEMPLATE: open, save the
 *                              figures, submit (the reporter), accept (the province stand-in); each call to the
 *                              next node in turn, so one submission's calls land on both
 *   verify-truncated URL HEAD  the audit chain of a restored database: intact up to HEAD, TRUNCATED after
 */
public class ClusterClient {

    static final String PASSWORD = "Shuangda@2026";
    static final String AGENT_TOKEN = "sd_demo_agent_token_0123456789abcdef";
    static final String PROVINCE_TOKEN = "sd_demo_province_token_0123456789ab";
    static final String AUDITOR_TOKEN = "sd_ci_auditor_token_0123456789abcdef";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");
    static final Pattern TRACKING_NO = Pattern.compile("\"trackingNo\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "basics" -> basics(args[1], args[2]);
            case "intake" -> intake(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
            case "submissions" -> submissions(args[1], args[2], Integer.parseInt(args[3]),
                    Files.readAllLines(Path.of(args[4])).stream().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    Long.parseLong(args[5]), Long.parseLong(args[6]));
            case "verify-truncated" -> verifyTruncated(args[1], Long.parseLong(args[2]));
            default -> fail("unknown phase " + args[0]);
        }
    }

    static void basics(String a, String b) throws Exception {
        Browser officer = new Browser();
        officer.signIn(a, "licheng.officer");
        check(officer.get(b + "/").statusCode() == 200, "a session signed in through node A is not known on node B");
        System.out.println("session signed in on A continues on B");

        for (int i = 0; i < 5; i++) {
            new Browser().signInResponse(i % 2 == 0 ? a : b, "pingshun.reporter", "wrong-" + i);
        }
        String location = new Browser().signInResponse(b, "pingshun.reporter", PASSWORD).headers()
                .firstValue("Location").orElse("");
        check(location.contains("/login"), "5 failed sign-ins spread over both nodes did not lock the account");
        System.out.println("lockout reached by failures spread over both nodes");

        Browser citizen = new Browser();
        String token = citizen.csrf(citizen.get(a + "/public/filings/track").body());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(citizen.post((i % 2 == 0 ? b : a) + "/public/filings/track",
                    Map.of("_csrf", token, "trackingNo", "TS-CLUSTER-" + i, "queryCode", "000000")).statusCode());
        }
        check(statuses.subList(0, 10).stream().allMatch(s -> s == 200) && statuses.get(10) == 429,
                "the tracking page's limit (10 a minute) was not counted across both nodes: " + statuses);
        System.out.println("public tracking limit counted across both nodes: " + statuses);

        // the nodes trust 127.0.0.1 as a proxy (cluster-test.sh): the guesser is the X-Forwarded-For address, so
        // its block does not stop this client's other calls
        Browser guesser = new Browser();
        List<Integer> failures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            failures.add(guesser.bearerFrom((i % 2 == 0 ? a : b) + "/api/v1/units", "sd_cluster_" + UUID.randomUUID(),
                    "203.0.113.9").statusCode());
        }
        check(failures.stream().allMatch(s -> s == 401), "unknown bearer tokens did not answer 401: " + failures);
        for (String node : List.of(a, b)) {
            int blocked = guesser.bearerFrom(node + "/api/v1/units", AGENT_TOKEN, "203.0.113.9").statusCode();
            check(blocked == 429, "20 unknown bearer tokens spread over both nodes did not block the address on "
                    + node + ": " + blocked);
        }
        check(guesser.bearerFrom(b + "/api/v1/units", AGENT_TOKEN, "203.0.113.10").statusCode() == 200,
                "the block of one address stopped another");
        System.out.println("failed bearer tokens counted across both nodes: 10 + 10 block the address on both");

        Browser system = new Browser();
        HttpResponse<String> filed = system.file(a, UUID.randomUUID().toString());
        check(filed.statusCode() == 201, "filing on A answered " + filed.statusCode() + ": " + filed.body());
        Matcher id = ID.matcher(filed.body());
        check(id.find(), "no id in " + filed.body());
        HttpResponse<String> read = system.bearer(b + "/api/v1/filings/" + id.group(1), AGENT_TOKEN);
        check(read.statusCode() == 200, "the filing just written on A is not readable on B at once: "
                + read.statusCode() + " " + read.body());
        System.out.println("a write on A is read on B at once");
    }

    static void intake(String a, String b, int seconds, Path file) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                Browser client = new Browser();
                while (System.nanoTime() < end) {
                    String key = UUID.randomUUID().toString();
                    long started = System.nanoTime();
                    int first = next.getAndIncrement() % 2;
                    for (int attempt = 0; attempt < 4; attempt++) {
                        String node = (first + attempt) % 2 == 0 ? a : b;
                        try {
                            HttpResponse<String> r = client.file(node, key);
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                Matcher m = TRACKING_NO.matcher(r.body());
                                if (m.find()) {
                                    acked.add(key + " " + m.group(1));
                                    latencies.add(System.nanoTime() - started); // retries on the other node included
                                }
                                break;
                            }
                            failures.incrementAndGet();
                        } catch (IOException | InterruptedException e) {
                            failures.incrementAndGet(); // the node is gone: the same key goes to the other
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Files.write(file, acked, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<Long> sorted = latencies.stream().sorted().toList();
        long p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1_000_000;
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1_000_000;
        System.out.printf("intake: %d filings acknowledged in %d s on %s (%.1f/s, p50 %d ms, p99 %d ms, %d failed "
                + "calls retried)%n", acked.size(), seconds, a.equals(b) ? "one node" : "both nodes",
                acked.size() / (double) seconds, p50, p99, failures.get());
        check(!acked.isEmpty(), "no filing was acknowledged");
    }

    static final String FIGURES = """
            {"values": {"officers": 120, "entities_checked": 90, "cases_opened": 3, "cases_closed": 2, "transferred": 1,
             "case_value": "4.50"}}""";

    /** Bench: open, fill, submit and accept one submission per (reporter, round), for SECONDS. */
    static void submissions(String a, String b, int seconds, List<String> reporters, long campaign, long template)
            throws Exception {
        Browser office = new Browser();
        AtomicInteger next = new AtomicInteger();
        java.util.function.Supplier<String> node = () -> next.getAndIncrement() % 2 == 0 ? a : b;
        // enough rounds for ~40 submissions/s opened before the clock starts; more are opened on the way if needed
        ConcurrentLinkedQueue<long[]> tasks = new ConcurrentLinkedQueue<>(); // {round, reporter index}
        AtomicInteger roundsOpened = new AtomicInteger();
        java.util.concurrent.Callable<Void> openRound = () -> {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            String body = """
                    {"campaignId": %d, "templateId": %d, "regionCode": "140400", "name": "集群基准第%d次报送",
                     "periodFrom": "%s", "periodTo": "%s", "dueOn": "%s", "locksAfter": "%s"}"""
                    .formatted(campaign, template, roundsOpened.incrementAndGet(), today.minusDays(20), today,
                            today.plusDays(20), today.plusDays(30));
            HttpResponse<String> r = office.send(node.get() + "/api/v1/rounds", PROVINCE_TOKEN, "POST", body);
            check(r.statusCode() == 201, "opening a round answered " + r.statusCode() + ": " + r.body());
            Matcher id = ID.matcher(r.body());
            check(id.find(), "no id in " + r.body());
            for (int i = 0; i < reporters.size(); i++) {
                tasks.add(new long[] {Long.parseLong(id.group(1)), i});
            }
            return null;
        };
        int rounds = Math.max(1, (seconds * 40 + reporters.size() - 1) / reporters.size());
        for (int i = 0; i < rounds; i++) {
            openRound.call();
        }
        int before = roundsOpened.get();
        long started0 = System.nanoTime();
        long end = started0 + Duration.ofSeconds(seconds).toNanos();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> calls = new ConcurrentLinkedQueue<>();
        List<ConcurrentLinkedQueue<Long>> perStep = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                Browser client = new Browser();
                while (System.nanoTime() < end) {
                    long[] task = tasks.poll();
                    if (task == null) {
                        synchronized (tasks) {
                            if (tasks.isEmpty()) {
                                try {
                                    openRound.call();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        }
                        continue;
                    }
                    String token = reporters.get((int) task[1]);
                    long started = System.nanoTime();
                    try {
                        String[][] steps = {
                            {"POST", "/api/v1/submissions?round=" + task[0], token, null},
                            {"PUT", "/values", token, FIGURES},
                            {"POST", "/submit", token, null},
                            {"POST", "/accept", PROVINCE_TOKEN, null}};
                        String id = null;
                        boolean ok = true;
                        for (int k = 0; k < steps.length; k++) {
                            String[] step = steps[k];
                            String url = node.get() + (id == null ? step[1] : "/api/v1/submissions/" + id + step[1]);
                            long callStarted = System.nanoTime();
                            HttpResponse<String> r = client.send(url, step[2], step[0], step[3]);
                            calls.add(System.nanoTime() - callStarted);
                            perStep.get(k).add(System.nanoTime() - callStarted);
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                                if (firstFailures.size() < 3) {
                                    firstFailures.add(step[0] + " " + url + ": " + r.statusCode() + " " + r.body());
                                }
                                ok = false;
                                break;
                            }
                            if (id == null) {
                                Matcher m = ID.matcher(r.body());
                                check(m.find(), "no id in " + r.body());
                                id = m.group(1);
                            }
                        }
                        if (ok) {
                            latencies.add(System.nanoTime() - started);
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started0) / 1e9;
        System.out.printf("submission: %d submissions accepted in %.1f s on %s (%.1f/s, each 4 calls: open, "
                + "values, submit, accept; per submission p50 %d ms, p99 %d ms; per call p50 %d ms, p99 %d ms; "
                + "%d failed calls; %d reporters, %d rounds opened before the clock, %d during)%n", latencies.size(),
                elapsed, a.equals(b) ? "one node" : "both nodes", latencies.size() / elapsed, pct(latencies, 0.5),
                pct(latencies, 0.99), pct(calls, 0.5), pct(calls, 0.99), failures.get(), reporters.size(), before,
                roundsOpened.get() - before);
        System.out.printf("submission: p50 / p99 ms per call on %s: open %d / %d, values %d / %d, submit %d / %d, "
                + "accept %d / %d%n", a.equals(b) ? "one node" : "both nodes", pct(perStep.get(0), 0.5),
                pct(perStep.get(0), 0.99), pct(perStep.get(1), 0.5), pct(perStep.get(1), 0.99),
                pct(perStep.get(2), 0.5), pct(perStep.get(2), 0.99), pct(perStep.get(3), 0.5),
                pct(perStep.get(3), 0.99));
        firstFailures.forEach(f -> System.out.println("  failed: " + f));
        check(!latencies.isEmpty(), "no submission was accepted");
        check(failures.get() == 0, failures.get() + " submission calls failed");
    }

    static long pct(java.util.Collection<Long> nanos, double q) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q))) / 1_000_000;
    }

    static void verifyTruncated(String url, long head) throws Exception {
        HttpResponse<String> r = new Browser().bearer(url + "/api/v1/audit/verify", AUDITOR_TOKEN);
        check(r.statusCode() == 200, "audit verify answered " + r.statusCode() + ": " + r.body());
        String body = r.body();
        System.out.println("audit verify on the restored database: " + body);
        check(body.contains("\"problem\":\"TRUNCATED\""), "the anchors written after the backup should report "
                + "TRUNCATED");
        check(body.contains("\"firstBrokenId\":" + (head + 1)), "the first missing entry should be " + (head + 1));
    }

    static void check(boolean ok, String failure) {
        if (!ok) {
            fail(failure);
        }
    }

    static void fail(String message) {
        System.err.println("CLUSTER TEST FAILED: " + message);
        System.exit(1);
    }

    /** Its own cookies (one browser behind the load balancer's one address), no redirects followed. */
    static final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> bearer(String url, String token) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String url, String token, String method, String json)
                throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token);
            if (json != null) {
                r.header("Content-Type", "application/json");
            }
            return http.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> bearerFrom(String url, String token, String forwardedFor)
                throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).header("X-Forwarded-For", forwardedFor).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> file(String node, String key) throws IOException, InterruptedException {
            String json = """
                    {"track":"REPORT","channel":"12315","category":"COUNTERFEIT","content":"集群测试：销售假冒商品。",
                     "regionCode":"140426","targetName":"黎城县集群测试商行","filerName":"李四","filerPhone":"13912345678"}""";
            return http.send(HttpRequest.newBuilder(URI.create(node + "/api/v1/filings")).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + AGENT_TOKEN).header("Idempotency-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            check(m.find(), "no CSRF token on the page");
            return m.group(1);
        }

        HttpResponse<String> signInResponse(String node, String username, String password)
                throws IOException, InterruptedException {
            String token = csrf(get(node + "/login").body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            form.put("_csrf", token);
            return post(node + "/login", form);
        }

        void signIn(String node, String username) throws IOException, InterruptedException {
            HttpResponse<String> r = signInResponse(node, username, PASSWORD);
            check(r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("/login"),
                    "signing in as " + username + " on " + node + " failed: " + r.statusCode() + " "
                            + r.headers().firstValue("Location").orElse(""));
        }
    }
}
