package org.shuangda.cases.bench;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the cases API from outside, over HTTP on loopback (security, SQL, JSON included): a county's
 * filtered list, the fuzzy search, and the XLSX export of the big county, signed in with form login as the
 * demo county users (licheng.office: the county; licheng.officer: own unit) and with the admin token (all).
 * Usage: CaseLoadDriver baseUrl [samples=200]
 */
public final class CaseLoadDriver {

    static final String ADMIN_TOKEN = "sd_demo_admin_token_0123456789abcdef";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        HttpClient office = login(base, "licheng.office");
        HttpClient officer = login(base, "licheng.officer");
        HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String[] filters = {"", "status=INVESTIGATING", "category=SEEDS", "status=CLOSED&category=TRADEMARK",
            "clock=OVERDUE", "clock=PAUSED", "page=3", "status=DECIDED&page=2", "category=FOOD&clock=DUE_SOON"};
        warm(office, base, filters);
        System.out.println("load average before: " + loadAverage());
        report("county list, licheng.office (区县范围)", measure(samples, i -> get(office, base
                + "/api/v1/cases?" + filters[i % filters.length], null)));
        report("county list, licheng.officer (本单位)", measure(samples, i -> get(officer, base
                + "/api/v1/cases?" + filters[i % filters.length], null)));
        String[] terms = {"复合肥", "丰禾", "玉米种子", "潞州老窖白酒", "城关鑫源", "黄崖", "教辅图书", "无合法来源",
            "刹车片", "太行嘉禾", "沁州黄小米", "感冒药", "洪井", "假冒“绿盾”", "漳河商贸", "光盘", "风湿膏", "安踏运动鞋"};
        List<Double> county = measure(samples, i -> get(office, base
                + "/api/v1/cases?q=" + enc(terms[i % terms.length]), null));
        report("fuzzy search, licheng.office (county, ~100k cases)", county);
        reportPerTerm(terms, county);
        report("fuzzy search, licheng.officer (own unit)", measure(samples, i -> get(officer, base
                + "/api/v1/cases?q=" + enc(terms[i % terms.length]), null)));
        report("fuzzy search, admin token (all 2M cases)", measure(samples, i -> get(anonymous, base
                + "/api/v1/cases?q=" + enc(terms[i % terms.length]), ADMIN_TOKEN)));
        System.out.println("load average after reads: " + loadAverage());
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = office.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/export.xlsx"))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
            long[] counted = countRows(r.body());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("export run %d: HTTP %d, %,d data rows, %,d bytes unzipped sheet, %.1f s, load %s%n", run,
                    r.statusCode(), counted[0] - 1, counted[1], seconds, loadAverage());
        }
    }

    interface Call {
        int run(int i) throws Exception;
    }

    static List<Double> measure(int samples, Call call) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            int status = call.run(i);
            ms.add((System.nanoTime() - t0) / 1e6);
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status + " on sample " + i);
            }
        }
        return ms;
    }

    static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%-55s n=%d p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", what, sorted.size(),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    /** The slowest sample of each term (sample i searched terms[i % terms.length]): rare and frequent apart. */
    static void reportPerTerm(String[] terms, List<Double> ms) {
        StringBuilder line = new StringBuilder("  slowest per term:");
        for (int t = 0; t < terms.length; t++) {
            double max = 0;
            for (int i = t; i < ms.size(); i += terms.length) {
                max = Math.max(max, ms.get(i));
            }
            line.append(String.format(" %s %.0f ms;", terms[t], max));
        }
        System.out.println(line);
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void warm(HttpClient client, String base, String[] filters) throws Exception {
        for (int i = 0; i < 30; i++) {
            get(client, base + "/api/v1/cases?" + filters[i % filters.length], null);
        }
    }

    static int get(HttpClient client, String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && !r.body().contains("\"rows\"")) {
            throw new IllegalStateException("unexpected body: " + r.body().substring(0, Math.min(200, r.body().length())));
        }
        return r.statusCode();
    }

    /**
     * Rows (incl. header) and unzipped size of the first sheet. Saved to a temp file first: POI's streamed
     * entries carry data descriptors that {@code ZipInputStream} refuses ("invalid entry size").
     */
    static long[] countRows(InputStream xlsx) throws Exception {
        long rows = 0;
        long bytes = 0;
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("cases-export", ".xlsx");
        try (InputStream body = xlsx) {
            java.nio.file.Files.copy(body, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(tmp.toFile());
                InputStream zip = file.getInputStream(file.getEntry("xl/worksheets/sheet1.xml"))) {
            {
                byte[] buf = new byte[1 << 16];
                String carry = "";
                int n;
                while ((n = zip.read(buf)) > 0) {
                    bytes += n;
                    String chunk = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                    int idx = 0;
                    while ((idx = chunk.indexOf("<row ", idx)) >= 0) {
                        rows++;
                        idx += 5;
                    }
                    carry = chunk.substring(Math.max(0, chunk.length() - 4));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
        return new long[] {rows, bytes};
    }

    static HttpClient login(String base, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
            m.find();
        }
        String form = "username=" + enc(user) + "&password=" + enc("Shuangda@2026") + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + user + ": " + r.statusCode() + " " + r.headers());
        }
        return client;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String loadAverage() throws Exception {
        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
    }
}
