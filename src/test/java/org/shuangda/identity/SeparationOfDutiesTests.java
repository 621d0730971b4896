package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 三员分立: roles that mix duties, users holding two, self-grants, and tokens only for oneself. */
@WebTest
class SeparationOfDutiesTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Roles roles;

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private Set<Permission> permissionsOf(String code) {
        return roles.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().permissions();
    }

    @Test
    void theThreeAdministratorRolesHoldNoHandlingAndNoneOfEachOthersDuties() {
        assertThat(Permission.dutiesOf(permissionsOf("SYSTEM_ADMIN"))).containsExactly(Permission.Duty.SYSTEM);
        assertThat(Permission.dutiesOf(permissionsOf("SECURITY_ADMIN"))).containsExactly(Permission.Duty.SECURITY);
        assertThat(permissionsOf("AUDIT_ADMIN")).containsExactly(Permission.AUDIT_VIEW);
        // every built-in role takes on one duty at most
        roles.all().forEach(r -> assertThat(Permission.dutiesOf(r.permissions())).as(r.code()).hasSizeLessThan(2));
        assertThat(permissionsOf("SYSTEM_ADMIN")).doesNotContain(Permission.FILING_HANDLE, Permission.FILING_ROUTE,
                Permission.FILING_INTAKE, Permission.CASE_HANDLE, Permission.CASE_APPROVE, Permission.TRANSFER_RECEIVE,
                Permission.PENALTY_PUBLISH, Permission.REPORT_SUBMIT, Permission.ROLE_MANAGE, Permission.AUDIT_VIEW);
    }

    @Test
    void aRoleThatMixesAdministrationAndHandlingIsRefusedWithTheTwoPermissionsNamed() throws Exception {
        mvc.perform(post("/admin/roles").with(demo.as("changzhi.security")).with(csrf()).param("code", "MIXED_PROBE")
                        .param("nameZh", "混合").param("nameEn", "Mixed")
                        .param("permission", "USER_MANAGE", "FILING_HANDLE", "UNIT_VIEW"))
                .andExpect(status().isOk()) // the form again, with the reason
                .andExpect(content().string(containsString("三员分立：权限“管理用户”属于系统管理")))
                .andExpect(content().string(containsString("业务办理")));
        assertThat(jdbc.sql("select count(*) from role where code = 'MIXED_PROBE'").query(Long.class).single())
                .isZero();
        // two administrations in one role are a mix too; changing a built-in one likewise
        Roles.Role security = roles.all().stream().filter(r -> r.code().equals("SECURITY_ADMIN")).findFirst()
                .orElseThrow();
        EnumSet<Permission> more = EnumSet.copyOf(security.permissions());
        more.add(Permission.AUDIT_VIEW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> roles.save(demo.actor("changzhi.security"),
                        security.id(), null, security.nameZh(), security.nameEn(), more))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("role.duties.mixed");
        EnumSet<Permission> handling = EnumSet.copyOf(security.permissions());
        handling.add(Permission.FILING_HANDLE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> roles.save(demo.actor("changzhi.security"),
                        security.id(), null, security.nameZh(), security.nameEn(), handling))
                .isInstanceOf(InvalidInput.class);
        assertThat(permissionsOf("SECURITY_ADMIN")).isEqualTo(security.permissions());
    }

    /** An account the county's system administrator creates (no roles), for the grant tests; its id. */
    private long newAccount(String username) throws Exception {
        long unit = jdbc.sql("select unit_id from app_user where username = 'licheng.officer'").query(Long.class)
                .single();
        mvc.perform(post("/api/v1/users").with(demo.as("licheng.admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"%s","displayName":"授权测试","unitId":%d,"password":"Duty@2026x",
                                 "enabled":true}""".formatted(username, unit)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.roles", org.hamcrest.Matchers.empty()));
        return userId(username);
    }

    private int version(long user) {
        return jdbc.sql("select version from app_user where id = :id").param("id", user).query(Integer.class).single();
    }

    private java.util.List<String> rolesOf(long user) {
        return jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = :id "
                + "order by r.code").param("id", user).query(String.class).list();
    }

    private org.springframework.test.web.servlet.ResultActions grant(String as, long user, String roles)
            throws Exception {
        return mvc.perform(put("/api/v1/users/" + user + "/roles").param("version", "" + version(user))
                .with(demo.as(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":" + roles + "}"));
    }

    @Test
    void theSystemAdministratorCreatesAndEditsAccountsButGrantsNoRole() throws Exception {
        long unit = jdbc.sql("select unit_id from app_user where username = 'licheng.officer'").query(Long.class)
                .single();
        // a new account with a handling role and a password he knows: refused, the rule named, nothing written
        mvc.perform(post("/api/v1/users").with(demo.as("licheng.admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"grant.probe","displayName":"探测","unitId":%d,"password":"Duty@2026x",
                                 "roles":[{"roleCode":"ENFORCEMENT_OFFICER","scope":"OWN_UNIT"}]}""".formatted(unit)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("roles")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("三员分立：角色由安全管理员授予")));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'grant.probe'").query(Long.class)
                .single()).isZero();
        // the same through the page: roles posted to the account form are refused too
        mvc.perform(post("/admin/users/new").with(demo.as("licheng.admin")).with(csrf())
                        .param("username", "grant.probe").param("displayName", "探测").param("unitId", "" + unit)
                        .param("password", "Duty@2026x").param("enabled", "on").param("role", "ENFORCEMENT_OFFICER")
                        .param("scope_ENFORCEMENT_OFFICER", "OWN_UNIT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("三员分立：角色由安全管理员授予")));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'grant.probe'").query(Long.class)
                .single()).isZero();

        // without roles the account is made, holds no permission and the list says 待授权
        long id = newAccount("grant.new");
        try {
            mvc.perform(get("/admin/users").param("q", "grant.new").with(demo.as("licheng.admin")))
                    .andExpect(content().string(containsString("待授权")));
            assertThat(java.util.Arrays.stream(Permission.values()).filter(demo.actor("grant.new")::can)).isEmpty();
            // editing the account keeps its roles; changing them through the account is refused
            long officer = userId("licheng.officer");
            String officerJson = mvc.perform(get("/api/v1/users/" + officer).with(demo.as("licheng.admin")))
                    .andReturn().getResponse().getContentAsString();
            mvc.perform(put("/api/v1/users/" + officer).param("version", "" + version(officer))
                            .with(demo.as("licheng.admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(officerJson.replace("\"phone\":null", "\"phone\":\"0355-6000001\"")))
                    .andExpect(status().isOk());
            mvc.perform(put("/api/v1/users/" + officer).param("version", "" + version(officer))
                            .with(demo.as("licheng.admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(officerJson.replaceAll("\"roles\":\\[.*?\\]", "\"roles\":[]")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field", is("roles")));
            assertThat(rolesOf(officer)).containsExactly("ENFORCEMENT_OFFICER");
            // nor may he grant through the security administrator's endpoint
            grant("licheng.admin", id, "[{\"roleCode\":\"ENFORCEMENT_OFFICER\",\"scope\":\"OWN_UNIT\"}]")
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + id + "/roles").with(demo.as("licheng.admin")).with(csrf())
                            .param("version", "" + version(id)).param("role", "ENFORCEMENT_OFFICER")
                            .param("scope_ENFORCEMENT_OFFICER", "OWN_UNIT"))
                    .andExpect(status().isForbidden());
            assertThat(rolesOf(id)).isEmpty();
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/users/" + id)
                    .with(demo.as("licheng.admin")).with(csrf())).andExpect(status().isNoContent());
        }
    }

    @Test
    void theSecurityAdministratorGrantsAndRevokesRolesAuditedAndTheSessionsEnd() throws Exception {
        long id = newAccount("grant.granted");
        try {
            grant("licheng.security", id, "[{\"roleCode\":\"ENFORCEMENT_OFFICER\",\"scope\":\"OWN_UNIT\"}]")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.roles[0].roleCode", is("ENFORCEMENT_OFFICER")));
            assertThat(rolesOf(id)).containsExactly("ENFORCEMENT_OFFICER");
            // (its holder signs in to 修改密码 first: an administrator set the password) and the rights wait for the
            // security administrator's confirmation that the holder alone knows it: the system administrator who
            // created the account knows its first password as well as he would know a reset one
            assertThat(demo.actor("grant.granted").can(Permission.CASE_HANDLE)).isFalse();
            // audited as a change of the user's roles, by the security administrator
            assertThat(jdbc.sql("""
                    select count(*) from (select object_type, object_id, action, actor_username from audit_entry
                                          union all
                                          select object_type, object_id, action, actor_username from audit_pending) a
                     where object_type = 'user' and object_id = :id and action = 'UPDATE'
                       and actor_username = 'licheng.security'""").param("id", String.valueOf(id))
                    .query(Long.class).single()).isEqualTo(1);
            mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation").with(demo.as("licheng.admin")).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation").with(demo.as("licheng.security")).with(csrf()))
                    .andExpect(status().isOk());
            assertThat(demo.actor("grant.granted").can(Permission.CASE_HANDLE)).isTrue();
            // a grant ends the holder's web sessions (the principal holds the old rights)
            int rights = jdbc.sql("select rights_version from app_user where id = :id").param("id", id)
                    .query(Integer.class).single();
            // the page: the account read-only for him, the roles his to edit
            mvc.perform(get("/admin/users/" + id).with(demo.as("licheng.security"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"user-grant\"")))
                    .andExpect(content().string(containsString("账号信息由系统管理员维护，此处只读。")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"user-save\""))));
            mvc.perform(post("/admin/users/" + id + "/roles").with(demo.as("licheng.security")).with(csrf())
                            .param("version", "" + version(id)).param("role", "UNIT_REPORTER")
                            .param("scope_UNIT_REPORTER", "OWN_UNIT"))
                    .andExpect(status().is3xxRedirection());
            assertThat(rolesOf(id)).containsExactly("UNIT_REPORTER");
            assertThat(jdbc.sql("select rights_version from app_user where id = :id").param("id", id)
                    .query(Integer.class).single()).isGreaterThan(rights);
            // a stale form is refused; the other county's security administrator finds no such user
            mvc.perform(put("/api/v1/users/" + id + "/roles").param("version", "0").with(demo.as("licheng.security"))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[]}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field", is("version")));
            grant("pingshun.security", id, "[]").andExpect(status().isNotFound());
            // he cannot create accounts nor reset passwords
            mvc.perform(get("/admin/users/new").with(demo.as("licheng.security"))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/users").with(demo.as("licheng.security")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"username":"grant.bysec","displayName":"x","unitId":1,"password":"Duty@2026x"}"""))
                    .andExpect(status().isForbidden());
            String json = mvc.perform(get("/api/v1/users/" + id).with(demo.as("licheng.security"))).andReturn()
                    .getResponse().getContentAsString();
            mvc.perform(put("/api/v1/users/" + id).param("version", "" + version(id)).with(demo.as("licheng.security"))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(json.replace("{\"id\"", "{\"password\":\"Reset#2026xy\",\"id\"")))
                    .andExpect(status().isForbidden());
            // revoking: an empty set
            grant("licheng.security", id, "[]").andExpect(status().isOk());
            assertThat(rolesOf(id)).isEmpty();
            // null inside the list is a 422 on the item, not a 500
            grant("licheng.security", id, "[null]").andExpect(status().isUnprocessableContent());
            // a body without the list revokes nothing
            grant("licheng.security", id, "[{\"roleCode\":\"UNIT_REPORTER\",\"scope\":\"OWN_UNIT\"}]")
                    .andExpect(status().isOk());
            mvc.perform(put("/api/v1/users/" + id + "/roles").param("version", "" + version(id))
                            .with(demo.as("licheng.security")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field", is("roles")));
            assertThat(rolesOf(id)).containsExactly("UNIT_REPORTER");
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/users/" + id)
                    .with(demo.as("licheng.admin")).with(csrf())).andExpect(status().isNoContent());
        }
    }

    @Test
    void oneUserCannotHoldAnAdministratorRoleWithAHandlingRoleNorTwoAdministratorRoles() throws Exception {
        long id = newAccount("duty.mixed");
        try {
            String roles = "[{\"roleCode\":\"%s\",\"scope\":\"OWN_UNIT\"},{\"roleCode\":\"%s\",\"scope\":\"OWN_UNIT\"}]";
            grant("licheng.security", id, roles.formatted("ENFORCEMENT_OFFICER", "SYSTEM_ADMIN"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field", is("roles[1]")))
                    .andExpect(jsonPath("$.errors[0].reason",
                            is("三员分立：角色“系统管理员”（系统管理）不能与“执法人员”（业务办理）授予同一人")));
            grant("licheng.security", id, roles.formatted("SECURITY_ADMIN", "AUDIT_ADMIN"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field", is("roles[1]")));
            assertThat(rolesOf(id)).isEmpty();
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/users/" + id)
                    .with(demo.as("licheng.admin")).with(csrf())).andExpect(status().isNoContent());
        }
        // adding a handling role to an existing administrator is refused the same way (by the city's security admin)
        long security = userId("licheng.security");
        grant("changzhi.security", security, """
                [{"roleCode":"SECURITY_ADMIN","scope":"REGION_SUBTREE"},{"roleCode":"HOTLINE_AGENT","scope":"REGION_SUBTREE"}]""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].reason", hasItem(containsString("三员分立"))));
        assertThat(rolesOf(security)).containsExactly("SECURITY_ADMIN");
    }

    @Test
    void theSecurityAdministratorGrantsNoRoleToHimself() throws Exception {
        long security = userId("licheng.security");
        grant("licheng.security", security, """
                [{"roleCode":"SECURITY_ADMIN","scope":"REGION_SUBTREE"},{"roleCode":"ENFORCEMENT_OFFICER","scope":"REGION_SUBTREE"}]""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("roles")))
                .andExpect(jsonPath("$.errors[0].reason", is("不能修改自己的角色，须由另一位管理员办理")));
        grant("licheng.security", security, "[{\"roleCode\":\"ENFORCEMENT_OFFICER\",\"scope\":\"REGION_SUBTREE\"}]")
                .andExpect(status().isUnprocessableContent());
        assertThat(rolesOf(security)).containsExactly("SECURITY_ADMIN");
    }

    @Test
    void anAdministratorCannotChangeHisOwnRoles() throws Exception {
        long admin = userId("licheng.admin");
        int version = jdbc.sql("select version from app_user where id = :id").param("id", admin)
                .query(Integer.class).single();
        long unit = jdbc.sql("select unit_id from app_user where id = :id").param("id", admin).query(Long.class)
                .single();
        // dropping his administration to become a handler needs another administrator
        mvc.perform(put("/api/v1/users/" + admin).param("version", "" + version).with(demo.as("licheng.admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"licheng.admin","displayName":"赵子航","unitId":%d,"enabled":true,
                                 "roles":[{"roleCode":"ENFORCEMENT_OFFICER","scope":"REGION_SUBTREE"}]}"""
                                .formatted(unit)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("roles")))
                .andExpect(jsonPath("$.errors[0].reason", is("不能修改自己的角色，须由另一位管理员办理")));
        assertThat(jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = :id")
                .param("id", admin).query(String.class).list()).containsExactly("SYSTEM_ADMIN");
    }

    @Test
    void aTokenIsIssuedOnlyToTheSignedInUserWhoSeesAndRevokesIt() throws Exception {
        long officer = userId("licheng.officer");
        // the admin may not issue one for the officer
        mvc.perform(post("/admin/tokens").with(demo.as("licheng.admin")).with(csrf())
                        .param("userId", "" + officer).param("name", "冒用测试"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("令牌只能签发给本人")));
        assertThat(jdbc.sql("select count(*) from api_token where name = '冒用测试'").query(Long.class).single())
                .isZero();
        // nor may the security administrator
        mvc.perform(post("/admin/tokens").with(demo.as("changzhi.security")).with(csrf())
                        .param("userId", "" + officer).param("name", "冒用测试"))
                .andExpect(content().string(containsString("令牌只能签发给本人")));
        assertThat(jdbc.sql("select count(*) from api_token where name = '冒用测试'").query(Long.class).single())
                .isZero();

        // the officer issues his own (no userId: the form has none) and sees it on his page
        MvcResult issued = mvc.perform(post("/admin/tokens").with(demo.as("licheng.officer")).with(csrf())
                        .param("name", "本人脚本"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) issued.getFlashMap().get("issued");
        assertThat(jdbc.sql("select user_id from api_token where name = '本人脚本'").query(Long.class).single())
                .isEqualTo(officer);
        assertThat(jdbc.sql("select created_by from api_token where name = '本人脚本'").query(String.class)
                .single()).isEqualTo("licheng.officer");
        mvc.perform(get("/admin/tokens").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本人脚本")));
        mvc.perform(get("/admin/tokens").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        containsString("本人脚本"))));
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        long id = jdbc.sql("select id from api_token where name = '本人脚本'").query(Long.class).single();
        // another user cannot revoke it (404 as if it did not exist)
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(demo.as("licheng.head")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // its owner revokes it, and it stops at once
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSecurityAdministratorSeesAndRevokesTokensOfHisScope() throws Exception {
        MvcResult issued = mvc.perform(post("/admin/tokens").with(demo.as("pingshun.office")).with(csrf())
                        .param("name", "平顺省平台对接")).andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) issued.getFlashMap().get("issued");
        long id = jdbc.sql("select id from api_token where name = '平顺省平台对接'").query(Long.class).single();
        mvc.perform(get("/admin/tokens").with(demo.as("pingshun.security")))
                .andExpect(content().string(containsString("平顺省平台对接")));
        // the other county's security administrator does not see it, nor revoke it
        mvc.perform(get("/admin/tokens").with(demo.as("licheng.security")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("平顺省平台对接"))));
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(demo.as("licheng.security")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(demo.as("pingshun.security")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select revoked_by from api_token where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("pingshun.security");
    }

    @Test
    void theAuditorReadsTheAuditTrailAndNothingElse() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(demo.as("changzhi.auditor"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(demo.as("changzhi.auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(demo.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/filings").with(demo.as("changzhi.security"))).andExpect(status().isForbidden());
    }
}
