package org.shuangda.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as an outside system uses it (plain HTTP, a bearer token): finds the current 黎城县 campaign
 * and opens a reporting round in it, so browser journeys start from a round that is open today.
 */
final class RoundApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    RoundApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The active campaign of the region that is still running today (the demo's 2010 one has ended). */
    JsonNode currentCampaign(String regionCode, LocalDate today) throws IOException, InterruptedException {
        JsonNode campaigns = get("/api/v1/campaigns?status=ACTIVE");
        return StreamSupport.stream(campaigns.spliterator(), false)
                .filter(c -> c.get("regionCode").asString().equals(regionCode))
                .filter(c -> !LocalDate.parse(c.get("endsOn").asString()).isBefore(today))
                .findFirst().orElseThrow(() -> new AssertionError("no current campaign of " + regionCode));
    }

    JsonNode template(String code) throws IOException, InterruptedException {
        return StreamSupport.stream(get("/api/v1/templates").spliterator(), false)
                .filter(t -> t.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no template " + code));
    }

    /** Opens a round covering the last three weeks, due in ten days; returns its id. */
    long openRound(long campaignId, long templateId, String regionCode, String name, LocalDate today)
            throws IOException, InterruptedException {
        return openRound(campaignId, templateId, regionCode, name, today.minusDays(20), today);
    }

    /** Opens a round covering {@code periodFrom} to today, due in ten days; returns its id. */
    long openRound(long campaignId, long templateId, String regionCode, String name, LocalDate periodFrom,
            LocalDate today) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(java.util.Map.of("campaignId", campaignId, "templateId", templateId,
                "regionCode", regionCode, "name", name, "periodFrom", periodFrom.toString(),
                "periodTo", today.toString(), "dueOn", today.plusDays(10).toString(),
                "locksAfter", today.plusDays(15).toString()));
        HttpResponse<String> response = http.send(request("/api/v1/rounds")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("round").get("id").asLong();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }
}
