package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 11, found 2: a county administrator tries every action the platform offers him to reach a real-name
 * tipster's identity (grant himself a handler's role, make a role that handles and grant it, reroute the tip to
 * himself and accept it, issue a token for the handler, use the admin token, create an account of his own with a
 * handling role or give one to an account he created) and reads it through none of them: every answer he gets,
 * pages and API alike, shows the filer masked at most. Nor by resetting the handler's password and signing in as
 * him (he is made to change it, and then knows it): the reset suspends the handler's rights until the security
 * administrator confirms it with the handler in person (V110, {@code identity.Users#confirmReset}).
 */
@WebTest
class NoInsiderPathToATipsterTests {

    static final String ADMIN = "licheng.admin";
    static final String NAME = "欧阳明远";
    static final String PHONE = "13698765432";
    static final String ID_NUMBER = "140426198805061234";
    static final String ADDRESS = "黎城县黎侯镇西关街18号";
    static final String WHY = "核查举报线索";

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
        for (String path : List.of("/api/v1/filings/" + id + "/filer?reason=" + WHY, "/api/v1/filings/" + id,
                "/api/v1/filings?q=黎城县内部路径测试酒行")) {
            asAdmin(get(path).header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN));
            asAdmin(get(path).with(demo.as(ADMIN)));
        }
        asAdmin(post("/filings/" + id + "/filer").with(demo.as(ADMIN)).with(csrf()).param("reason", WHY));
        assertThat(asAdmin(get("/filings/" + id).with(demo.as(ADMIN))).getContentAsString()).contains("欧**");
        asAdmin(get("/filings").param("q", "黎城县内部路径测试酒行").with(demo.as(ADMIN)));

        // 6. an account of his own that handles (三员分立: he makes accounts, the security administrator grants roles)
        long bureau = unitOf(officer);
        String account = """
                {"username":"insider.probe","displayName":"内部探测","unitId":%d,"password":"Insider#2026x",
                 "enabled":true%s}""";
        String officerRole = ",\"roles\":[{\"roleCode\":\"ENFORCEMENT_OFFICER\",\"scope\":\"OWN_UNIT\"}]";
        assertThat(asAdmin(post("/api/v1/users").with(demo.as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(account.formatted(bureau, officerRole)))
                .getStatus()).isEqualTo(422);
        assertThat(asAdmin(post("/admin/users/new").with(demo.as(ADMIN)).with(csrf()).param("username", "insider.probe")
                .param("displayName", "内部探测").param("unitId", "" + bureau).param("password", "Insider#2026x")
                .param("enabled", "on").param("role", "HOTLINE_AGENT").param("scope_HOTLINE_AGENT", "REGION_SUBTREE"))
                .getStatus()).isEqualTo(200); // the form again, refusing
        assertThat(jdbc.sql("select count(*) from app_user where username = 'insider.probe'").query(Long.class)
                .single()).isZero();
        // without roles it is made, and stays without: he can neither grant it one nor slip one into its account
        assertThat(asAdmin(post("/api/v1/users").with(demo.as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(account.formatted(bureau, ""))).getStatus())
                .isEqualTo(201);
        long probe = userId("insider.probe");
        String handling = "{\"roles\":[{\"roleCode\":\"ENFORCEMENT_OFFICER\",\"scope\":\"OWN_UNIT\"}]}";
        assertThat(asAdmin(put("/api/v1/users/" + probe + "/roles").param("version", "" + version(probe))
                .with(demo.as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(handling))
                .getStatus()).isEqualTo(403);
        assertThat(asAdmin(post("/admin/users/" + probe + "/roles").with(demo.as(ADMIN)).with(csrf())
                .param("version", "" + version(probe)).param("role", "ENFORCEMENT_OFFICER")
                .param("scope_ENFORCEMENT_OFFICER", "OWN_UNIT")).getStatus()).isEqualTo(403);
        assertThat(asAdmin(put("/api/v1/users/" + probe).param("version", "" + version(probe)).with(demo.as(ADMIN))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(account.formatted(bureau, officerRole)))
                .getStatus()).isEqualTo(422);
        // signed in as it, the account grants itself nothing and reads nothing of the filing
        assertThat(asAdmin(put("/api/v1/users/" + probe + "/roles").param("version", "" + version(probe))
                .with(demo.as("insider.probe")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(handling))
                .getStatus()).isEqualTo(403);
        for (String path : List.of("/api/v1/filings/" + id + "/filer?reason=" + WHY, "/api/v1/filings/" + id,
                "/filings/" + id)) {
            assertThat(asAdmin(get(path).with(demo.as("insider.probe"))).getStatus()).isNotEqualTo(200);
        }
        asAdmin(post("/api/v1/filings/" + id + "/accept").with(demo.as("insider.probe")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertThat(jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = :id")
                .param("id", probe).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("select handler_user_id from filing where id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(officer);
        // 7. nor can the security administrator, who grants roles, give a handling one to himself
        long security = userId("licheng.security");
        assertThat(mvc.perform(put("/api/v1/users/" + security + "/roles").param("version", "" + version(security))
                .with(demo.as("licheng.security")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"roles":[{"roleCode":"SECURITY_ADMIN","scope":"REGION_SUBTREE"},
                                  {"roleCode":"ENFORCEMENT_OFFICER","scope":"REGION_SUBTREE"}]}"""))
                .andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = :id")
                .param("id", security).query(String.class).list()).containsExactly("SECURITY_ADMIN");
        assertThat(asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/users/" + probe).with(demo.as(ADMIN)).with(csrf())).getStatus()).isEqualTo(204);

        // 8. reset the handler's password, sign in as him with it and change it as he is made to: his rights are
        //    suspended until the security administrator confirms the reset with him in person
        String officerHash = jdbc.sql("select password_hash from app_user where id = :id").param("id", officer)
                .query(String.class).single();
        long history = jdbc.sql("select coalesce(max(id), 0) from password_history").query(Long.class).single();
        try {
            String reset = "Uebernahme#2026x";
            String chosen = "Meins#Uebernahme2026";
            assertThat(asAdmin(post("/admin/users/" + officer).with(demo.as(ADMIN)).with(csrf())
                    .param("version", "" + version(officer)).param("username", "licheng.officer")
                    .param("displayName", jdbc.sql("select display_name from app_user where id = :id")
                            .param("id", officer).query(String.class).single())
                    .param("unitId", "" + unitOf(officer)).param("password", reset).param("enabled", "on"))
                    .getStatus()).isEqualTo(302);
            MockHttpSession asOfficer = (MockHttpSession) mvc.perform(formLogin("/login").user("licheng.officer")
                    .password(reset)).andExpect(authenticated()).andReturn().getRequest().getSession(false);
            asAdmin(get("/filings/" + id).session(asOfficer)); // sent to 修改密码
            mvc.perform(post("/account/password").session(asOfficer).with(csrf()).param("currentPassword", reset)
                    .param("newPassword", chosen).param("repeatPassword", chosen)).andExpect(redirectedUrl("/"));
            // without any permission the filing answers as if it were not there (or 403): nothing of it either way
            assertThat(asAdmin(get("/api/v1/filings/" + id + "/filer").param("reason", WHY).session(asOfficer))
                    .getStatus()).isIn(403, 404);
            assertThat(asAdmin(get("/api/v1/filings/" + id).session(asOfficer)).getStatus()).isIn(403, 404);
            assertThat(asAdmin(get("/filings/" + id).session(asOfficer)).getStatus()).isNotEqualTo(200);
            asAdmin(post("/filings/" + id + "/filer").session(asOfficer).with(csrf()).param("reason", WHY));
            asAdmin(get("/filings").param("q", "黎城县内部路径测试酒行").session(asOfficer));
            // nor can he confirm the reset he made
            assertThat(asAdmin(post("/api/v1/users/" + officer + "/reset-confirmation").with(demo.as(ADMIN))
                    .with(csrf())).getStatus()).isEqualTo(403);
            assertThat(jdbc.sql("""
                    select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and object_id = :id
                       and actor_username = 'licheng.officer'""").param("id", String.valueOf(id)).query(Long.class)
                    .single()).isZero();
            // the security administrator confirms (having checked with the officer): the officer works again,
            // the session the admin opened as him ends
            mvc.perform(post("/api/v1/users/" + officer + "/reset-confirmation").with(demo.as("licheng.security"))
                    .with(csrf())).andExpect(status().isOk());
            mvc.perform(get("/").session(asOfficer)).andExpect(status().is3xxRedirection());
            MockHttpSession again = (MockHttpSession) mvc.perform(formLogin("/login").user("licheng.officer")
                    .password(chosen)).andExpect(authenticated()).andReturn().getRequest().getSession(false);
            mvc.perform(get("/api/v1/filings/" + id + "/filer").param("reason", WHY).session(again))
                    .andExpect(status().isOk());
        } finally {
            // other tests sign in as the demo officer with the README's password
            jdbc.sql("""
                    update app_user set password_hash = :hash, must_change_password = false, rights_suspended_at = null,
                           rights_suspended_by = null where id = :id""").param("hash", officerHash).param("id", officer)
                    .update();
            jdbc.sql("delete from password_history where user_id = :id and id > :before").param("id", officer)
                    .param("before", history).update();
        }

        assertThat(seen).isNotEmpty().allSatisfy(answer -> assertThat(answer)
                .doesNotContain(NAME, PHONE, ID_NUMBER, ADDRESS, "黎侯镇西关街"));
        // and the platform never recorded that he opened it
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and object_id = :id
                   and actor_username = :admin""").param("id", String.valueOf(id)).param("admin", ADMIN)
                .query(Long.class).single()).isZero();
        // the handler, for comparison, does read it
        work.read("licheng.officer", "/api/v1/filings/" + id + "/filer?reason=" + WHY).andExpect(status().isOk());
    }
}
