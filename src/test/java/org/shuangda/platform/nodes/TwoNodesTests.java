package org.shuangda.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shuangda.ShuangdaApplication;
import org.shuangda.identity.ApiTokens;
import org.shuangda.identity.TokenAdministration;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes in one JVM against one PostgreSQL, as behind a load balancer (issue 19): node A starts
 * the embedded database and loads the demo data, node B is a second Spring context on its own port with
 * {@code spring.datasource.url} pointing at A's database. Both keep sessions in PostgreSQL (the ordinary tests
 * keep them in memory). A "browser" is an HTTP client with its own cookies; it may send any request to
 * either node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");
    private static final int NODE_B_POOL = 4;

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private String urlA;
    private String urlB;

    @BeforeAll
    void startBothNodes() throws Exception {
        List<String> common = List.of("--server.port=0", "--spring.autoconfigure.exclude=",
                "--shuangda.complaints.public.lookups-per-minute=4",
                // the test's HTTP client is a "proxy": a request with X-Forwarded-For comes from the address named
                // there (the bearer-token guesser), one without it from 127.0.0.1 (every other test)
                "--shuangda.security.trusted-proxies=127.0.0.1");
        a = node(common, List.of());
        String jdbcUrl = a.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
        b = node(common, List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--shuangda.demo.enabled=false", "--spring.datasource.hikari.maximum-pool-size=" + NODE_B_POOL,
                "--spring.datasource.hikari.connection-timeout=1000",
                // B's "replica" is the same database under another application_name: which pool served a read shows
                "--shuangda.datasource.replica-url=" + jdbcUrl));
        urlA = "http://127.0.0.1:" + port(a);
        urlB = "http://127.0.0.1:" + port(b);
    }

    @AfterAll
    void stopBothNodes() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSessionSignedInOnOneNodeContinuesOnTheOtherAndSignOutEndsItOnBoth() throws Exception {
        Browser browser = new Browser();
        browser.signIn(urlA, "licheng.officer", DemoUsers.PASSWORD);
        assertThat(browser.get(urlB + "/").statusCode()).as("node B knows the session of node A").isEqualTo(200);
        assertThat(browser.get(urlA + "/").statusCode()).isEqualTo(200);

        String token = browser.csrf(browser.get(urlB + "/").body());
        assertThat(browser.post(urlB + "/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);

        assertThat(browser.get(urlA + "/").headers().firstValue("Location").orElse(""))
                .as("signed out through B, A sends the browser to sign in").contains("/login");
        assertThat(browser.get(urlB + "/").headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void aPasswordChangedOnOneNodeEndsTheUsersSessionsOnBoth() throws Exception {
        Browser browser = new Browser();
        browser.signIn(urlB, "licheng.office", DemoUsers.PASSWORD);
        assertThat(browser.get(urlA + "/").statusCode()).isEqualTo(200);

        Actor office = (Actor) a.getBean(UserDetailsService.class).loadUserByUsername("licheng.office");
        String next = "Nodes@2026-b";
        a.getBean(Users.class).changeOwnPassword(office, DemoUsers.PASSWORD, next, next);

        assertThat(browser.get(urlA + "/").headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(browser.get(urlB + "/").headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void failedSignInsSpreadOverBothNodesLockTheAccount() throws Exception {
        int max = a.getEnvironment().getProperty("shuangda.security.max-failed-logins", Integer.class, 5);
        for (int i = 0; i < max; i++) {
            new Browser().signInResponse(i % 2 == 0 ? urlA : urlB, "licheng.agent", "wrong-" + i);
        }
        HttpResponse<String> right = new Browser().signInResponse(urlB, "licheng.agent", DemoUsers.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElse(""))
                .as("locked after %d failures counted on both nodes", max).contains("/login");
    }

    @Test
    void anAdministratorDisablingAnAccountOnOneNodeEndsItsSessionsOnBoth() throws Exception {
        Browser browser = new Browser();
        browser.signIn(urlA, "pingshun.officer", DemoUsers.PASSWORD);
        assertThat(browser.get(urlB + "/").statusCode()).isEqualTo(200);

        Actor admin = (Actor) b.getBean(UserDetailsService.class).loadUserByUsername("admin");
        Users users = b.getBean(Users.class);
        long id = a.getBean(JdbcClient.class).sql("select id from app_user where username = 'pingshun.officer'")
                .query(Long.class).single();
        UserView user = users.get(admin, id);
        users.update(admin, id, new UserForm(user.username(), user.displayName(), user.unitId(), user.phone(),
                user.email(), null, false, user.roles()), user.version()); // on node B

        assertThat(browser.get(urlA + "/").headers().firstValue("Location").orElse(""))
                .as("disabled through B, A ends the session at its next request").contains("/login");
        assertThat(browser.get(urlB + "/").headers().firstValue("Location").orElse("")).contains("/login");
        HttpResponse<String> again = new Browser().signInResponse(urlA, "pingshun.officer", DemoUsers.PASSWORD);
        assertThat(again.headers().firstValue("Location").orElse("")).as("nor can it sign in again").contains("/login");

        UserView disabled = users.get(admin, id);
        users.update(admin, id, new UserForm(disabled.username(), disabled.displayName(), disabled.unitId(),
                disabled.phone(), disabled.email(), null, true, disabled.roles()), disabled.version());
    }

    @Test
    void failedBearerTokensSpreadOverBothNodesBlockTheAddressOnBoth() throws Exception {
        int max = a.getEnvironment().getProperty("shuangda.security.token-failures.max-failures", Integer.class, 20);
        String guesser = "203.0.113.77";
        Browser client = new Browser();
        for (int i = 0; i < max; i++) {
            // half on each node: counted per node, neither would have reached the limit
            assertThat(client.bearer(i % 2 == 0 ? urlA : urlB, "/api/v1/units", "sd_" + UUID.randomUUID(), guesser)
                    .statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }
        for (String node : List.of(urlA, urlB)) {
            HttpResponse<String> blocked = client.bearer(node, "/api/v1/units", DemoUsers.OFFICER_TOKEN, guesser);
            assertThat(blocked.statusCode()).as("%s blocks the guesser's address, a valid token too", node)
                    .isEqualTo(429);
            assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        }
        assertThat(client.bearer(urlB, "/api/v1/units", DemoUsers.OFFICER_TOKEN, "203.0.113.78").statusCode())
                .as("another address is not blocked").isEqualTo(200);
    }

    @Test
    void theSharedLimiterCountsOnOneNodeAndIsReadOnTheOtherWithoutCounting() {
        org.shuangda.shared.RateLimiter onA = a.getBean(org.shuangda.shared.RateLimiter.class);
        org.shuangda.shared.RateLimiter onB = b.getBean(org.shuangda.shared.RateLimiter.class);
        String key = "two-nodes:" + UUID.randomUUID();
        assertThat(onB.peek(key, 60_000)).isEmpty();
        assertThat(onA.tryAcquire(key, 2, 60_000)).isTrue();
        assertThat(onB.tryAcquire(key, 2, 60_000)).isTrue();
        // a look from inside a read-only transaction (routed to B's "replica") reads the primary's counters
        TransactionTemplate readOnly = new TransactionTemplate(b.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        for (int i = 0; i < 3; i++) {
            assertThat(readOnly.execute(s -> onB.peek(key, 60_000)).orElseThrow().used()).isEqualTo(2);
        }
        assertThat(onB.peek(key, 60_000).orElseThrow().ends()).isBetween(java.time.Instant.now().plusSeconds(55),
                java.time.Instant.now().plusSeconds(61));
        assertThat(onA.tryAcquire(key, 2, 60_000)).as("the third use, whichever node").isFalse();
        assertThat(onA.peek(key, 1_000)).as("another window length is another counter").isEmpty();
    }

    @Test
    void thePublicTrackingLimitCountsRequestsToBothNodes() throws Exception {
        Browser browser = new Browser();
        String token = browser.csrf(browser.get(urlA + "/public/filings/track").body());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // the page and its CSRF token came from A; the session holding it is in the database for B too
            statuses.add(browser.post((i % 2 == 0 ? urlB : urlA) + "/public/filings/track",
                    Map.of("_csrf", token, "trackingNo", "TS-NODES-" + i, "queryCode", "000000")).statusCode());
        }
        assertThat(statuses).as("4 look-ups a minute per address, counted across both nodes")
                .containsExactly(200, 200, 200, 200, 429);
    }

    @Test
    void aRevokedBearerTokenIsRefusedAtOnceOnTheOtherNode() throws Exception {
        Actor officer = (Actor) a.getBean(UserDetailsService.class).loadUserByUsername("licheng.officer");
        ApiTokens tokens = b.getBean(ApiTokens.class);
        String token = tokens.issue(officer, officer.userId(), "两节点撤销测试");
        Browser client = new Browser();
        assertThat(client.bearer(urlA + "/api/v1/units", token).statusCode()).isEqualTo(200);
        assertThat(client.bearer(urlB + "/api/v1/units", token).statusCode()).isEqualTo(200);

        long id = b.getBean(TokenAdministration.class).mine(officer).stream()
                .filter(t -> t.name().equals("两节点撤销测试")).findFirst().orElseThrow().id();
        tokens.revoke(officer, id); // on node B

        assertThat(client.bearer(urlA + "/api/v1/units", token).statusCode())
                .as("node A had the token's user cached and still refuses at once").isEqualTo(401);
    }

    @Test
    void aScheduledJobRunsOnceAcrossBothNodes() throws Exception {
        OnceJob.RUNS.set(0);
        Thread.sleep(3_500);
        int runs = OnceJob.RUNS.get();
        // each node fires every 100 ms (70 runs together without the lock); a run holds the lock for 1 s
        assertThat(runs).as("runs in 3.5 s across both nodes").isBetween(2, 4);
    }

    @Test
    void aDailyJobTakenByOneNodeIsSkippedByTheOther() throws Exception {
        invoke(a, "org.shuangda.messages.DueNotices", "daily");
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        OffsetDateTime lockedAt = jdbc.sql("select locked_at from shedlock where name = 'due-notices'")
                .query(OffsetDateTime.class).single();
        invoke(b, "org.shuangda.messages.DueNotices", "daily");
        assertThat(jdbc.sql("select locked_at from shedlock where name = 'due-notices'")
                .query(OffsetDateTime.class).single()).as("B did not take the lock A holds").isEqualTo(lockedAt);
    }

    @Test
    void aNodeWithoutAFreeConnectionAnswers503WithRetryAfterAndIsNotReady() throws Exception {
        Browser client = new Browser();
        List<Connection> held = new ArrayList<>();
        DataSource pool = b.getBean(DataSource.class);
        try {
            for (int i = 0; i < NODE_B_POOL; i++) {
                held.add(pool.getConnection());
            }
            long start = System.nanoTime();
            HttpResponse<String> call = client.bearer(urlB + "/api/v1/units", DemoUsers.OFFICER_TOKEN);
            assertThat(call.statusCode()).isEqualTo(503);
            assertThat(call.headers().firstValue("Retry-After")).isPresent();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no hanging request")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(client.get(urlB + "/public/filings/track").statusCode()).isIn(200, 503);
            assertThat(client.get(urlB + "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(client.get(urlA + "/actuator/health/readiness").statusCode()).as("A has its own pool")
                    .isEqualTo(200);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(client.get(urlB + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(client.bearer(urlB + "/api/v1/units", DemoUsers.OFFICER_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void readOnlyTransactionsReadFromTheReplicaUnlessTheUserJustWrote() throws Exception {
        TransactionTemplate readOnly = new TransactionTemplate(b.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        TransactionTemplate readWrite = new TransactionTemplate(b.getBean(PlatformTransactionManager.class));
        JdbcClient jdbc = b.getBean(JdbcClient.class);
        java.util.function.Supplier<String> pool = () -> jdbc.sql("select current_setting('application_name')")
                .query(String.class).single();

        assertThat(readOnly.<String>execute(s -> pool.get())).isEqualTo("shuangda-replica");
        assertThat(readWrite.<String>execute(s -> pool.get())).isNotEqualTo("shuangda-replica");
        assertThat(pool.get()).as("outside a transaction").isNotEqualTo("shuangda-replica");

        // a browser that wrote a moment ago (the cookie any node sets on a write) reads from the primary
        ReadYourWrites filter = new ReadYourWrites(java.time.Clock.systemUTC(), Duration.ofSeconds(10));
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setCookies(new jakarta.servlet.http.Cookie(ReadYourWrites.COOKIE,
                String.valueOf(System.currentTimeMillis() + 5_000)));
        List<String> seen = new ArrayList<>();
        filter.doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(),
                (req, res) -> seen.add(readOnly.<String>execute(s -> pool.get())));
        assertThat(seen).singleElement().isNotEqualTo("shuangda-replica");

        // a request that may write reads from the primary and hands the client the cookie for its next requests
        org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();
        List<String> during = new ArrayList<>();
        filter.doFilter(new org.springframework.mock.web.MockHttpServletRequest("POST", "/cases"), response,
                (req, res) -> during.add(readOnly.<String>execute(s -> pool.get())));
        assertThat(during).singleElement().isNotEqualTo("shuangda-replica");
        List<String> plain = new ArrayList<>();
        filter.doFilter(new org.springframework.mock.web.MockHttpServletRequest("GET", "/cases"),
                new org.springframework.mock.web.MockHttpServletResponse(),
                (req, res) -> plain.add(readOnly.<String>execute(s -> pool.get())));
        assertThat(plain).as("a reader without the cookie").containsExactly("shuangda-replica");
        assertThat(response.getCookie(ReadYourWrites.COOKIE)).isNotNull();
    }

    @Test
    void prometheusShowsLatencyPoolAndBacklogs() throws Exception {
        Browser client = new Browser();
        client.get(urlA + "/public/filings/track");
        String metrics = client.get(urlA + "/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_bucket", "hikaricp_connections_active",
                "shuangda_audit_pending", "shuangda_events_incomplete");
        // node B has a replica: both of its pools report, each under its name
        String withReplica = client.get(urlB + "/actuator/prometheus").body();
        assertThat(withReplica).contains("hikaricp_connections_active{pool=\"shuangda-primary\"}",
                "hikaricp_connections_active{pool=\"shuangda-replica\"}", "hikaricp_connections_max{pool=\"shuangda-replica\"}",
                "hikaricp_connections{pool=\"shuangda-primary\"}", "hikaricp_connections{pool=\"shuangda-replica\"}");
    }

    /** A job firing every 100 ms on each node, holding its lock for at least a second. */
    public static class OnceJob {

        static final AtomicInteger RUNS = new AtomicInteger();

        @Scheduled(fixedRate = 100)
        @SchedulerLock(name = "two-nodes-test", lockAtLeastFor = "PT1S", lockAtMostFor = "PT10S")
        public void run() {
            RUNS.incrementAndGet();
        }
    }

    private static ConfigurableApplicationContext node(List<String> common, List<String> own) {
        List<String> args = new ArrayList<>(common);
        args.addAll(own);
        return new SpringApplicationBuilder(ShuangdaApplication.class, OnceJob.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Calls a scheduled method through the bean (the proxy that takes the lock), as the scheduler would. */
    private static void invoke(ConfigurableApplicationContext context, String type, String method) throws Exception {
        Class<?> jobType = Class.forName(type);
        java.lang.reflect.Method m = jobType.getDeclaredMethod(method);
        m.setAccessible(true);
        m.invoke(context.getBean(jobType));
    }

    /** A browser: its own cookies (shared by both nodes, as behind one address), no redirects followed. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> bearer(String node, String path, String token, String forwardedFor) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).header("X-Forwarded-For", forwardedFor).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> bearer(String url, String token) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("a CSRF token on the page").isTrue();
            return m.group(1);
        }

        HttpResponse<String> signInResponse(String node, String username, String password) throws Exception {
            String token = csrf(get(node + "/login").body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            form.put("_csrf", token);
            return post(node + "/login", form);
        }

        void signIn(String node, String username, String password) throws Exception {
            HttpResponse<String> response = signInResponse(node, username, password);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        }
    }
}
