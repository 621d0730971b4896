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

    @Test
    void oneUserCannotHoldAnAdministratorRoleWithAHandlingRoleNorTwoAdministratorRoles() throws Exception {
        long unit = jdbc.sql("select unit_id from app_user where username = 'licheng.officer'").query(Long.class)
                .single();
        String body = """
                {"username":"duty.mixed","displayName":"混合","unitId":%d,"password":"Duty@2026x","enabled":true,
                 "roles":[{"roleCode":"%s","scope":"OWN_UNIT"},{"roleCode":"%s","scope":"OWN_UNIT"}]}""";
        mvc.perform(post("/api/v1/users").with(demo.as("licheng.admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(unit, "ENFORCEMENT_OFFICER", "SYSTEM_ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("roles[1]")))
                .andExpect(jsonPath("$.errors[0].reason",
                        is("三员分立：角色“系统管理员”（系统管理）不能与“执法人员”（业务办理）授予同一人")));
        mvc.perform(post("/api/v1/users").with(demo.as("licheng.admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(unit, "SECURITY_ADMIN", "AUDIT_ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("roles[1]")));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'duty.mixed'").query(Long.class)
                .single()).isZero();
        // adding a handling role to an existing administrator is refused the same way
        long security = userId("licheng.security");
        int version = jdbc.sql("select version from app_user where id = :id").param("id", security)
                .query(Integer.class).single();
        long securityUnit = jdbc.sql("select unit_id from app_user where id = :id").param("id", security)
                .query(Long.class).single();
        mvc.perform(put("/api/v1/users/" + security).param("version", "" + version).with(demo.as("licheng.admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"licheng.security","displayName":"秦文博","unitId":%d,"enabled":true,
                                 "roles":[{"roleCode":"SECURITY_ADMIN","scope":"REGION_SUBTREE"},
                                          {"roleCode":"HOTLINE_AGENT","scope":"REGION_SUBTREE"}]}"""
                                .formatted(securityUnit)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].reason", hasItem(containsString("三员分立"))));
        assertThat(jdbc.sql("select count(*) from user_role where user_id = :id").param("id", security)
                .query(Long.class).single()).isEqualTo(1);
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
