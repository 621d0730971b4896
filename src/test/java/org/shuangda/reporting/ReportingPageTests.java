package org.shuangda.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: my rounds, the form with errors beside the fields, the office's review list. */
@WebTest
class ReportingPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    ReportingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ReportingFixtures(mvc, users, jdbc);
    }

    @Test
    void my_rounds_show_due_dates_and_the_demo_rounds() throws Exception {
        mvc.perform(get("/reporting").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第三次数据报送")))
                .andExpect(content().string(containsString("已逾期")))
                .andExpect(content().string(containsString("已锁定")));
        mvc.perform(get("/reporting").with(users.as("pingshun.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("第三次数据报送"))));
    }

    @Test
    void the_form_shows_refused_values_and_broken_rules_beside_the_fields() throws Exception {
        long round = fx.openRound("140426");
        String location = mvc.perform(post("/reporting/rounds/" + round + "/mine").with(users.as("licheng.reporter"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location).with(users.as("licheng.reporter")).with(csrf())
                .param("v.officers", "12").param("v.cases_opened", "-3").param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“立案查处案件”不能为负数")))
                .andExpect(content().string(containsString("value=\"-3\"")));
        mvc.perform(post(location).with(users.as("licheng.reporter")).with(csrf())
                .param("v.cases_opened", "1").param("v.transferred", "2").param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("移送公安案件数不能多于立案查处案件数")));
        mvc.perform(post(location).with(users.as("licheng.reporter")).with(csrf()).header("Accept-Language", "en")
                .param("v.cases_opened", "2").param("v.cases_closed", "1").param("v.transferred", "1")
                .param("action", "submit"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已报送")))
                .andExpect(content().string(containsString("50.00"))); // 结案率, derived
    }

    @Test
    void the_home_page_lists_open_rounds_and_reports_waiting_for_review() throws Exception {
        long round = fx.openRound("140426");
        mvc.perform(get("/").with(users.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还剩")));
        mvc.perform(get("/").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("审核第三次数据报送：2份报表待审核")));
        mvc.perform(get("/").with(users.as("pingshun.office"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("第三次数据报送"))));
    }

    @Test
    void the_office_reviews_sees_the_missing_unit_and_returns_with_a_reason() throws Exception {
        long demoRound3 = ReportingFixtures.demoRound(jdbc, 3);
        mvc.perform(get("/reporting/rounds/" + demoRound3 + "/review").with(users.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("黎城县司法局")))
                .andExpect(content().string(containsString("未报送")))
                .andExpect(content().string(containsString("迟报")))
                .andExpect(content().string(containsString("检查经营主体户数较上期明显偏高")));
        long round = fx.openRound("140426");
        long id = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", id, "{\"officers\": 5}");
        fx.action("licheng.reporter", id, "submit");
        mvc.perform(post("/reporting/rounds/" + round + "/submissions/" + id + "/return").with(users.as("licheng.office"))
                .with(csrf()).param("reason", "请补充检查户数")).andExpect(redirectedUrl("/reporting/rounds/" + round + "/review"));
        mvc.perform(get("/reporting/submissions/" + id).with(users.as("licheng.reporter")))
                .andExpect(content().string(containsString("请补充检查户数")));
        mvc.perform(get("/reporting/rounds/" + round + "/review").with(users.as("pingshun.office")))
                .andExpect(status().isNotFound());
    }
}
