package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API shows a campaign and a task with the names joined in ({@link CampaignView}, {@link TaskRow}) under the
 * field names it always had, and a campaign read from it can be sent back as it is.
 */
@WebTest
class CampaignViewJsonTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    @Test
    void a_campaign_reads_with_its_names_and_goes_back_unchanged() throws Exception {
        CampaignTestData data = new CampaignTestData(jdbc);
        long police = data.unit("黎城县公安局");
        long office = data.unit("黎城县商务中心");
        String body = CampaignTestData.campaignJson("视图字段测试").replace("\"rightsTypes\"",
                "\"issuingUnitId\":%d,\"officeUnitId\":%d,\"members\":[{\"position\":\"LEADER\",\"title\":\"县公安局局长\",\"unitId\":%d}],\"rightsTypes\""
                        .formatted(office, office, police));
        String created = mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        String read = mvc.perform(get("/api/v1/campaigns/" + id).with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuingUnitName").value("黎城县商务中心"))
                .andExpect(jsonPath("$.officeUnitName").value("黎城县商务中心"))
                .andExpect(jsonPath("$.regionName").exists())
                .andExpect(jsonPath("$.members[0].unitName").value("黎城县公安局"))
                .andReturn().getResponse().getContentAsString();
        // null fields are left out of the JSON; nothing beyond the names the API always had may appear
        Map<String, Object> fields = JsonPath.read(read, "$");
        assertThat(java.util.List.of("id", "title", "docNumber", "issuingUnitId", "issuingUnitName",
                "regionCode", "regionName", "startsOn", "endsOn", "guidingIdea", "goals", "leadingGroupId",
                "leadingGroupName", "officeUnitId", "officeUnitName", "officeContact", "officePhone", "rightsTypes",
                "keyProducts", "keyAreas", "keyDomains", "status", "clonedFromId", "phases", "members", "version")).containsAll(fields.keySet());
        Map<String, Object> seat = JsonPath.read(read, "$.members[0]");
        assertThat(seat).containsOnlyKeys("position", "title", "unitId", "unitName"); // no person named

        // what was read, names included, is accepted back as the plan
        mvc.perform(put("/api/v1/campaigns/" + id).with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(read))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.members[0].unitName").value("黎城县公安局"));
    }
}
