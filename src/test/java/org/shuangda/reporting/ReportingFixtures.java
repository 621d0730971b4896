package org.shuangda.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.shuangda.support.DemoUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Reaches states through the real API: rounds opened by an office, submissions filled by reporters. */
public final class ReportingFixtures {

    /** Each test gets its own campaign so tests sharing the context do not meet (ids above the demo's). */
    private static final AtomicLong CAMPAIGNS = new AtomicLong(90_000);

    /** A real campaign row (rounds reference campaigns) with an id from {@link #CAMPAIGNS}. */
    public static long newCampaign(JdbcClient jdbc, String regionCode) {
        return jdbc.sql("""
                insert into campaign (id, title, region_code, starts_on, ends_on, status)
                values (:id, :title, :region, current_date - 60, current_date + 60, 'ACTIVE') returning id""")
                .param("id", CAMPAIGNS.incrementAndGet()).param("title", "测试专项行动 " + CAMPAIGNS.get())
                .param("region", regionCode)
                .query(Long.class).single();
    }

    private final MockMvc mvc;
    private final DemoUsers users;
    private final JdbcClient jdbc;

    ReportingFixtures(MockMvc mvc, DemoUsers users, JdbcClient jdbc) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
        restoreGrants(jdbc);
    }

    /**
     * Puts back V8's grants: the shared test context is also used by the identity tests, one of which
     * rewrites the UNIT_REPORTER role's permissions to its own list.
     */
    public static void restoreGrants(JdbcClient jdbc) {
        grant(jdbc, "UNIT_REPORTER", "REPORT_SUBMIT");
        grant(jdbc, "ENFORCEMENT_OFFICER", "REPORT_SUBMIT");
        grant(jdbc, "LEADING_GROUP_OFFICE", "REPORT_REVIEW");
        grant(jdbc, "LEADING_GROUP_OFFICE", "TEMPLATE_MANAGE");
    }

    private static void grant(JdbcClient jdbc, String role, String permission) {
        jdbc.sql("""
                update role set permissions = array_append(permissions, :p)
                 where code = :role and not (:p = any(permissions))""").param("p", permission).param("role", role).update();
    }

    /** Round {@code seq} (1–3) of the demo's 2010 黎城县 campaign (fixtures' own campaigns start at 90,001). */
    public static long demoRound(JdbcClient jdbc, int seq) {
        return jdbc.sql("select id from report_round where region_code = '140426' and seq = :s and campaign_id < 90000")
                .param("s", seq).query(Long.class).single();
    }

    long templateId() {
        return jdbc.sql("select id from report_template where code = 'SHUANGDA_BASIC'").query(Long.class).single();
    }

    /** A round of 黎城县 opened by its office, due in ten days, locking {@code locksAfter}. */
    long openRound(String region, LocalDate locksAfter) throws Exception {
        LocalDate today = LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE);
        LocalDate due = locksAfter.isBefore(today.plusDays(10)) ? locksAfter : today.plusDays(10);
        String office = region.equals("140426") ? "licheng.office" : "pingshun.office";
        String body = """
                {"campaignId": %d, "templateId": %d, "regionCode": "%s", "name": "第一次数据报送",
                 "periodFrom": "%s", "periodTo": "%s", "dueOn": "%s", "locksAfter": "%s"}"""
                .formatted(newCampaign(jdbc, region), templateId(), region, due.minusDays(20), due, due, locksAfter);
        String json = mvc.perform(post("/api/v1/rounds").with(users.as(office)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.round.id")).longValue();
    }

    long openRound(String region) throws Exception {
        return openRound(region, LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE).plusDays(15));
    }

    long openSubmission(String reporter, long round) throws Exception {
        String json = mvc.perform(post("/api/v1/submissions").param("round", String.valueOf(round))
                .with(users.as(reporter)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions putValues(String user, long submission, String valuesJson) throws Exception {
        return putValues(user, submission, valuesJson, "{}");
    }

    ResultActions putValues(String user, long submission, String valuesJson, String commentsJson) throws Exception {
        return mvc.perform(put("/api/v1/submissions/" + submission + "/values").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": " + valuesJson + ", \"comments\": " + commentsJson + "}"));
    }

    ResultActions action(String user, long submission, String action) throws Exception {
        return mvc.perform(post("/api/v1/submissions/" + submission + "/" + action).with(users.as(user)).with(csrf()));
    }

    ResultActions returnWith(String user, long submission, String reason) throws Exception {
        return mvc.perform(post("/api/v1/submissions/" + submission + "/return").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"));
    }
}
