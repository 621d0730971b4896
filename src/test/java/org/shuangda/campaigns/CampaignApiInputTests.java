package org.shuangda.campaigns;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input answers 422 naming each field (or 400 for unreadable JSON), and nothing is saved. */
@WebTest
class CampaignApiInputTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    long campaigns() {
        return jdbc.sql("select count(*) from campaign").query(Long.class).single();
    }

    @Test
    void aBadPlanIsRefusedFieldByField() throws Exception {
        long before = campaigns();
        mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":" ","docNumber":"第50号文","regionCode":"999999","startsOn":"2026-03-01",
                         "endsOn":"2026-02-01","phases":[{"name":"","startsOn":"2026-03-01","endsOn":"2026-03-05"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("docNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endsOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phases[0].name")));
        Assertions.assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void anOfficeCannotPlanForAnotherCountyAndAReporterCannotPlanAtAll() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(CampaignTestData.campaignJson("越界").replace("140426", "140425")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.reporter")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(CampaignTestData.campaignJson("无权")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTaskForAnotherCountysUnitOrWithoutDueDateIsRefused() throws Exception {
        CampaignTestData data = new CampaignTestData(jdbc);
        long campaign = data.campaign(CampaignTestData.LICHENG_2010);
        mvc.perform(post("/api/v1/tasks").param("campaign", "" + campaign).with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"跨县\",\"leadUnitId\":" + data.unit("平顺县公安局") + ",\"cooperatorIds\":["
                        + data.unit("黎城县公安局") + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("leadUnitId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dueOn")));
    }

    @Test
    void wrongTypesAndStatusesAreNamed() throws Exception {
        mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\",\"startsOn\":\"明天\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tasks")
                .param("status", "DONE").with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        long active = new CampaignTestData(jdbc).campaign(CampaignTestData.LICHENG_2010);
        mvc.perform(post("/api/v1/campaigns/" + active + "/activate").with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value("只有草稿状态的行动可以发布实施"));
    }

    @Test
    void theFormIsShownAgainWithTheReasonsInTheUsersLanguage() throws Exception {
        long before = campaigns();
        mvc.perform(post("/campaigns/new").with(demo.as("licheng.office")).with(csrf())
                .param("title", "黎城县知识产权宣传周活动").param("docNumber", "黎政办发2026年5号").param("regionCode", "140426")
                .param("startsOn", "2026-04-20").param("endsOn", "2026-04-26")
                .param("phaseName", "宣传").param("phaseStartsOn", "2026-04-20").param("phaseEndsOn", "2026-05-30")
                .param("phaseDescription", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文号格式应为")))
                .andExpect(content().string(containsString("阶段日期须在行动起止日期之内")))
                .andExpect(content().string(containsString("黎城县知识产权宣传周活动")));
        Assertions.assertThat(campaigns()).isEqualTo(before);
        mvc.perform(post("/campaigns/new").with(demo.as("licheng.office")).with(csrf()).header("Accept-Language", "en")
                .param("lang", "en").param("title", "x").param("docNumber", "bad").param("regionCode", "140426")
                .param("startsOn", "2026-04-20").param("endsOn", "2026-04-26"))
                .andExpect(content().string(containsString("A document number looks like")));
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs")
                .with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/clone'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tasks'].get.parameters[*].name", hasItem("status")))
                .andExpect(jsonPath("$.paths['/api/v1/tasks/{id}/progress'].post").exists());
    }
}
