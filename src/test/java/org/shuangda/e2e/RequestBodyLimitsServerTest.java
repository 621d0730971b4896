package org.shuangda.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Request body limits against the real Tomcat (MockMvc has no connector, no multipart parser and no error
 * page): a body over its limit answers 413 with the limit in words — a JSON problem on the API, the error
 * page on a form — never a 500 and never a form that silently arrives empty. Runs in the browser tests'
 * context only for its random port; it drives no browser.
 */
@BrowserTest
class RequestBodyLimitsServerTest {

    private static final String BOUNDARY = "----sdLimitTestBoundary";

    @Autowired Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    private String base() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    @Test
    void aJsonBodyOverTwoMegabytesIs413WithTheLimitNamed() throws Exception {
        byte[] body = json(2 * 1024 * 1024 + 10);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/cases"))
                .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN).header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(r.body()).contains("\"field\":\"body\"").contains("超过上限 2,048 KB");
    }

    @Test
    void aJsonBodyWithoutALengthIsCutAtTheLimitAnd400NotA500() throws Exception {
        byte[] body = json(3 * 1024 * 1024);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/cases"))
                .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))) // chunked
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 413);
    }

    @Test
    void aFormOverTheFormLimitIs413AsAReadablePage() throws Exception {
        byte[] body = ("title=" + "甲".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8); // 9 MB encoded
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/public/filings/new"))
                .header("Accept-Language", "zh-CN").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("<html").contains("超过上限 2,048 KB").contains("出错了");
    }

    @Test
    void anUploadOverTheRequestLimitIs413BeforeAnythingIsRead() throws Exception {
        HttpResponse<String> r = upload("/api/v1/submissions/1/workbook", 26 * 1024 * 1024);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"field\":\"body\"");
    }

    @Test
    void aFileOverTheFileLimitIs413OnTheApi() throws Exception {
        HttpResponse<String> r = upload("/api/v1/submissions/1/workbook", 21 * 1024 * 1024);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    }

    private HttpResponse<String> upload(String path, int fileBytes) throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + fileBytes + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, head.length + fileBytes, (byte) 'x');
        System.arraycopy(tail, 0, body, head.length + fileBytes, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN).header("Accept-Language", "zh-CN")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON object of about {@code bytes} bytes: one long string. */
    private static byte[] json(int bytes) {
        return ("{\"title\":\"" + "x".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
