package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class IdentityTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    long unitId(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'licheng.office'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DemoUsers.PASSWORD);
    }

    @Test
    void formLoginWorksAndFiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        mvc.perform(formLogin("/login").user("pingshun.police").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("pingshun.police"));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("pingshun.police").password("wrong" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        // the fifth failure locks the account, and the page says so at once
        mvc.perform(formLogin("/login").user("pingshun.police").password("wrong4"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(formLogin("/login").user("pingshun.police").password(DemoUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        Double minutes = jdbc.sql("select extract(epoch from locked_until - now()) / 60 from app_user "
                + "where username = 'pingshun.police'").query(Double.class).single();
        assertThat(minutes).isBetween(14.0, 15.0);
        long failures = jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILURE' "
                + "and actor_name = 'pingshun.police'").query(Long.class).single();
        assertThat(failures).isGreaterThanOrEqualTo(5);
        // the security admin in scope unlocks (三员分立: not the system admin, nor the other county's); the user
        // signs in again
        mvc.perform(post("/admin/users/" + userId("pingshun.police") + "/unlock").with(demo.as("pingshun.admin"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + userId("pingshun.police") + "/unlock").with(demo.as("licheng.security"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + userId("pingshun.police") + "/unlock").with(demo.as("pingshun.security"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("pingshun.police").password(DemoUsers.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aUsernameThatDoesNotExistIsAnsweredLikeARealOneSoTheLockoutRevealsNoNames() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("nobody.guess").password("wrong" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("Nobody.Guess").password("wrong4"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(formLogin("/login").user("nobody.guess").password("wrong5"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        Double minutes = jdbc.sql("select extract(epoch from locked_until - now()) / 60 from login_unknown_attempt "
                + "where username_key = 'nobody.guess'").query(Double.class).single();
        assertThat(minutes).as("tries during the lock do not extend it").isBetween(14.0, 15.0);
        assertThat(jdbc.sql("select failed_attempts from login_unknown_attempt where username_key = 'nobody.guess'")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void bearerTokensActAsTheirUserUntilRevoked() throws Exception {
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total", is(jdbc.sql(
                        "select count(*) from pub_unit").query(Integer.class)
                        .single())));
        String token = tokens.issue(demo.actor("licheng.office"), userId("licheng.office"), "12315 热线");
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.units[*].regionCode", everyItem(is("140426"))));
        long id = jdbc.sql("select id from api_token where token_prefix = :p and name = '12315 热线'")
                .param("p", token.substring(0, 10)).query(Long.class).single();
        tokens.revoke(demo.actor("licheng.office"), id);
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer sd_nonsense")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero(); // only the hash is stored
    }

    @Test
    void pagesNeedLoginAndFormsNeedCsrf() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(post("/units/new").with(demo.as("admin")).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/login")).andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aCountyAdminCannotSeeTouchOrDeleteTheOtherCountysUsers() throws Exception {
        mvc.perform(get("/api/v1/users").param("size", "500").with(demo.as("licheng.admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total", is(12))); // 10 demo roles, the 12315 agent and the second 承办人 (inspector)
        long other = userId("pingshun.reporter");
        mvc.perform(get("/api/v1/users/" + other).with(demo.as("licheng.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/" + other).with(demo.as("licheng.admin"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/users/" + other).with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + other).with(demo.as("licheng.admin")).with(csrf())
                .param("username", "pingshun.reporter").param("displayName", "x").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/" + other).with(demo.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void noAdminGrantsMoreThanTheyHave() throws Exception {
        // the county's system administrator makes the account (no roles: 三员分立), its security administrator grants
        String body = """
                {"username":"licheng.new","displayName":"新用户","unitId":%d,"password":"Abcdefg#123"}"""
                .formatted(unitId("黎城县商务中心"));
        String created = mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = userId("licheng.new");
        try {
            assertThat(created).contains("\"roles\":[]");
            mvc.perform(put("/api/v1/users/" + id + "/roles").param("version", "0").with(demo.as("licheng.security"))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"roles\":[{\"roleCode\":\"SYSTEM_ADMIN\",\"scope\":\"ALL\"}]}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field", is("roles[0]")))
                    .andExpect(jsonPath("$.errors[0].reason", is("不能授予超出您自身数据范围的权限")));
            mvc.perform(put("/api/v1/users/" + id + "/roles").param("version", "0").with(demo.as("licheng.security"))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                                    {"roles":[{"roleCode":"SYSTEM_ADMIN","scope":"REGION_SUBTREE","regionCode":"140425"}]}"""))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field", is("roles[0]")));
            assertThat(jdbc.sql("select count(*) from user_role where user_id = :id").param("id", id)
                    .query(Long.class).single()).isZero();
        } finally {
            mvc.perform(delete("/api/v1/users/" + id).with(demo.as("licheng.admin")).with(csrf()))
                    .andExpect(status().isNoContent());
        }
    }

    @Test
    void userFormErrorsAreNamedAndNothingIsHalfWritten() throws Exception {
        String body = """
                {"username":"licheng.office","displayName":"","unitId":999999,"password":"short",
                 "email":"not-an-email","roles":[{"roleCode":"NOPE","scope":"OWN_UNIT"}]}""";
        // every field's problem at once; the roles are refused by the rule before they are looked at (三员分立)
        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(demo.as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='username')].reason").value("用户名 licheng.office 已被使用"))
                .andExpect(jsonPath("$.errors[?(@.field=='displayName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='password')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='unitId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='roles')].reason").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("三员分立：角色由安全管理员授予"))));
        mvc.perform(post("/admin/users/new").with(demo.as("admin")).with(csrf()).param("username", "a b")
                .param("displayName", "x")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("用户名须为3–40位字母")));
    }

    @Test
    void rolesAreGlobalSoOnlyAnAllScopeSecurityAdminEditsThem() throws Exception {
        long reporter = jdbc.sql("select id from role where code = 'UNIT_REPORTER'").query(Long.class).single();
        mvc.perform(post("/admin/roles").with(demo.as("licheng.security")).with(csrf()).param("id", "" + reporter)
                .param("nameZh", "x").param("nameEn", "x").param("permission", "USER_MANAGE"))
                .andExpect(status().isForbidden());
        // send back the role's current permissions: other modules' tests share this context and rely on them
        String[] current = jdbc.sql("select permissions from role where id = :id").param("id", reporter)
                .query((rs, n) -> (String[]) rs.getArray(1).getArray()).single();
        mvc.perform(post("/admin/roles").with(demo.as("changzhi.security")).with(csrf()).param("id", "" + reporter)
                .param("nameZh", "成员单位信息联络员").param("nameEn", "Unit reporter")
                .param("permission", current))
                .andExpect(status().is3xxRedirection());
    }
}
