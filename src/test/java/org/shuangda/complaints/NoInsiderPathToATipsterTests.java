package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 11, found 2: a county administrator tries every action the platform offers him to reach a real-name
 * tipster's identity (grant himself a handler's role, make a role that handles and grant it, reroute the tip to
 * himself and accept it, issue a token for the handler, use the admin token) and reads it through none of them:
 * every answer he gets, pages and API alike, shows the filer masked at most.
 */
@WebTest
class NoInsiderPathToATipsterTests {

    static final String ADMIN = "licheng.admin";
    static final String NAME = "欧阳明远";
    static final String PHONE = "13698765432";
    static final String ID_NUMBER = "140426198805061234";
    static final String ADDRESS = "黎城县黎侯镇西关街18号";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    FilingWork work;
    /** Every response the admin got, to search for the filer's data. */
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        work = new FilingWork(mvc, demo, jdbc);
    }

    MockHttpServletResponse asAdmin(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        seen.add(response.getStatus() + " " + response.getContentAsString());
        return response;
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    int version(long user) {
        return jdbc.sql("select version from app_user where id = :id").param("id", user).query(Integer.class).single();
    }

    long unitOf(long user) {
        return jdbc.sql("select unit_id from app_user where id = :id").param("id", user).query(Long.class).single();
    }

    @Test
    void aCountyAdministratorReadsTheTipstersIdentityThroughNoActionThePlatformOffersHim() throws Exception {
        long id = FilingWork.id(work.file("""
                {"track":"REPORT","channel":"12315","category":"COUNTERFEIT","content":"内部人员路径测试：销售假冒白酒",
                 "regionCode":"140426","targetName":"黎城县内部路径测试酒行","filerName":"%s","filerPhone":"%s",
                 "filerIdNumber":"%s","filerAddress":"%s"}""".formatted(NAME, PHONE, ID_NUMBER, ADDRESS)));
        work.act("licheng.officer", id, "accept", null).andExpect(status().isOk());
        long admin = userId(ADMIN);
        long officer = userId("licheng.officer");

        // 1. grant himself a handler's role (alone, or beside his own)
        for (String roles : List.of("""
                [{"roleCode":"SYSTEM_ADMIN","scope":"REGION_SUBTREE"},{"roleCode":"ENFORCEMENT_OFFICER","scope":"REGION_SUBTREE"}]""",
                """
                [{"roleCode":"ENFORCEMENT_OFFICER","scope":"REGION_SUBTREE"},{"roleCode":"LEADING_GROUP_OFFICE","scope":"REGION_SUBTREE"}]""")) {
            assertThat(asAdmin(put("/api/v1/users/" + admin).param("version", "" + version(admin))
                    .with(demo.as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                            {"username":"licheng.admin","displayName":"赵子航","unitId":%d,"enabled":true,"roles":%s}"""
                            .formatted(unitOf(admin), roles))).getStatus()).isEqualTo(422);
        }
        // 2. make a role that handles filings, and grant it to himself
        assertThat(asAdmin(post("/admin/roles").with(demo.as(ADMIN)).with(csrf()).param("code", "INSIDER_PROBE")
                .param("nameZh", "内部").param("nameEn", "Insider").param("permission", "FILING_HANDLE", "FILING_ROUTE"))
                .getStatus()).isEqualTo(403);
        assertThat(asAdmin(put("/api/v1/users/" + admin).param("version", "" + version(admin)).with(demo.as(ADMIN))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"licheng.admin","displayName":"赵子航","unitId":%d,"enabled":true,
                         "roles":[{"roleCode":"SYSTEM_ADMIN","scope":"REGION_SUBTREE"},
                                  {"roleCode":"INSIDER_PROBE","scope":"REGION_SUBTREE"}]}""".formatted(unitOf(admin))))
                .getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = :id")
                .param("id", admin).query(String.class).list()).containsExactly("SYSTEM_ADMIN");

        // 3. reroute the tip to his own unit, then accept it
        long ownUnit = unitOf(admin);
        assertThat(asAdmin(post("/api/v1/filings/" + id + "/reroute").with(demo.as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":" + ownUnit + ",\"reason\":\"核查\"}"))
                .getStatus()).isEqualTo(403);
        asAdmin(post("/filings/" + id + "/reroute").with(demo.as(ADMIN)).with(csrf()).param("unitId", "" + ownUnit)
                .param("reason", "核查"));
        asAdmin(post("/api/v1/filings/" + id + "/accept").with(demo.as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertThat(work.unitName(id)).isEqualTo("黎城县工商行政管理局");
        assertThat(jdbc.sql("select handler_user_id from filing where id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(officer);

        // 4. issue a token for the handler, and use it
        MockHttpServletResponse issued = asAdmin(post("/admin/tokens").with(demo.as(ADMIN)).with(csrf())
                .param("userId", "" + officer).param("name", "代办"));
        assertThat(issued.getStatus()).isEqualTo(200); // the form again, refusing
        assertThat(jdbc.sql("select count(*) from api_token where user_id = :u and name = '代办'")
                .param("u", officer).query(Long.class).single()).isZero();
        // a token for himself acts as himself
        MockHttpServletResponse own = asAdmin(post("/admin/tokens").with(demo.as(ADMIN)).with(csrf())
                .param("userId", "" + admin).param("name", "本人"));
        assertThat(own.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select user_id from api_token where name = '本人' and created_by = :by")
                .param("by", ADMIN).query(Long.class).single()).isEqualTo(admin);

        // 5. read the filer with the admin token and with his session, on the API and on the pages
        for (String path : List.of("/api/v1/filings/" + id + "/filer", "/api/v1/filings/" + id,
                "/api/v1/filings?q=黎城县内部路径测试酒行")) {
            asAdmin(get(path).header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN));
            asAdmin(get(path).with(demo.as(ADMIN)));
        }
        asAdmin(post("/filings/" + id + "/filer").with(demo.as(ADMIN)).with(csrf()));
        assertThat(asAdmin(get("/filings/" + id).with(demo.as(ADMIN))).getContentAsString()).contains("欧**");
        asAdmin(get("/filings").param("q", "黎城县内部路径测试酒行").with(demo.as(ADMIN)));

        assertThat(seen).isNotEmpty().allSatisfy(answer -> assertThat(answer)
                .doesNotContain(NAME, PHONE, ID_NUMBER, ADDRESS, "黎侯镇西关街"));
        // and the platform never recorded that he opened it
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and object_id = :id
                   and actor_username = :admin""").param("id", String.valueOf(id)).param("admin", ADMIN)
                .query(Long.class).single()).isZero();
        // the handler, for comparison, does read it
        work.read("licheng.officer", "/api/v1/filings/" + id + "/filer?reason=回电核实举报内容").andExpect(status().isOk());
    }
}
