package org.shuangda.reporting;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A round belongs to a real campaign the office can see: anything else is a 422 on campaignId, not a 500. */
@WebTest
class RoundCampaignTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    String round(long campaign) {
        long template = jdbc.sql("select id from report_template where code = 'SHUANGDA_BASIC'").query(Long.class).single();
        return """
                {"campaignId": %d, "templateId": %d, "regionCode": "140426", "name": "第一次数据报送",
                 "periodFrom": "2026-11-01", "periodTo": "2026-11-20", "dueOn": "2026-11-25"}""".formatted(campaign, template);
    }

    @Test
    void anUnknownCampaignIsRefusedByField() throws Exception {
        mvc.perform(post("/api/v1/rounds").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(round(987_654_321L)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("campaignId")));
    }

    @Test
    void theOtherCountysCampaignIsRefusedToo() throws Exception {
        long pingshun = jdbc.sql("select min(id) from campaign where region_code = '140425'").query(Long.class).single();
        mvc.perform(post("/api/v1/rounds").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(round(pingshun)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("campaignId")));
    }

    @Test
    void aRoundDueFarInTheFutureIsRefusedOnDueOn() throws Exception {
        long licheng = jdbc.sql("select min(id) from campaign where region_code = '140426'").query(Long.class).single();
        for (String due : new String[] {"+999999999-12-31", "+299999-01-01", "2101-01-01"}) {
            mvc.perform(post("/api/v1/rounds").with(demo.as("licheng.office")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(round(licheng).replace("2026-11-25", due)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("dueOn")));
        }
    }
}
