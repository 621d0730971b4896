package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.internal.DatabaseRulebook;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The rulebook page: every period with its source for everyone; administrators schedule a version ahead. */
@WebTest
class RulebookPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired DatabaseRulebook rulebook;
    @Autowired java.time.Clock clock;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from statutory_rule where rule_key = 'tip.notice' and effective_from > '2000-01-01'").update();
        rulebook.reload();
    }

    @Test
    void everyoneReadsEveryPeriodWithItsSourceAndOnlyAdministratorsSeeTheEditLinks() throws Exception {
        mvc.perform(get("/rules").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("线索核查")))
                .andExpect(content().string(containsString("15个工作日")))
                .andExpect(content().string(containsString("《市场监督管理行政处罚程序规定》第十八条")))
                .andExpect(content().string(containsString("24小时")))
                .andExpect(content().string(not(containsString("rule-edit"))));
        mvc.perform(get("/rules").param("edit", "tip.notice").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("rule-form"))));
        mvc.perform(post("/rules/tip.notice").with(demo.as("licheng.officer")).with(csrf()).param("amount", "6")
                .param("effectiveFrom", LocalDate.now(clock).plusDays(3).toString())).andExpect(status().isForbidden());
        mvc.perform(get("/rules").with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("rule-edit")));
    }

    @Test
    void aBadValueComesBackInTheFormWithTheReasonAndNothingChanges() throws Exception {
        mvc.perform(get("/rules").param("edit", "tip.notice").with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-form\"")))
                .andExpect(content().string(containsString("实名举报")));
        mvc.perform(post("/rules/tip.notice").with(demo.as("admin")).with(csrf()).param("name", "告知举报人")
                .param("amount", "五").param("unit", "WORKING_DAYS").param("source", "依据")
                .param("effectiveFrom", LocalDate.now(clock).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("“五”不是整数")))
                .andExpect(content().string(containsString("value=\"五\"")));
        mvc.perform(post("/rules/tip.notice").with(demo.as("admin")).with(csrf()).param("name", "告知举报人")
                .param("amount", "0").param("unit", "WORKING_DAYS").param("source", "依据")
                .param("effectiveFrom", LocalDate.now(clock).plusDays(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能为零或负数")));
        assertThat(versions()).isZero();
    }

    @Test
    void aScheduledVersionIsShownBesideTheCurrentOneAndLeavesRunningClocksAlone() throws Exception {
        LocalDate from = LocalDate.now(clock).plusDays(10);
        mvc.perform(post("/rules/tip.notice").with(demo.as("admin")).with(csrf()).param("name", "告知举报人")
                .param("amount", "7").param("unit", "WORKING_DAYS").param("extensionAmount", "0")
                .param("pauses", "").param("source", "某部门规章第五条（测试）").param("effectiveFrom", from.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/rules#rule-tip.notice"));
        assertThat(versions()).isOne();
        mvc.perform(get("/rules").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(from + "起：7个工作日")));
        assertThat(rulebook.rule(RuleKeys.TIP_NOTICE, LocalDate.now(clock)).amount()).isEqualTo(5);
        assertThat(rulebook.rule(RuleKeys.TIP_NOTICE, from).amount()).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'statutory_rule' "
                + "and summary like '告知举报人%' and summary like :from").param("from", "%" + from + "%")
                .query(Long.class).single()).isOne();
    }

    long versions() {
        return jdbc.sql("select count(*) from statutory_rule where rule_key = 'tip.notice' "
                + "and effective_from > '2000-01-01'").query(Long.class).single();
    }
}
