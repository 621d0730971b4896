package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Submissions over the API as the demo users: the approval journey, bad input, locks, scope and audit. */
@WebTest
class SubmissionApiTests {

    private static final String GOOD = """
            {"officers": 120, "entities_checked": 90, "cases_opened": 3, "cases_closed": 2, "transferred": 1,
             "case_value": "4.50"}""";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired org.shuangda.identity.Users identity;
    ReportingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ReportingFixtures(mvc, users, jdbc);
    }

    @Test
    void reporter_submits_office_returns_reporter_fixes_office_accepts_and_totals_follow() throws Exception {
        long round = fx.openRound("140426");
        long id = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", id, GOOD).andExpect(status().isOk())
                .andExpect(jsonPath("$.state.status").value("DRAFT"))
                .andExpect(jsonPath("$.derived.closure_rate").value(66.67));
        fx.action("licheng.reporter", id, "submit").andExpect(status().isOk())
                .andExpect(jsonPath("$.state.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.state.onTime").value(true));
        fx.putValues("licheng.reporter", id, GOOD).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        fx.returnWith("licheng.office", id, "出动人次与检查户数不符,请核实").andExpect(status().isOk())
                .andExpect(jsonPath("$.state.status").value("RETURNED"))
                .andExpect(jsonPath("$.state.returnedReason").value("出动人次与检查户数不符,请核实"));
        fx.putValues("licheng.reporter", id, GOOD.replace("\"officers\": 120", "\"officers\": 125"))
                .andExpect(status().isOk());
        fx.action("licheng.reporter", id, "submit").andExpect(status().isOk());
        assertThat(total(round, "140426", "officers")).isNull();
        fx.action("licheng.office", id, "accept").andExpect(status().isOk())
                .andExpect(jsonPath("$.state.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.state.acceptedBy").value("licheng.office"));
        for (String region : List.of("140426", "140400", "140000", "000000")) {
            assertThat(total(round, region, "officers")).isEqualByComparingTo("125");
            assertThat(total(round, region, "case_value")).isEqualByComparingTo("4.50");
        }
        fx.action("licheng.office", id, "accept").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("只有已报送的报表才能采用"));
        assertThat(total(round, "140426", "officers")).isEqualByComparingTo("125"); // not added twice
    }

    @Test
    void wrong_values_are_422_naming_the_indicator_and_nothing_is_saved() throws Exception {
        long id = fx.openSubmission("licheng.reporter", fx.openRound("140426"));
        fx.putValues("licheng.reporter", id, GOOD).andExpect(status().isOk());
        fx.putValues("licheng.reporter", id, "{\"officers\": 130, \"cases_opened\": -2, \"markets_checked\": \"七十\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("values.cases_opened"))
                .andExpect(jsonPath("$.errors[0].reason").value("“立案查处案件”不能为负数"))
                .andExpect(jsonPath("$.errors[1].field").value("values.markets_checked"))
                .andExpect(jsonPath("$.errors[1].reason").value("“检查市场”须填写数字（个）"));
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("licheng.reporter")))
                .andExpect(jsonPath("$.values.officers").value(120))
                .andExpect(jsonPath("$.values.cases_opened").value(3));
    }

    @Test
    void broken_rules_block_submission_and_a_warning_needs_a_comment() throws Exception {
        long id = fx.openSubmission("licheng.reporter", fx.openRound("140426"));
        fx.putValues("licheng.reporter", id, "{\"cases_opened\": 1, \"transferred\": 2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].rule").value("transfer_le_opened"));
        fx.action("licheng.reporter", id, "submit").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rules.transfer_le_opened"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("移送公安案件数不能多于立案查处案件数：移送公安 2 件大于立案查处案件 1 件"));
        fx.putValues("licheng.reporter", id, "{\"case_value\": 2}").andExpect(status().isOk());
        // the warning names its figures and asks once (not "请说明：…,请说明")
        fx.action("licheng.reporter", id, "submit").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comments.value_needs_case"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("填报了案值但没有立案查处案件（立案查处案件 0 件、案值 2 万元），请说明原因"));
        fx.putValues("licheng.reporter", id, "{\"case_value\": 2}", "{\"value_needs_case\": \"上期案件本期结算案值\"}")
                .andExpect(status().isOk());
        fx.action("licheng.reporter", id, "submit").andExpect(status().isOk())
                .andExpect(jsonPath("$.state.status").value("SUBMITTED"));
    }

    @Test
    void a_locked_round_refuses_changes_until_the_office_reopens_it_for_the_unit() throws Exception {
        LocalDate yesterday = LocalDate.now(WorkingCalendar.ZONE).minusDays(1);
        long round = fx.openRound("140426", yesterday);
        long id = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", id, GOOD).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("round"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("已过锁定日期")));
        long unit = jdbc.sql("select unit_id from report_submission where id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(post("/api/v1/rounds/" + round + "/reopen").with(users.as("pingshun.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\": %d, \"until\": \"%s\", \"reason\": \"补报\"}"
                        .formatted(unit, yesterday.plusDays(3)))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/rounds/" + round + "/reopen").with(users.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\": %d, \"until\": \"%s\", \"reason\": \"补报\"}"
                        .formatted(unit, yesterday.plusDays(3)))).andExpect(status().isNoContent());
        fx.putValues("licheng.reporter", id, GOOD).andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false));
        fx.action("licheng.reporter", id, "submit").andExpect(status().isOk())
                .andExpect(jsonPath("$.state.onTime").value(false));
    }

    @Test
    void another_county_cannot_read_or_write_and_a_reporter_cannot_review() throws Exception {
        long round = fx.openRound("140426");
        long id = fx.openSubmission("licheng.reporter", round);
        fx.putValues("licheng.reporter", id, GOOD).andExpect(status().isOk());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("pingshun.reporter"))).andExpect(status().isNotFound());
        fx.putValues("pingshun.reporter", id, GOOD).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rounds/" + round).with(users.as("pingshun.reporter"))).andExpect(status().isNotFound());
        fx.action("licheng.reporter", id, "submit").andExpect(status().isOk());
        fx.action("pingshun.office", id, "accept").andExpect(status().isNotFound());
        fx.action("licheng.reporter", id, "accept").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("licheng.prosecutor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("licheng.office"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("changzhi.office"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rounds/" + round + "/progress").with(users.as("licheng.reporter")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
        mvc.perform(get("/api/v1/rounds/" + round + "/progress").with(users.as("licheng.office")))
                .andExpect(jsonPath("$.length()").value(22));
    }

    @Test
    void a_unit_outside_the_rounds_region_cannot_open_a_submission() throws Exception {
        long round = fx.openRound("140426");
        // a city unit's reporter who sees the county's rounds (the system admin, who used to try this, submits nothing)
        if (jdbc.sql("select count(*) from app_user where username = 'city.reporter.probe'").query(Long.class).single() == 0) {
            long cityUnit = jdbc.sql("select unit_id from app_user where username = 'changzhi.office'").query(Long.class).single();
            long probe = identity.create(org.shuangda.shared.Actor.system("报送测试"), new org.shuangda.identity.UserForm(
                    "city.reporter.probe", "市级联络员", cityUnit, null, null, DemoUsers.PASSWORD, true,
                    List.of(new org.shuangda.identity.UserForm.RoleGrant("UNIT_REPORTER",
                            org.shuangda.shared.ScopeKind.REGION_SUBTREE, "140400")))).id();
            // keeps its password, as the demo loader's accounts do (else 修改密码 comes first)
            identity.waivePasswordChange(org.shuangda.shared.Actor.system("报送测试"), List.of(probe));
        }
        mvc.perform(post("/api/v1/submissions").param("round", String.valueOf(round)).with(users.as("city.reporter.probe")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("round"));
    }

    @Test
    void rounds_list_due_dates_in_working_days() throws Exception {
        long round = fx.openRound("140426");
        mvc.perform(get("/api/v1/rounds/" + round).with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.dueText").value(containsString("还剩")))
                .andExpect(jsonPath("$.locked").value(false));
    }

    @Test
    void every_value_change_is_audited_with_the_values() throws Exception {
        long id = fx.openSubmission("licheng.reporter", fx.openRound("140426"));
        fx.putValues("licheng.reporter", id, "{\"officers\": 10}").andExpect(status().isOk());
        fx.putValues("licheng.reporter", id, "{\"officers\": 12, \"leaflets\": 300}").andExpect(status().isOk());
        List<String> changes = jdbc.sql("""
                select before::text || ' -> ' || after::text from audit_entry
                 where object_type = 'report_submission' and object_id = :id and action = 'UPDATE' order by id""")
                .param("id", String.valueOf(id)).query(String.class).list();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1)).contains("\"officers\": \"10\"").contains("\"officers\": \"12\"")
                .contains("\"leaflets\": \"300\"").doesNotContain("cases_opened");
        assertThat(jdbc.sql("select actor_username from audit_entry where object_type = 'report_submission' "
                + "and object_id = :id order by id desc limit 1").param("id", String.valueOf(id))
                .query(String.class).single()).isEqualTo("licheng.reporter");
    }

    private BigDecimal total(long round, String region, String code) {
        return jdbc.sql("""
                select sum(t.value) from report_region_total t join report_indicator i on i.id = t.indicator_id
                 where t.round_id = :round and t.region_code = :region and i.code = :code""")
                .param("round", round).param("region", region).param("code", code).query(BigDecimal.class)
                .optional().orElse(null);
    }
}
