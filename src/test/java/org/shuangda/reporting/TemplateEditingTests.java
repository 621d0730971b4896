package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Editing templates: in place while unused, a new version once a round uses it; the built-in one is copied. */
@WebTest
class TemplateEditingTests {

    private static final AtomicInteger CODES = new AtomicInteger();
    private static final String OFFICE = "licheng.office";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    private static String body(String code, String name, String extraIndicator, String rule) {
        return """
                {"code": "%s", "name": "%s", "figures": "PERIOD",
                 "indicators": [{"code": "opened", "name": "立案", "measure": "件", "type": "INTEGER"},
                                {"code": "seized", "name": "查扣物品", "measure": "件", "type": "INTEGER",
                                 "breakdowns": ["食品", "药品"]}%s],
                 "rules": [{"code": "r1", "expression": "%s", "severity": "ERROR", "messageZh": "规则"}]}"""
                .formatted(code, name, extraIndicator, rule);
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String user, String json) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long create(String code) throws Exception {
        String json = send(post("/api/v1/templates"), OFFICE, body(code, "测试表", "", "opened >= 0"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions openRound(long template) throws Exception {
        return openRound(ReportingFixtures.newCampaign(jdbc, "140426"), template, "版本测试批次");
    }

    private ResultActions openRound(long campaign, long template, String name) throws Exception {
        LocalDate due = LocalDate.now(WorkingCalendar.ZONE).plusDays(10);
        return send(post("/api/v1/rounds"), OFFICE, """
                {"campaignId": %d, "templateId": %d, "regionCode": "140426", "name": "%s",
                 "periodFrom": "%s", "periodTo": "%s", "dueOn": "%s", "locksAfter": "%s"}"""
                .formatted(campaign, template, name, due.minusDays(20), due, due, due.plusDays(5)));
    }

    @Test
    void a_campaign_whose_rounds_use_two_versions_shows_the_columns_of_both() throws Exception {
        String code = "MIXED_" + CODES.incrementAndGet();
        long v1 = ((Number) JsonPath.read(send(post("/api/v1/templates"), OFFICE, body(code, "混合版本表",
                        ", {\"code\": \"closed\", \"name\": \"结案旧列\", \"measure\": \"件\", \"type\": \"INTEGER\"}",
                        "opened >= 0")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.id")).longValue();
        long campaign = ReportingFixtures.newCampaign(jdbc, "140426");
        openRound(campaign, v1, "第一批（一版）").andExpect(status().isCreated());
        // version 2 drops 结案旧列 and adds 宣传资料新列; the campaign's next round uses it
        long v2 = ((Number) JsonPath.read(send(put("/api/v1/templates/" + v1), OFFICE, body("", "混合版本表",
                        ", {\"code\": \"leaflets\", \"name\": \"宣传资料新列\", \"measure\": \"份\", \"type\": \"INTEGER\"}",
                        "opened >= 0")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.id")).longValue();
        openRound(campaign, v2, "第二批（二版）").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/rollups").param("campaign", String.valueOf(campaign)).with(users.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.values.opened").exists())
                .andExpect(jsonPath("$.total.values.leaflets").exists())
                .andExpect(jsonPath("$.total.values.closed").exists());
        mvc.perform(get("/reporting/dashboard").param("campaign", String.valueOf(campaign)).with(users.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("宣传资料新列")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("结案旧列")));
    }

    @Test
    void an_unused_template_is_edited_in_place_a_used_one_gets_a_new_version_and_its_rounds_keep_theirs()
            throws Exception {
        String code = "EDIT_" + CODES.incrementAndGet();
        long v1 = create(code);
        send(put("/api/v1/templates/" + v1), OFFICE, body("IGNORED", "测试表（改）",
                ", {\"code\": \"closed\", \"name\": \"结案\", \"measure\": \"件\", \"type\": \"INTEGER\"}",
                "closed <= opened"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(v1))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.indicators[2].code").value("closed"))
                .andExpect(jsonPath("$.rules[0].expression").value("closed <= opened"));
        long round = ((Number) JsonPath.read(openRound(v1).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.round.id")).longValue();

        String json = send(put("/api/v1/templates/" + v1), OFFICE, body("", "测试表（二版）", "", "opened >= 0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.indicators.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long v2 = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat(v2).isNotEqualTo(v1);
        // the round keeps version 1 with its three indicators
        assertThat(jdbc.sql("select template_id from report_round where id = :r").param("r", round)
                .query(Long.class).single()).isEqualTo(v1);
        mvc.perform(get("/api/v1/templates/" + v1).with(users.as("licheng.reporter")))
                .andExpect(jsonPath("$.indicators.length()").value(3)).andExpect(jsonPath("$.name").value("测试表（改）"));
        mvc.perform(get("/api/v1/templates/versions").with(users.as(OFFICE)))
                .andExpect(jsonPath("$[?(@.id == %d)].current".formatted(v1)).value(false))
                .andExpect(jsonPath("$[?(@.id == %d)].rounds".formatted(v1)).value(1))
                .andExpect(jsonPath("$[?(@.id == %d)].basedOn".formatted(v2)).value((int) v1));
        // new rounds use the current version; the old one and its edits are refused
        openRound(v1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("templateId"));
        openRound(v2).andExpect(status().isCreated());
        send(put("/api/v1/templates/" + v1), OFFICE, body("", "x", "", "opened >= 0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("template"));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where object_type = 'report_template' and object_id in (:a, :b)""")
                .param("a", String.valueOf(v1)).param("b", String.valueOf(v2)).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void the_built_in_template_is_copied_not_changed_and_bad_expressions_name_the_unknown_code() throws Exception {
        long builtin = jdbc.sql("select id from report_template where code = 'SHUANGDA_BASIC'").query(Long.class).single();
        send(put("/api/v1/templates/" + builtin), OFFICE, body("", "x", "", "opened >= 0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("template"))
                .andExpect(jsonPath("$.errors[0].reason").value("内置表样不能直接修改，请先复制一份再修改"));
        String code = "COPY_" + CODES.incrementAndGet();
        send(post("/api/v1/templates/" + builtin + "/copy"), OFFICE, "{\"code\": \"" + code + "\", \"name\": \"黎城县统计表\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.builtin").value(false))
                .andExpect(jsonPath("$.indicators[10].breakdowns[0]").value("食品"))
                .andExpect(jsonPath("$.rules.length()").value(5));
        send(post("/api/v1/templates/" + builtin + "/copy"), OFFICE, "{\"code\": \"" + code + "\", \"name\": \"重\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("code"));
        long copy = create("BAD_" + CODES.incrementAndGet());
        send(put("/api/v1/templates/" + copy), OFFICE, body("", "测试表", "", "closd <= opened"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rules[0].expression"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("closd")));
        send(put("/api/v1/templates/" + copy), "licheng.reporter", body("", "测试表", "", "opened >= 0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void offices_edit_on_the_web_with_errors_shown_on_the_row_they_belong_to() throws Exception {
        long id = create("WEB_" + CODES.incrementAndGet());
        String list = mvc.perform(get("/reporting/templates").with(users.as(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("template-" + id, "打击侵权假冒专项行动统计表", "内置");
        String edit = mvc.perform(get("/reporting/templates/" + id + "/edit").with(users.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"seized\"", "value=\"食品、药品\"", "name=\"r[0].expression\"");
        // a blank first row on the page, then a rule reading an unknown code: the error sits on page row 1
        String refused = mvc.perform(post("/reporting/templates/" + id).with(users.as(OFFICE)).with(csrf())
                        .param("name", "网页表").param("figures", "PERIOD")
                        .param("i[0].code", "").param("i[0].name", "")
                        .param("i[1].order", "2").param("i[1].code", "seized").param("i[1].name", "查扣物品")
                        .param("i[1].measure", "件").param("i[1].type", "INTEGER").param("i[1].breakdowns", "食品，建材")
                        .param("i[2].order", "1").param("i[2].code", "opened").param("i[2].name", "立案")
                        .param("i[2].measure", "件").param("i[2].type", "INTEGER")
                        .param("r[0].code", "").param("r[0].expression", "")
                        .param("r[1].code", "r1").param("r[1].expression", "openned >= 0").param("r[1].severity", "ERROR")
                        .param("r[1].messageZh", "规则"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("没有代码为“openned”的指标", "value=\"openned &gt;= 0\"");
        assertThat(refused).containsPattern("id=\"r-1-expression\"[^>]*is-invalid|is-invalid[^>]*id=\"r-1-expression\"");
        mvc.perform(post("/reporting/templates/" + id).with(users.as(OFFICE)).with(csrf())
                        .param("name", "网页表").param("figures", "CUMULATIVE")
                        .param("i[1].order", "2").param("i[1].code", "seized").param("i[1].name", "查扣物品")
                        .param("i[1].measure", "件").param("i[1].type", "INTEGER").param("i[1].breakdowns", "食品，建材")
                        .param("i[2].order", "1").param("i[2].code", "opened").param("i[2].name", "立案")
                        .param("i[2].measure", "件").param("i[2].type", "INTEGER")
                        .param("r[1].code", "r1").param("r[1].expression", "opened >= 0").param("r[1].severity", "WARNING")
                        .param("r[1].messageZh", "规则"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reporting/templates/" + id));
        mvc.perform(get("/api/v1/templates/" + id).with(users.as(OFFICE)))
                .andExpect(jsonPath("$.name").value("网页表"))
                .andExpect(jsonPath("$.figures").value("CUMULATIVE"))
                .andExpect(jsonPath("$.indicators[0].code").value("opened"))
                .andExpect(jsonPath("$.indicators[1].breakdowns[1]").value("建材"))
                .andExpect(jsonPath("$.rules[0].severity").value("WARNING"));
        mvc.perform(get("/reporting/templates/new").with(users.as("licheng.reporter"))).andExpect(status().isForbidden());
    }
}
