package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The campaign's own leading group edited on its form; the task form offers the units of the region's subtree. */
@WebTest
class CampaignSeatsAndPickerTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    private long create(String user, String title, String region) throws Exception {
        String json = mvc.perform(post("/api/v1/campaigns").with(demo.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CampaignTestData.campaignJson(title).replace("140426", region)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private MockHttpServletRequestBuilder editForm(long id, String title) {
        return post("/campaigns/" + id + "/edit").with(demo.as("licheng.office")).with(csrf())
                .param("title", title).param("docNumber", "黎政办发[2026]9号").param("regionCode", "140426")
                .param("startsOn", "2026-01-05").param("endsOn", "2027-06-30").param("version", "0")
                .param("phaseName", "动员部署").param("phaseStartsOn", "2026-01-05").param("phaseEndsOn", "2026-01-09")
                .param("phaseDescription", "").param("membersOnForm", "1");
    }

    @Test
    void the_office_edits_the_campaigns_own_seats_on_its_form() throws Exception {
        long id = create("licheng.office", "领导小组编辑测试", "140426");
        long police = new CampaignTestData(jdbc).unit("黎城县公安局");
        String form = mvc.perform(get("/campaigns/" + id + "/edit").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"member-rows\"", "name=\"memberPosition\"", "副组长");
        // a seat without its title: the form comes back with the reason on that row, nothing saved
        String refused = mvc.perform(editForm(id, "领导小组编辑测试")
                        .param("memberPosition", "LEADER", "DEPUTY_LEADER", "")
                        .param("memberPerson", "王建国", "李明", "")
                        .param("memberTitle", "县政府副县长", "", "")
                        .param("memberUnitId", "", String.valueOf(police), ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"王建国\"", "is-invalid");
        mvc.perform(get("/api/v1/campaigns/" + id).with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.members.length()").value(0));
        mvc.perform(editForm(id, "领导小组编辑测试")
                        .param("memberPosition", "LEADER", "DEPUTY_LEADER", "")
                        .param("memberPerson", "王建国", "李明", "")
                        .param("memberTitle", "县政府副县长", "县公安局局长", "")
                        .param("memberUnitId", "", String.valueOf(police), ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/campaigns/" + id).with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[0].position").value("LEADER"))
                .andExpect(jsonPath("$.members[1].unitId").value((int) police))
                .andExpect(jsonPath("$.members[1].title").value("县公安局局长"));
        assertThat(jdbc.sql("""
                select after::text from audit_entry where object_type = 'campaign' and object_id = :id and action = 'UPDATE'
                 order by id desc limit 1""").param("id", String.valueOf(id)).query(String.class).single())
                .contains("县公安局局长");
        mvc.perform(get("/campaigns/" + id).with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("王建国")));
    }

    @Test
    void a_city_campaigns_task_form_offers_the_county_units_grouped_by_region_and_a_county_one_only_its_own()
            throws Exception {
        long city = create("changzhi.office", "市级任务单位测试", "140400");
        String cityForm = mvc.perform(get("/campaigns/" + city + "/tasks/new").with(demo.as("changzhi.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the form's unit pickers search the campaign's region within the caller's scope
        assertThat(cityForm).contains("data-picker-url=\"/api/v1/pickers/units?region=140400\"", "pickers.js",
                "chip-picker.js", "id=\"cooperator-chips\"");
        String cityUnits = mvc.perform(get("/api/v1/pickers/units").param("q", "公安局").param("region", "140400")
                        .param("limit", "20").with(demo.as("changzhi.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cityUnits).contains("黎城县公安局", "平顺县公安局");
        long county = create("licheng.office", "县级任务单位测试", "140426");
        String countyForm = mvc.perform(get("/campaigns/" + county + "/tasks/new").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(countyForm).contains("data-picker-url=\"/api/v1/pickers/units?region=140426\"");
        String countyUnits = mvc.perform(get("/api/v1/pickers/units").param("q", "公安局").param("region", "140426")
                        .param("limit", "20").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(countyUnits).contains("黎城县公安局").doesNotContain("平顺县公安局");
        // the city office gives a county unit the lead; another county's office cannot see the campaign
        CampaignTestData data = new CampaignTestData(jdbc);
        mvc.perform(post("/api/v1/tasks").param("campaign", "" + city).with(demo.as("changzhi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(CampaignTestData.taskJson("县里牵头的任务",
                                data.unit("平顺县公安局"), data.unit("黎城县公安局"), "2026-12-30")))
                .andExpect(status().isCreated());
        mvc.perform(get("/campaigns/" + county + "/tasks/new").with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
    }
}
