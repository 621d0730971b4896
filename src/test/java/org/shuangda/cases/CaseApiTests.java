package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Cases through the API: registration, every step, scope (other county, police), refusals that change nothing. */
@WebTest
@RecordApplicationEvents
class CaseApiTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired org.shuangda.privacy.PersonalDataCipher cipher;

    String draft(String title, String officersJson) {
        return draft(title, officersJson, null);
    }

    String draft(String title, String officersJson, String facts) {
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        return """
                {"title":"%s","category":"TRADEMARK","productCategory":"化肥","caseValue":12000,"illegalGains":1000,
                 "illegalBusinessAmount":12000,"parties":[{"kind":"ENTITY","entityId":%d}],
                 "goods":[{"name":"假冒复合肥","quantity":60,"unitLabel":"袋","value":12000}],"officerIds":%s%s}
                """.formatted(title, entity, officersJson, facts == null ? "" : ",\"facts\":\"" + facts + "\"");
    }

    String officers(String county) {
        return jdbc.sql("select string_agg(id::text, ',' order by id) from app_user where username in (:a, :b)")
                .param("a", county + ".officer").param("b", county + ".inspector").query(String.class)
                .optional().map(s -> "[" + s + "]").orElseThrow();
    }

    long create(String title) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(draft(title, officers("licheng"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.case.number", matchesPattern("黎工商处〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.decisionClock.remaining").value(90))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    String statusOf(long id) {
        return jdbc.sql("select status from enforcement_case where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void anOfficerTakesACaseFromRegistrationToClosing() throws Exception {
        long id = create("测试：销售假冒复合肥案");
        post(id, "investigate", "licheng.officer", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.case.status").value("INVESTIGATING"));
        String decision = """
                {"decisionNumber":"黎工商罚〔2026〕99号","procedure":"GENERAL","kinds":["FINE"],"fineAmount":5000,
                 "legalBasis":"《中华人民共和国商标法》第六十条","facts":"销售假冒注册商标的复合肥","decidedOn":"%s"}
                """.formatted(java.time.LocalDate.now(org.shuangda.calendar.WorkingCalendar.ZONE));
        post(id, "decide", "licheng.officer", decision).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("告知")));
        assertThat(statusOf(id)).isEqualTo("INVESTIGATING");
        post(id, "notify", "licheng.officer", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("facts")));
        int version = JsonPath.read(mvc.perform(get("/api/v1/cases/" + id).with(demo.as("licheng.officer")))
                .andReturn().getResponse().getContentAsString(), "$.case.version");
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/cases/" + id).param("version", "" + version)
                        .with(demo.as("licheng.officer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(draft("测试：销售假冒复合肥案", officers("licheng"), "经查，当事人销售假冒复合肥60袋。")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.case.facts").value("经查，当事人销售假冒复合肥60袋。"));
        post(id, "notify", "licheng.officer", null).andExpect(status().isOk());
        post(id, "decide", "licheng.officer", decision).andExpect(status().isOk())
                .andExpect(jsonPath("$.case.decision.decisionNumber").value("黎工商罚〔2026〕99号"))
                .andExpect(jsonPath("$.decisionClock").doesNotExist());
        assertThat(events.stream(PenaltyDecided.class).filter(e -> e.caseId() == id))
                .singleElement().satisfies(e -> assertThat(e.toBePublished()).isTrue());
        post(id, "execute", "licheng.officer", null).andExpect(status().isOk());
        post(id, "close", "licheng.officer", "{\"reason\":\" \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(id, "close", "licheng.officer", "{\"reason\":\"罚款已缴纳\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.case.status").value("CLOSED"))
                .andExpect(jsonPath("$.case.timeline[*].text", hasItem(startsWith("结案"))));
    }

    @Test
    void registrationNeedsTwoOfficersOfTheUnitAndChangesNothingOtherwise() throws Exception {
        int before = jdbc.sql("select count(*) from enforcement_case").query(Integer.class).single();
        String oneOfficer = officers("licheng").replaceAll(",.*", "]");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(draft("一人办案", oneOfficer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("officerIds")));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(draft("外县承办人", officers("pingshun"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("承办人")));
        assertThat(jdbc.sql("select count(*) from enforcement_case").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anotherCountyOrThePoliceCannotReadOrChangeACase() throws Exception {
        long id = create("测试：范围");
        mvc.perform(get("/api/v1/cases/" + id).with(demo.as("pingshun.officer"))).andExpect(status().isNotFound());
        post(id, "investigate", "pingshun.officer", null).andExpect(status().isNotFound());
        post(id, "revoke", "pingshun.officer", "{\"reason\":\"越权\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + id).with(demo.as("licheng.police"))).andExpect(status().isForbidden());
        post(id, "investigate", "licheng.police", null).andExpect(status().isForbidden());
        post(id, "investigate", "licheng.leader", null).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
        mvc.perform(get("/api/v1/cases").with(demo.as("pingshun.officer")))
                .andExpect(jsonPath("$.rows[*].number", everyItem(startsWith("平"))))
                .andExpect(jsonPath("$.rows[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/cases").with(demo.as("licheng.leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].id", hasItem((int) id)));
    }

    @Test
    void fuzzySearchFindsPartiesGoodsAndFacts() throws Exception {
        mvc.perform(get("/api/v1/cases").param("q", "玉米种子").with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.rows[*].title", hasItem("销售伪劣玉米种子案")));
        mvc.perform(get("/api/v1/cases").param("clock", "OVERDUE").with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.rows[*].title", hasItem("生产标签不符合规定的小米案")));
        mvc.perform(get("/api/v1/cases").param("clock", "PAUSED").with(demo.as("pingshun.officer")))
                .andExpect(jsonPath("$.rows[*].title", hasItem("销售假药“风湿骨痛丸”案")));
    }

    @Test
    void searchWithinAScopeFindsThatScopesCasesOnly() throws Exception {
        // three characters or more: a like served by the trigram index; two (no trigrams): a strpos on the scope's walk
        mvc.perform(get("/api/v1/cases").param("q", "玉米种子").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.rows[*].title", hasItem("销售伪劣玉米种子案")));
        mvc.perform(get("/api/v1/cases").param("q", "玉米").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.rows[*].title", hasItem("销售伪劣玉米种子案")));
        mvc.perform(get("/api/v1/cases").param("q", "玉米种子").with(demo.as("pingshun.office")))
                .andExpect(jsonPath("$.rows[*].title", not(hasItem("销售伪劣玉米种子案"))));
        mvc.perform(get("/api/v1/cases").param("q", "风湿骨痛丸").with(demo.as("pingshun.officer")))
                .andExpect(jsonPath("$.rows[*].title", hasItem("销售假药“风湿骨痛丸”案")));
        mvc.perform(get("/api/v1/cases").param("q", "风湿骨痛丸").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.rows[*].title", not(hasItem("销售假药“风湿骨痛丸”案"))));
    }

    @Test
    void aPersonsIdNumberIsNeverShownInFull() throws Exception {
        long id = jdbc.sql("select id from enforcement_case where title = '流动摊贩销售盗版光盘案'").query(Long.class).single();
        // stored as SM4 ciphertext (PartyIdentityTests); the number itself for the comparison
        String full = cipher.decrypt(Party.ID_NUMBER_FIELD, jdbc.sql("select id_number from case_party where case_id = :id")
                .param("id", id).query(String.class).single());
        mvc.perform(get("/api/v1/cases/" + id).with(demo.as("pingshun.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.case.parties[0].idNumberMasked").value(full.substring(0, 6) + "********"
                        + full.substring(14)))
                .andExpect(content().string(not(containsString(full))));
    }

    ResultActions post(long id, String action, String user, String json) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/cases/" + id + "/" + action).with(demo.as(user)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
