package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.Users;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 13: only users holding the enforcement permission ({@code CASE_HANDLE}) may be 承办人 (the 12315 hotline
 * agent of the same unit tree is refused with 422 on {@code officerIds}, naming him and the rule), and a 承办人 may
 * not approve his own case's transfer: a head who also handles cases and is co-承办人 gets 422 with the reason and
 * no APPROVE among his actions; the unit's other head approves.
 */
@WebTest
class OfficerRuleTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    TransferApiClient api;

    @BeforeEach
    void client() {
        api = new TransferApiClient(mvc, demo, jdbc);
    }

    @Test
    void onlyHoldersOfTheEnforcementPermissionMayBeHandlingOfficers() throws Exception {
        long officer = userId("licheng.officer");
        // a user of the 工商局 without CASE_HANDLE (the unit's reporter), and the hotline agent
        long reporter = userId("licheng.reporter");
        String reporterName = jdbc.sql("select display_name from app_user where id = :id").param("id", reporter)
                .query(String.class).single();
        String title = "测试：承办人资格案" + UUID.randomUUID().toString().substring(0, 8);
        register("licheng.officer", title, officer, reporter).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("officerIds"))
                .andExpect(jsonPath("$.errors[0].reason", containsString(reporterName)))
                .andExpect(jsonPath("$.errors[0].reason", containsString("执法办案权限")));
        long agent = userId("licheng.agent");
        register("licheng.officer", title, officer, agent).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("officerIds")));
        assertThat(jdbc.sql("select count(*) from enforcement_case where title = :t").param("t", title)
                .query(Long.class).single()).isZero();
        // the candidates the officer picker offers are the enforcers only; a blank form starts with the officer
        mvc.perform(MockMvcRequestBuilders.get("/cases/new").with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("id=\"officer-" + officer + "\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(not(containsString("id=\"officer-" + reporter + "\""))));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/pickers/officers").param("limit", "20")
                        .with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(Long.toString(officer))))
                .andExpect(jsonPath("$[*].id", not(hasItem(Long.toString(reporter)))))
                .andExpect(jsonPath("$[*].id", not(hasItem(Long.toString(agent)))));
        register("licheng.officer", title, officer, userId("licheng.inspector")).andExpect(status().isCreated());
    }

    @Test
    void aHeadWhoIsCoHandlingOfficerCannotApproveHisOwnCasesTransferAnotherHeadCan() throws Exception {
        long unit = jdbc.sql("select id from unit where name = '黎城县工商行政管理局'").query(Long.class).single();
        String username = "deputy." + UUID.randomUUID().toString().substring(0, 8);
        long deputy = Accounts.create(users, demo, new UserForm(username, "副局长 测试", unit, null, null,
                "Fq9#tLw2zR7!mk", true, List.of(new UserForm.RoleGrant("UNIT_HEAD", ScopeKind.OWN_UNIT, null),
                        new UserForm.RoleGrant("ENFORCEMENT_OFFICER", ScopeKind.OWN_UNIT, null)))).id();
        users.waivePasswordChange(org.shuangda.shared.Actor.system("测试"), List.of(deputy)); // not this test's step
        String title = "测试：承办人自批移送案" + UUID.randomUUID().toString().substring(0, 8);
        String json = register("licheng.officer", title, userId("licheng.officer"), deputy)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(json, "$.case.id")).longValue();
        long transfer = api.proposed("licheng.officer", caseId);

        api.get(username, "/api/v1/transfers/{id}", transfer).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions", not(hasItem("APPROVE"))))
                .andExpect(jsonPath("$.actions", not(hasItem("DECLINE"))));
        api.act(username, transfer, "APPROVE", "同意").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("本案承办人")));
        assertThat(api.transferStatus(transfer)).isEqualTo("PROPOSED");

        api.get("licheng.head", "/api/v1/transfers/{id}", transfer).andExpect(jsonPath("$.actions", hasItem("APPROVE")));
        api.act("licheng.head", transfer, "APPROVE", "同意移送").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void anEmptyCaseValueIsTheSumOfTheGoodsValuesGiven() throws Exception {
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        String body = """
                {"title":"%s","category":"TRADEMARK","facts":"销售假冒注册商标白酒",
                 "parties":[{"kind":"ENTITY","entityId":%d}],
                 "goods":[{"name":"假冒白酒","quantity":20,"unitLabel":"瓶","value":1200.50},
                          {"name":"假冒包装盒","quantity":20,"unitLabel":"个","value":800},
                          {"name":"标签","quantity":100,"unitLabel":"张"}],"officerIds":[%d,%d]}
                """.formatted("测试：案值合计案" + UUID.randomUUID().toString().substring(0, 8), entity,
                userId("licheng.officer"), userId("licheng.inspector"));
        String json = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").with(demo.as("licheng.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(new java.math.BigDecimal(JsonPath.read(json, "$.case.caseValue").toString()))
                .isEqualByComparingTo("2000.50");
        // a value typed by the officer stays his
        String typed = body.replace("\"category\":\"TRADEMARK\",", "\"category\":\"TRADEMARK\",\"caseValue\":5000,")
                .replace("案值合计案", "案值自填案");
        String json2 = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").with(demo.as("licheng.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(typed))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(new java.math.BigDecimal(JsonPath.read(json2, "$.case.caseValue").toString()))
                .isEqualByComparingTo("5000");
    }

    @Test
    void aCaseFromAClueOffersTheClueTargetFromTheDirectoryAsFirstParty() throws Exception {
        var target = jdbc.sql("select id, uscc, name from market_entity where region_code = '140426' order by id desc limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        String json = mvc.perform(MockMvcRequestBuilders.post("/api/v1/clues").with(demo.as("licheng.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                                {"source":"INSPECTION","subject":"某门店","subjectUscc":"%s","content":"检查发现假冒商品。"}
                                """.formatted(target[1])))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long clue = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(MockMvcRequestBuilders.get("/cases/new").param("clue", Long.toString(clue))
                        .with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("id=\"party-0-entity\" value=\"" + target[0] + "\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("id=\"case-clue-target\"")));
    }

    private ResultActions register(String user, String title, long... officers) throws Exception {
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        String ids = java.util.Arrays.stream(officers).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(","));
        String body = """
                {"title":"%s","category":"TRADEMARK","productCategory":"化肥","facts":"销售假冒注册商标复合肥",
                 "caseValue":90000,"illegalGains":1000,"illegalBusinessAmount":90000,
                 "parties":[{"kind":"ENTITY","entityId":%d}],
                 "goods":[{"name":"假冒复合肥","quantity":60,"unitLabel":"袋","value":90000}],"officerIds":[%s]}
                """.formatted(title, entity, ids);
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").with(demo.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }
}
