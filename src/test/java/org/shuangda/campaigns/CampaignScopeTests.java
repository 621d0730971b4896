package org.shuangda.campaigns;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.shuangda.campaigns.CampaignTestData.LICHENG_2010;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One county cannot list, read or change the other's campaigns and tasks, by API or page, even guessing ids. */
@WebTest
class CampaignScopeTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    CampaignTestData data() {
        return new CampaignTestData(jdbc);
    }

    @Test
    void eachCountySeesOnlyItsOwnCampaigns() throws Exception {
        mvc.perform(get("/api/v1/campaigns").with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].regionCode", everyItem(is("140425"))))
                .andExpect(jsonPath("$[*].title", hasItem(CampaignTestData.PINGSHUN_2010)));
        mvc.perform(get("/campaigns").with(demo.as("pingshun.reporter")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("黎城县"))));
        mvc.perform(get("/api/v1/campaigns").with(demo.as("changzhi.office")).with(csrf()))
                .andExpect(jsonPath("$[*].regionCode", hasItem("140426")))
                .andExpect(jsonPath("$[*].regionCode", hasItem("140425")));
    }

    @Test
    void theOtherCountysCampaignIsNotFoundForEveryVerb() throws Exception {
        long id = data().campaign(LICHENG_2010);
        mvc.perform(get("/api/v1/campaigns/" + id).with(demo.as("pingshun.office")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + id + "/phases").with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/campaigns/" + id).with(demo.as("pingshun.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(CampaignTestData.campaignJson("改名")))
                .andExpect(status().isNotFound());
        for (String action : new String[] {"close", "activate"}) {
            mvc.perform(post("/api/v1/campaigns/" + id + "/" + action).with(demo.as("pingshun.office")).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/campaigns/" + id + "/clone").with(demo.as("pingshun.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"startsOn\":\"2026-12-01\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + id).with(demo.as("pingshun.reporter")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/" + id + "/close").with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + id).with(demo.as("licheng.leader")).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void theOtherCountysTaskIsNotFoundForEveryVerb() throws Exception {
        long task = data().task(LICHENG_2010, "市场巡查和商标专用权保护");
        mvc.perform(get("/api/v1/tasks/" + task).with(demo.as("pingshun.reporter")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks/" + task + "/progress").with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + task + "/progress").with(demo.as("pingshun.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"越权\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + task + "/complete").with(demo.as("pingshun.reporter")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task).with(demo.as("pingshun.reporter")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + task + "/progress").with(demo.as("pingshun.reporter")).with(csrf())
                .param("text", "越权")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").param("campaign", "" + data().campaign(LICHENG_2010))
                .with(demo.as("pingshun.office")).with(csrf())).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aMemberUnitSeesTheTasksItLeadsOrCooperatesOnAndNoOthers() throws Exception {
        long campaign = data().campaign(LICHENG_2010);
        mvc.perform(get("/api/v1/tasks").param("campaign", "" + campaign).with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem("市场巡查和商标专用权保护")))
                .andExpect(jsonPath("$[*].title", hasItem("印刷复制企业监管"))) // 工商 cooperates
                .andExpect(jsonPath("$[*].title", not(hasItem("侵权假冒案件审理"))));
        long trial = data().task(LICHENG_2010, "侵权假冒案件审理");
        mvc.perform(get("/api/v1/tasks/" + trial).with(demo.as("licheng.reporter")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks/" + trial).with(demo.as("licheng.office")).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tasks/" + trial).with(demo.as("licheng.leader")).with(csrf())).andExpect(status().isOk());
    }
}
