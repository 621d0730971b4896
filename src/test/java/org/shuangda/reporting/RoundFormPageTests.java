package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The office opens a round on the web and reopens a locked round for one unit from the review page. */
@WebTest
class RoundFormPageTests {

    private static final String OFFICE = "licheng.office";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    @Test
    void the_office_opens_a_round_proposed_from_the_campaign_and_bad_dates_come_back_on_their_fields() throws Exception {
        long campaign = ReportingFixtures.newCampaign(jdbc, "140426");
        String form = mvc.perform(get("/reporting/rounds/new").param("campaign", "" + campaign).with(users.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"第1次数据报送\"", "value=\"140426\"", "打击侵权假冒专项行动统计表 v1");
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        String template = String.valueOf(new ReportingFixtures(mvc, users, jdbc).templateId());
        String refused = mvc.perform(post("/reporting/rounds/new").with(users.as(OFFICE)).with(csrf())
                        .param("campaignId", "" + campaign).param("templateId", template).param("regionCode", "140426")
                        .param("name", "第1次数据报送").param("periodFrom", today.toString())
                        .param("periodTo", today.minusDays(3).toString()).param("dueOn", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"form-errors\"", "is-invalid", "value=\"第1次数据报送\"");
        assertThat(jdbc.sql("select count(*) from report_round where campaign_id = :c").param("c", campaign)
                .query(Integer.class).single()).isZero();
        String location = mvc.perform(post("/reporting/rounds/new").with(users.as(OFFICE)).with(csrf())
                        .param("campaignId", "" + campaign).param("templateId", template).param("regionCode", "140426")
                        .param("name", "第1次数据报送").param("periodFrom", today.minusDays(10).toString())
                        .param("periodTo", today.toString()).param("dueOn", today.plusDays(5).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long round = jdbc.sql("select id from report_round where campaign_id = :c").param("c", campaign)
                .query(Long.class).single();
        assertThat(location).isEqualTo("/reporting/rounds/" + round + "/review");
        // the next round is proposed after this one
        assertThat(mvc.perform(get("/reporting/rounds/new").param("campaign", "" + campaign).with(users.as(OFFICE)))
                .andReturn().getResponse().getContentAsString())
                .contains("value=\"第2次数据报送\"", "value=\"" + today.plusDays(1) + "\"");
        mvc.perform(get("/reporting/rounds/new").with(users.as("licheng.reporter"))).andExpect(status().isForbidden());
        // the campaign's page leads there
        long demoCampaign = jdbc.sql("select id from campaign where status = 'ACTIVE' and region_code = '140426' limit 1")
                .query(Long.class).single();
        assertThat(mvc.perform(get("/campaigns/" + demoCampaign).with(users.as(OFFICE))).andReturn().getResponse()
                .getContentAsString()).contains("/reporting/rounds/new?campaign=" + demoCampaign);
    }

    @Test
    void a_locked_round_is_reopened_for_one_unit_with_a_reason() throws Exception {
        long campaign = ReportingFixtures.newCampaign(jdbc, "140426");
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        long round = jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                          due_on, on_time_until, locks_after)
                values (:c, :t, '140426', 1, '已锁定批次', :from, :to, :to, :onTime, :to) returning id""")
                .param("c", campaign).param("t", new ReportingFixtures(mvc, users, jdbc).templateId())
                .param("from", today.minusDays(40)).param("to", today.minusDays(10))
                .param("onTime", today.minusDays(10).atTime(23, 59)).query(Long.class).single();
        long unit = jdbc.sql("select unit_id from app_user where username = 'licheng.reporter'").query(Long.class).single();
        String review = mvc.perform(get("/reporting/rounds/" + round + "/review").with(users.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("id=\"reopen-" + unit + "\"");
        mvc.perform(post("/reporting/rounds/" + round + "/reopen").with(users.as(OFFICE)).with(csrf())
                        .param("unitId", "" + unit).param("until", today.minusDays(1).toString()).param("reason", "补报"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem",
                        org.hamcrest.Matchers.containsString("今天或以后")));
        mvc.perform(post("/reporting/rounds/" + round + "/reopen").with(users.as(OFFICE)).with(csrf())
                        .param("unitId", "" + unit).param("until", today.plusDays(3).toString())
                        .param("reason", "系统故障未能按时报送"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        assertThat(jdbc.sql("select reason from report_reopen where round_id = :r and unit_id = :u")
                .param("r", round).param("u", unit).query(String.class).single()).isEqualTo("系统故障未能按时报送");
        mvc.perform(post("/reporting/rounds/" + round + "/mine").with(users.as("licheng.reporter")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
