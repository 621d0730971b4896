package org.shuangda.reporting;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Templates: the built-in one as the seeds list it; new ones with their formulas and rules checked first. */
@WebTest
class TemplateApiTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    private ResultActions create(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/templates").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void the_built_in_template_has_the_seeds_indicators_and_rules() throws Exception {
        mvc.perform(get("/api/v1/templates").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("SHUANGDA_BASIC"))
                .andExpect(jsonPath("$[0].indicators.length()").value(17))
                .andExpect(jsonPath("$[0].indicators[0].name").value("出动执法人员"))
                .andExpect(jsonPath("$[0].indicators[0].measure").value("人次"))
                .andExpect(jsonPath("$[0].indicators[?(@.code == 'closure_rate')].formula")
                        .value(hasItem("cases_closed / cases_opened * 100")))
                .andExpect(jsonPath("$[0].rules[*].expression").value(hasItem("transferred <= cases_opened")));
        mvc.perform(get("/api/v1/templates").with(users.as("licheng.leader"))).andExpect(status().isForbidden());
    }

    @Test
    void the_reporting_api_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/templates']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rounds']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/submissions/{id}/submit']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/submissions/{id}/workbook']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rollups']").exists());
    }

    @Test
    void a_new_template_with_a_derived_rate_and_a_rule() throws Exception {
        create("licheng.office", """
                {"code": "SAMPLING_2026", "name": "抽检统计表", "figures": "CUMULATIVE",
                 "indicators": [{"code": "samples", "name": "抽检批次", "measure": "批次", "type": "INTEGER"},
                                {"code": "passed", "name": "合格批次", "measure": "批次", "type": "INTEGER"},
                                {"code": "rate", "name": "合格率", "measure": "%", "type": "DECIMAL",
                                 "formula": "passed / samples * 100"}],
                 "rules": [{"code": "passed_le", "expression": "passed <= samples", "severity": "ERROR",
                            "messageZh": "合格批次不能多于抽检批次"}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.figures").value("CUMULATIVE"))
                .andExpect(jsonPath("$.indicators[2].formula").value("passed / samples * 100"))
                .andExpect(jsonPath("$.rules[0].messageEn").value("合格批次不能多于抽检批次"));
    }

    @Test
    void mistakes_in_formulas_and_rules_are_422_with_field_and_position() throws Exception {
        create("licheng.office", """
                {"code": "BROKEN", "name": "错表", "figures": "PERIOD",
                 "indicators": [{"code": "a", "name": "甲", "measure": "件", "type": "INTEGER"},
                                {"code": "r", "name": "率", "measure": "%", "type": "DECIMAL", "formula": "a / (a"},
                                {"code": "b", "name": "乙", "measure": "斤", "type": "INTEGER"}],
                 "rules": [{"code": "x", "expression": "closd <= a", "severity": "ERROR", "messageZh": "错"},
                           {"code": "y", "expression": "a + 1", "severity": "WARNING", "messageZh": "错"}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[2].measure"))
                .andExpect(jsonPath("$.errors[1].field").value("indicators[1].formula"))
                .andExpect(jsonPath("$.errors[1].reason").value("第5个字符处的括号没有闭合"))
                .andExpect(jsonPath("$.errors[2].field").value("rules[0].expression"))
                .andExpect(jsonPath("$.errors[2].reason").value("第1个字符处：没有代码为“closd”的指标"))
                .andExpect(jsonPath("$.errors[3].field").value("rules[1].expression"))
                .andExpect(jsonPath("$.errors[3].reason").value("校验规则须是比较，例如 transferred <= cases_opened"));
        mvc.perform(get("/api/v1/templates").with(users.as("licheng.office")))
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.not(hasItem("BROKEN"))));
        create("licheng.reporter", "{\"code\": \"X\"}").andExpect(status().isForbidden());
    }
}
