package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporter's and the office's workbench: a returned submission on the home page ("已退回：reason", one click
 * to the form) and in the round list's 状态; 全部采用 accepts only what passes the rules, auditing each.
 */
@WebTest
class ReportingWorkbenchTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Users accounts;
    ReportingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ReportingFixtures(mvc, users, jdbc);
    }

    @Test
    void a_returned_submission_shows_its_reason_on_the_home_page_and_in_the_round_list() throws Exception {
        long round = fx.openRound("140426");
        long id = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", id, "{\"officers\": 5}");
        fx.action("licheng.reporter", id, "submit");
        String reason = "检查户数与上期不符" + id;
        fx.returnWith("licheng.office", id, reason);

        mvc.perform(get("/").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已退回：" + reason)))
                .andExpect(content().string(containsString("href=\"/reporting/submissions/" + id + "\"")))
                .andExpect(content().string(containsString("id=\"workbench-reporting\"")));
        mvc.perform(get("/reporting").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"returned-" + round + "\"")))
                .andExpect(content().string(containsString("title=\"" + reason + "\"")))
                .andExpect(content().string(containsString("修改并重新报送")));

        // resubmitted: no longer 已退回 (the reason is kept in the record, not shown as the state)
        fx.action("licheng.reporter", id, "submit");
        mvc.perform(get("/").with(users.as("licheng.reporter")))
                .andExpect(content().string(not(containsString("已退回：" + reason))));
        mvc.perform(get("/reporting").with(users.as("licheng.reporter")))
                .andExpect(content().string(not(containsString("id=\"returned-" + round + "\""))));
    }

    @Test
    void an_open_round_not_started_shows_its_deadline_in_working_days_on_the_home_page() throws Exception {
        long round = fx.openRound("140426");
        mvc.perform(get("/").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reporting#round-" + round + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*截止\\d{1,2}月\\d{1,2}日（(还剩\\d+个工作日|今天截止)）.*")));
    }

    @Test
    void accept_all_accepts_only_the_submissions_that_pass_the_rules_and_audits_each() throws Exception {
        long round = fx.openRound("140426");
        String second = secondReporter();

        long good = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", good, "{\"officers\": 5, \"cases_opened\": 2, \"transferred\": 1}");
        fx.action("licheng.reporter", good, "submit");
        long bad = fx.openSubmission(second, round);
        fx.putValues(second, bad, "{\"officers\": 3, \"cases_opened\": 2, \"transferred\": 1}");
        fx.action(second, bad, "submit");
        // the figures changed after submission (a correction in the database): 移送 now exceeds 立案
        jdbc.sql("""
                update submission_value v set value = 9 from report_indicator i
                 where v.indicator_id = i.id and i.code = 'transferred' and v.submission_id = :id
                   and v.breakdown_key = 0""").param("id", bad).update();
        long auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        mvc.perform(get("/reporting/rounds/" + round + "/review").with(users.as("licheng.office")))
                .andExpect(content().string(containsString("id=\"accept-all\"")))
                .andExpect(content().string(containsString("全部采用（2份）")))
                .andExpect(content().string(containsString("data-confirm=")))
                .andExpect(content().string(containsString("id=\"remind-all\"")));
        mvc.perform(post("/reporting/rounds/" + round + "/accept-all").with(users.as("licheng.office")).with(csrf()))
                .andExpect(redirectedUrl("/reporting/rounds/" + round + "/review"))
                .andExpect(flash().attribute("notice", containsString("已采用1份报表")))
                .andExpect(flash().attribute("notice", containsString("1份未采用")));

        assertThat(statusOf(good)).isEqualTo("ACCEPTED");
        assertThat(statusOf(bad)).as("broken rule: left for review").isEqualTo("SUBMITTED");
        List<String> audited = jdbc.sql("""
                select object_id from audit_entry where id > :after and object_type = 'report_submission'
                   and after ->> 'status' = 'ACCEPTED'""").param("after", auditBefore).query(String.class).list();
        assertThat(audited).containsExactly(String.valueOf(good));
    }

    @Test
    void accept_all_answers_404_outside_the_offices_rounds_403_without_review_and_works_from_the_api() throws Exception {
        long round = fx.openRound("140426");
        mvc.perform(post("/reporting/rounds/" + round + "/accept-all").with(users.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reporting/rounds/" + round + "/accept-all").with(users.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rounds/" + round + "/accept-all").with(users.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        long id = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", id, "{\"officers\": 4}");
        fx.action("licheng.reporter", id, "submit");
        mvc.perform(post("/api/v1/rounds/" + round + "/accept-all").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.accepted[0]")
                        .value("黎城县工商行政管理局"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.skipped")
                        .isEmpty());
    }

    private String statusOf(long submission) {
        return jdbc.sql("select status from report_submission where id = :id").param("id", submission)
                .query(String.class).single();
    }

    /** A reporter of 黎城县司法局 (a second unit reporting into 黎城县's rounds). */
    private String secondReporter() {
        long unit = jdbc.sql("select id from pub_unit where name = '黎城县司法局'").query(Long.class).single();
        String username = "bulk.reporter" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long id = Accounts.create(accounts, users, new UserForm(username, "司法 联络员", unit, null, null,
                "Berichte#2026x", true, List.of(new UserForm.RoleGrant("UNIT_REPORTER", ScopeKind.OWN_UNIT, null))))
                .id();
        accounts.waivePasswordChange(Actor.system("测试"), List.of(id));
        return username;
    }
}
