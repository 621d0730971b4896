package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangda.ShuangdaApplication;
import org.shuangda.support.DemoUsers;
import org.springframework.util.ClassUtils;

/**
 * The run command's ahead-of-time mode ({@link AheadOfTimeDefault}), as a real process started the way
 * {@code mvn spring-boot:run} starts it ({@code -Dspring.aot.enabled=true}, the main class path without the
 * tests' configuration): with the embedded default it starts from the build's plan, loads the demo data, and
 * every page the navigation offers three demo users answers 200; with demo data switched off it says why it does
 * not use the plan and starts the usual way.
 */
class AheadOfTimeStartProcessTest {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Pattern READY = Pattern.compile("is ready: http://localhost:(\\d+)/");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)[^\"]*\"");

    @Test
    void theEmbeddedDefaultStartsFromThePlanAndEveryNavigationPageAnswers(@TempDir Path dir) throws Exception {
        assumeThat(ClassUtils.isPresent(ShuangdaApplication.class.getName() + "__ApplicationContextInitializer",
                getClass().getClassLoader())).as("the build's plan (mvn process-classes) is on the class path").isTrue();
        Path log = dir.resolve("aot.log");
        Process app = start(dir, log);
        try {
            String base = "http://127.0.0.1:" + awaitReady(app, log);
            assertThat(Files.readString(log)).contains("Starting AOT-processed ShuangdaApplication")
                    .doesNotContain("Starting without the ahead-of-time plan");
            HttpClient anonymous = client();
            awaitDemoData(anonymous, base);
            for (String user : List.of("licheng.officer", "shanxi.office", "admin")) {
                HttpClient browser = client();
                signIn(browser, base, user);
                String home = get(browser, base + "/").body();
                Set<String> pages = links(home);
                assertThat(pages).as(user + "'s navigation").hasSizeGreaterThan(3);
                for (String page : pages) {
                    assertThat(open(browser, base, page)).as(user + " opens " + page).isEqualTo(200);
                }
            }
        } finally {
            stop(app);
        }
        assertThat(app.exitValue()).as("exit code\n" + tail(Files.readString(log))).isZero();
        assertThat(Files.readString(log)).doesNotContain("Exception");
    }

    @Test
    void aSettingThePlanWasNotBuiltForStartsTheUsualWayAndSaysWhy(@TempDir Path dir) throws Exception {
        assumeThat(ClassUtils.isPresent(ShuangdaApplication.class.getName() + "__ApplicationContextInitializer",
                getClass().getClassLoader())).as("the build's plan (mvn process-classes) is on the class path").isTrue();
        Path log = dir.resolve("usual.log");
        Process app = start(dir, log, "--shuangda.demo.enabled=false");
        try {
            String base = "http://127.0.0.1:" + awaitReady(app, log);
            String output = Files.readString(log);
            assertThat(output).contains("Starting without the ahead-of-time plan (shuangda.demo.enabled=false)")
                    .contains("Starting ShuangdaApplication").doesNotContain("AOT-processed");
            assertThat(get(client(), base + "/login").statusCode()).isEqualTo(200);
        } finally {
            stop(app);
        }
    }

    private static Process start(Path dir, Path log, String... more) throws Exception {
        // the main classes and the libraries, not test-classes: its config/application.yml is the tests' own
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Dspring.aot.enabled=true", "-XX:+UseSerialGC", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai"));
        command.addAll(List.of("-cp", classPath, ShuangdaApplication.class.getName()));
        command.addAll(List.of("--server.port=0", "--shuangda.embedded.data-dir=" + dir.resolve("data"),
                "--shuangda.audit.anchor-file=" + dir.resolve("anchors.txt")));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static int awaitReady(Process app, Path log) throws Exception {
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher ready = READY.matcher(output);
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
            assertThat(app.isAlive()).as("the application died while starting:\n" + tail(output)).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("not started within " + START + ":\n" + tail(Files.readString(log)));
    }

    /** The demo data loads after the login page answers (its banner says so): sign-in waits for it. */
    private static void awaitDemoData(HttpClient http, String base) throws Exception {
        long end = System.nanoTime() + START.toNanos();
        while (get(http, base + "/login").body().contains("demo-loading")) {
            assertThat(System.nanoTime()).as("demo data loaded within " + START).isLessThan(end);
            Thread.sleep(500);
        }
    }

    private static void signIn(HttpClient http, String base, String username) throws Exception {
        Matcher token = CSRF.matcher(get(http, base + "/login").body());
        assertThat(token.find()).as("a CSRF token on the login page").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", DemoUsers.PASSWORD);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(username + " signs in").isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).as(username + " signs in")
                .doesNotContain("/login");
    }

    /** The pages a signed-in page links to: not the static files, the sign-out form or the language switch. */
    private static Set<String> links(String html) {
        Set<String> pages = new TreeSet<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            String path = link.group(1).replace("&amp;", "&");
            if (!path.matches("/(css|js|images|webjars|fonts)/.*|[^?]*\\.(css|js|png|svg|ico)|/logout|/login(\\?.*)?")) {
                pages.add(path);
            }
        }
        return pages;
    }

    /** The status at the end of a page's redirects within the site (a redirect to sign in is not followed). */
    private static int open(HttpClient browser, String base, String page) throws Exception {
        String path = page;
        for (int hop = 0; hop < 3; hop++) {
            HttpResponse<String> response = get(browser, base + path);
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || location.contains("/login")) {
                return response.statusCode();
            }
            path = location.startsWith(base) ? location.substring(base.length()) : location;
        }
        return 302;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process app) throws Exception {
        if (app.isAlive()) {
            app.destroy(); // SIGTERM, as the Maven plugin sends its child on Ctrl-C
            if (!app.waitFor(1, TimeUnit.MINUTES)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static String tail(String output) {
        return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
    }
}
