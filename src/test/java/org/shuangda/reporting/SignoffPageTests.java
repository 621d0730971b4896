package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The city office accepts a county's roll-up of a round from the dashboard (the upper level of the approval chain). */
@WebTest
class SignoffPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    private String dashboard(long campaign, long round) throws Exception {
        return mvc.perform(get("/reporting/dashboard").param("campaign", "" + campaign).param("round", "" + round)
                        .param("region", "140400").with(users.as("changzhi.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_city_signs_off_a_complete_county_and_is_told_why_not_for_an_incomplete_one() throws Exception {
        long first = ReportingFixtures.demoRound(jdbc, 1);
        long third = ReportingFixtures.demoRound(jdbc, 3);
        long campaign = jdbc.sql("select campaign_id from report_round where id = :r").param("r", first)
                .query(Long.class).single();
        assertThat(dashboard(campaign, third)).contains("id=\"signoff-140426\"", "上级审核");
        mvc.perform(post("/reporting/rounds/" + third + "/regions/140426/signoff").param("campaign", "" + campaign)
                        .param("parent", "140400").with(users.as("changzhi.office")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.containsString("单位的报表未采用")));
        mvc.perform(post("/reporting/rounds/" + first + "/regions/140426/signoff").param("campaign", "" + campaign)
                        .param("parent", "140400").with(users.as("changzhi.office")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        String after = dashboard(campaign, first);
        assertThat(after).contains("已审核").doesNotContain("id=\"signoff-140426\"");
        // the county office cannot sign off its own county
        mvc.perform(post("/reporting/rounds/" + third + "/regions/140426/signoff").param("campaign", "" + campaign)
                        .with(users.as("licheng.office")).with(csrf()))
                .andExpect(flash().attribute("problem", "只有上级办公室才能审核本地区的汇总数据"));
    }
}
