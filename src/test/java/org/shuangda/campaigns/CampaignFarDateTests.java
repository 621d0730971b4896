package org.shuangda.campaigns;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11: a due date in year 299999 or +999999999 used to keep a core busy for seconds to hours counting
 * working days inside the request's transaction. Dates outside 1949–2100 are now refused where they enter,
 * as a 422 naming the field, and nothing is saved. (The timeout only keeps a regression from hanging the
 * build; it is no performance assertion.)
 */
@WebTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CampaignFarDateTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    long tasks() {
        return jdbc.sql("select count(*) from campaign_task").query(Long.class).single();
    }

    @Test
    void aTaskDueFarInTheFutureOrPastIsRefusedOnDueOn() throws Exception {
        CampaignTestData data = new CampaignTestData(jdbc);
        long campaign = data.campaign(CampaignTestData.LICHENG_2010);
        long lead = data.unit("黎城县公安局");
        long cooperator = data.unit("黎城县工商行政管理局");
        long before = tasks();
        for (String due : new String[] {"+999999999-12-31", "+299999-01-01", "2101-01-01", "1948-12-31", "-0001-06-01"}) {
            mvc.perform(post("/api/v1/tasks").param("campaign", "" + campaign).with(demo.as("licheng.office")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CampaignTestData.taskJson("远期" + due, lead, cooperator, due)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("dueOn")));
        }
        Assertions.assertThat(tasks()).isEqualTo(before);
    }

    @Test
    void aCampaignEndingBeyond2100IsRefusedOnEndsOn() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(CampaignTestData.campaignJson("远期").replace("\"endsOn\":\"2027-06-30\"",
                        "\"endsOn\":\"+999999999-12-31\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("endsOn")));
    }
}
