package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.internal.DatabaseRulebook;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The rulebook's API on the seeded table: every period with its source; changes only ahead, audited, refused in words. */
@WebTest
class RulebookApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseRulebook rulebook;
    @Autowired
    java.time.Clock clock;
    @Autowired
    DemoUsers demoUsers;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from statutory_rule where effective_from > '2000-01-01'").update();
        rulebook.reload();
    }

    private ResultActions change(String user, String key, String json) throws Exception {
        return mvc.perform(put("/api/v1/rules/" + key).with(demoUsers.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void every_seeded_period_is_listed_with_its_value_unit_and_source() throws Exception {
        mvc.perform(get("/api/v1/rules").with(user("any"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'clue.verification')].current.amount").value(15))
                .andExpect(jsonPath("$[?(@.key == 'clue.verification')].current.extensionAmount").value(15))
                .andExpect(jsonPath("$[?(@.key == 'clue.verification')].current.source")
                        .value(hasItem(containsString("市场监督管理行政处罚程序规定》第十八条"))))
                .andExpect(jsonPath("$[?(@.key == 'transfer.handover')].current.unit").value("HOURS"))
                .andExpect(jsonPath("$[?(@.key == 'transfer.head-decision')].current.source")
                        .value(hasItem(containsString("顺延"))))
                .andExpect(jsonPath("$[?(@.key == 'case.decision')].current.amount").value(90));
        mvc.perform(get("/api/v1/rules")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_change_applies_from_its_future_date_and_leaves_clocks_started_before_it_alone() throws Exception {
        LocalDate from = today().plusDays(10);
        long auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        change("admin", "clue.verification", """
                {"amount": 20, "effectiveFrom": "%s", "source": "测试：某规定第一条"}""".formatted(from))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(20));
        assertThat(rulebook.rule(RuleKeys.CLUE_VERIFICATION, today()).amount()).as("a clock running today").isEqualTo(15);
        assertThat(rulebook.rule(RuleKeys.CLUE_VERIFICATION, from.minusDays(1)).amount()).isEqualTo(15);
        assertThat(rulebook.rule(RuleKeys.CLUE_VERIFICATION, from).amount()).as("a clock started on the day").isEqualTo(20);
        assertThat(rulebook.rule(RuleKeys.CLUE_VERIFICATION, from).extensionAmount()).as("kept").isEqualTo(15);
        mvc.perform(get("/api/v1/rules").with(user("any")))
                .andExpect(jsonPath("$[?(@.key == 'clue.verification')].current.amount").value(15))
                .andExpect(jsonPath("$[?(@.key == 'clue.verification')].next.amount").value(20));
        String audit = jdbc.sql("select string_agg(a::text, ' ') from audit_entry a where id > :after")
                .param("after", auditBefore).query(String.class).single();
        assertThat(audit).contains("statutory_rule").contains("线索核查");
        // correcting the scheduled version changes it in place
        change("admin", "clue.verification", """
                {"amount": 25, "effectiveFrom": "%s"}""".formatted(from)).andExpect(status().isOk());
        assertThat(rulebook.rule(RuleKeys.CLUE_VERIFICATION, from).amount()).isEqualTo(25);
        assertThat(jdbc.sql("select count(*) from statutory_rule where rule_key = 'clue.verification'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void bad_values_are_refused_naming_the_field_and_nothing_changes() throws Exception {
        String tomorrow = today().plusDays(1).toString();
        change("admin", "case.decision", "{\"amount\": 0, \"effectiveFrom\": \"" + tomorrow + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        change("admin", "case.decision", "{\"amount\": -3, \"effectiveFrom\": \"" + tomorrow + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        change("admin", "case.decision", "{\"unit\": \"WEEKS\", \"effectiveFrom\": \"" + tomorrow + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("unit"));
        change("admin", "case.decision", "{\"amount\": 60, \"effectiveFrom\": \"" + today() + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("正在计时的期限不受影响")));
        change("admin", "case.decision", "{\"amount\": 60}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        change("admin", "no.such.rule", "{\"amount\": 60, \"effectiveFrom\": \"" + tomorrow + "\"}")
                .andExpect(status().isNotFound());
        change("licheng.officer", "case.decision", "{\"amount\": 60, \"effectiveFrom\": \"" + tomorrow + "\"}")
                .andExpect(status().isForbidden());
        // without the right, a bad body is refused as 403 too, not judged as 422 first
        change("licheng.officer", "case.decision", "{\"amount\": -1, \"effectiveFrom\": \"" + today() + "\"}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from statutory_rule where rule_key = 'case.decision' "
                + "and effective_from > '2000-01-01'").query(Long.class).single()).isZero();
        assertThat(rulebook.rule(RuleKeys.CASE_DECISION, today().plusDays(5)).amount()).isEqualTo(90);
    }

    @Test
    void a_province_keeps_its_own_value_which_applies_in_the_province_only() throws Exception {
        LocalDate from = today().plusDays(3);
        change("admin", "seizure.hold", """
                {"amount": 20, "effectiveFrom": "%s", "ownerRegionPath": "/140000/", "source": "山西省某规定第五条"}"""
                .formatted(from)).andExpect(status().isOk()).andExpect(jsonPath("$.ownerRegionPath").value("/140000/"));
        assertThat(rulebook.rule(RuleKeys.SEIZURE_HOLD, from, "/140000/140400/140426/").amount()).isEqualTo(20);
        assertThat(rulebook.rule(RuleKeys.SEIZURE_HOLD, from, "/130000/").amount()).isEqualTo(30);
        assertThat(rulebook.rule(RuleKeys.SEIZURE_HOLD, from).amount()).isEqualTo(30);
        assertThat(rulebook.rule(RuleKeys.SEIZURE_HOLD, today(), "/140000/140400/").amount()).isEqualTo(30);
        // a county may not keep one: a wrong value of the field, said in words
        change("admin", "seizure.hold", """
                {"amount": 20, "effectiveFrom": "%s", "ownerRegionPath": "/140000/140400/140426/"}""".formatted(from))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ownerRegionPath"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("省级")));
        change("admin", "seizure.hold", """
                {"amount": 20, "effectiveFrom": "%s", "ownerRegionPath": "140000"}""".formatted(from))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ownerRegionPath"));
    }

    @Test
    void an_override_for_a_province_outside_the_administrators_scope_is_refused_naming_the_field() throws Exception {
        long cityOffice = jdbc.sql("select id from pub_unit where name = '长治市商务局'").query(Long.class).single();
        String username = "rules.city.admin";
        if (jdbc.sql("select count(*) from pub_user where username = :u").param("u", username).query(Long.class)
                .single() == 0) {
            org.shuangda.support.Accounts.create(users, demoUsers, new org.shuangda.identity.UserForm(username,
                    "规则 测试", cityOffice, null, null, "Verwalter#2026", true,
                    java.util.List.of(new org.shuangda.identity.UserForm.RoleGrant("SYSTEM_ADMIN",
                            org.shuangda.shared.ScopeKind.REGION_SUBTREE, "140400"))));
        }
        org.shuangda.shared.Actor cityAdmin = demoUsers.actor(username);
        LocalDate from = today().plusDays(2);
        for (String region : new String[] {"/130000/", "/140000/"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> rulebook.change(cityAdmin, "seizure.hold",
                    new DatabaseRulebook.Change(null, 20, null, null, null, "某省规定", from, region)))
                    .isInstanceOfSatisfying(org.shuangda.shared.InvalidInput.class,
                            e -> assertThat(e.problems()).extracting("field").containsExactly("ownerRegionPath"));
        }
        assertThat(jdbc.sql("select count(*) from statutory_rule where rule_key = 'seizure.hold' "
                + "and effective_from > '2000-01-01'").query(Long.class).single()).isZero();
    }

    @Autowired
    org.shuangda.identity.Users users;
}
