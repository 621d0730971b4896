package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立, the last insider path: a password reset by the system administrator suspends the account's rights
 * (its sessions end, its tokens and new sessions hold no permission, its roles stay) until a security
 * administrator of its scope, not the holder and not who reset it, confirms the reset ({@link Users#confirmReset});
 * the list, the to-do and the audit trail show it. The accounts are made in a city unit (county tests count theirs).
 */
@WebTest
class PasswordResetConfirmationTests {

    private static final String UNIT = "长治市商务局";
    private static final String FIRST = "Anfang#2026x";
    private static final String RESET = "Zuruecksetzen#2026";
    private static final String OWN = "Meins#Eigenes2026";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired ApiTokens tokens;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheUsers() {
        created.forEach(id -> users.delete(demo.actor("admin"), id));
        created.clear();
    }

    @Test
    void aResetSuspendsTheRightsEndsTheSessionsAndLeavesTheTokenWithoutPermission() throws Exception {
        long id = newOfficer("rs.suspend");
        String token = tokens.issue(demo.actor("admin"), id, "呼叫中心");
        MockHttpSession session = signIn("rs.suspend", FIRST);
        mvc.perform(get("/api/v1/units").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        reset(id, RESET);

        // the open session ends, the token answers as for a user without permissions
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        // the roles stay; the account holds no permission through any of them
        assertThat(roleCodes(id)).containsExactly("ENFORCEMENT_OFFICER");
        Actor suspended = demo.actor("rs.suspend");
        for (Permission permission : Permission.values()) {
            assertThat(suspended.can(permission)).as(permission.name()).isFalse();
        }
        assertThat(jdbc.sql("""
                select a.rights_suspended_at is not null and r.username = 'admin'
                  from app_user a join app_user r on r.id = a.rights_suspended_by where a.id = :id""")
                .param("id", id).query(Boolean.class).single()).isTrue();

        // signing in with the reset password: the forced change, then a notice and still no permission
        MockHttpSession holder = signIn("rs.suspend", RESET);
        mvc.perform(get("/account/password").session(holder)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("password-rights-suspended")))
                .andExpect(content().string(Matchers.containsString("须由安全管理员")));
        mvc.perform(post("/account/password").session(holder).with(csrf()).param("currentPassword", RESET)
                        .param("newPassword", OWN).param("repeatPassword", OWN))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("rightsSuspended", true));
        mvc.perform(get("/").session(holder).flashAttr("rightsSuspended", true)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"rights-suspended\"")));
        mvc.perform(get("/api/v1/units").session(holder)).andExpect(status().isForbidden());
        mvc.perform(get("/cases").session(holder)).andExpect(status().isForbidden());
        // changing his own password does not lift the suspension
        assertThat(suspendedAt(id)).isTrue();
    }

    @Test
    void theSecurityAdministratorSeesTheResetConfirmsItAndTheRightsReturn() throws Exception {
        long id = newOfficer("rs.confirm");
        String token = tokens.issue(demo.actor("admin"), id, "呼叫中心");
        reset(id, RESET);

        // the list: a badge and a filter, for the security administrator (and the system administrator)
        mvc.perform(get("/admin/users").param("suspended", "true").param("q", "rs.confirm")
                        .with(demo.as("changzhi.security")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("rs.confirm")))
                .andExpect(content().string(Matchers.containsString("待确认重置")));
        assertThat(users.list(demo.actor("changzhi.security"), "", true, 0, 500).users())
                .extracting(UserView::username).contains("rs.confirm").allSatisfy(u -> assertThat(u).isNotNull());
        assertThat(users.list(demo.actor("changzhi.security"), "", true, 0, 500).users())
                .allMatch(UserView::rightsSuspended);
        mvc.perform(get("/api/v1/users").param("suspended", "true").param("q", "rs.confirm")
                        .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.users[0].username").value("rs.confirm"))
                .andExpect(jsonPath("$.users[0].rightsSuspendedByName").value("admin"));
        // the to-do, for the security administrator only
        assertThat(users.resetsToConfirm(demo.actor("changzhi.security"))).isPositive();
        assertThat(users.resetsToConfirm(demo.actor("admin"))).isZero();
        mvc.perform(get("/").with(demo.as("changzhi.security"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("个账户的密码由管理员设置（新建或重置），待确认")))
                .andExpect(content().string(Matchers.containsString("/admin/users?suspended=true")));
        mvc.perform(get("/").with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("个账户的密码由管理员设置（新建或重置），待确认"))));
        // the page says to check with the holder in person and offers the button
        mvc.perform(get("/admin/users/" + id).with(demo.as("changzhi.security"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("当面")))
                .andExpect(content().string(Matchers.containsString("user-reset-confirm")));
        mvc.perform(get("/admin/users/" + id).with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-reset\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("user-reset-confirm"))));

        // the holder signs in with the reset password and makes it his own; a session open before the confirmation
        MockHttpSession before = signIn("rs.confirm", RESET);
        mvc.perform(post("/account/password").session(before).with(csrf()).param("currentPassword", RESET)
                .param("newPassword", OWN).param("repeatPassword", OWN)).andExpect(redirectedUrl("/"));

        long lastAudit = lastAuditId();
        mvc.perform(post("/admin/users/" + id + "/reset-confirmation").with(demo.as("changzhi.security")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id)).andExpect(flash().attribute("resetConfirmed", "rs.confirm"));
        assertThat(suspendedAt(id)).isFalse();
        assertThat(roleCodes(id)).containsExactly("ENFORCEMENT_OFFICER");
        // the rights return: with the token at once, on the web with the next sign-in (the old session ends)
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/").session(before)).andExpect(status().is3xxRedirection());
        MockHttpSession after = signIn("rs.confirm", OWN);
        mvc.perform(get("/api/v1/units").session(after)).andExpect(status().isOk());
        assertThat(demo.actor("rs.confirm").can(Permission.CASE_VIEW)).isTrue();
        // audited: who confirmed, whose reset
        List<String> rows = jdbc.sql("""
                select action || '|' || actor_username || '|' || summary || '|' || before::text || '|' || after::text
                  from audit_entry where id > :after and object_type = 'user' and object_id = :id order by id""")
                .param("after", lastAudit).param("id", String.valueOf(id)).query(String.class).list();
        assertThat(rows).anyMatch(r -> r.startsWith("UPDATE|changzhi.security|rs.confirm：密码重置已确认")
                && r.contains("\"rights_suspended\": true") && r.contains("\"rights_suspended\": false")
                && r.contains("\"reset_by\": \"admin\""));
        // a second confirmation has nothing to confirm
        mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation").with(demo.as("changzhi.security")).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void theResetIsAuditedAsSuspendingTheRights() {
        long id = newOfficer("rs.audit");
        long lastAudit = lastAuditId();
        reset(id, RESET);
        assertThat(jdbc.sql("""
                select after::text from audit_entry
                 where id > :after and object_type = 'user' and object_id = :id and action = 'PASSWORD_RESET'""")
                .param("after", lastAudit).param("id", String.valueOf(id)).query(String.class).single())
                .contains("\"rights_suspended\": true").doesNotContain(RESET);
        // the holder's own change, and a system actor's reset (an import), suspend nothing
        users.confirmReset(demo.actor("changzhi.security"), id);
        UserView user = users.get(demo.actor("admin"), id);
        users.update(Actor.system("测试：导入"), id, form(user, "Importiert#2026x"), user.version());
        assertThat(suspendedAt(id)).isFalse();
        users.changeOwnPassword(demo.actor("rs.audit"), "Importiert#2026x", OWN, OWN);
        assertThat(suspendedAt(id)).isFalse();
    }

    @Test
    void theSystemAdministratorTheHolderAndAnotherScopeCannotConfirm() throws Exception {
        long id = newOfficer("rs.refused");
        reset(id, RESET);
        // the system administrator who reset it: 403 on the API, the page and the service
        mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation")
                .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/reset-confirmation").with(demo.as("admin")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation").with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isForbidden());
        // the holder himself
        mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation").with(demo.as("rs.refused")).with(csrf()))
                .andExpect(status().isForbidden());
        // a county's security administrator does not see a city account: 404 as for a missing one
        mvc.perform(post("/api/v1/users/" + id + "/reset-confirmation").with(demo.as("licheng.security")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(suspendedAt(id)).isTrue();
        // a missing account: 404; an account without a reset to confirm: 422 naming it
        mvc.perform(post("/api/v1/users/999999999/reset-confirmation").with(demo.as("changzhi.security")).with(csrf()))
                .andExpect(status().isNotFound());
        long other = newOfficer("rs.notreset");
        assertThatThrownBy(() -> users.confirmReset(demo.actor("changzhi.security"), other))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("user") && p.reason().equals("user.reset.notSuspended")));
    }

    @Test
    void aSecurityAdministratorDoesNotConfirmTheResetOfHisOwnAccount() throws Exception {
        long security = userId("licheng.security");
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", security)
                .query(String.class).single();
        long history = jdbc.sql("select coalesce(max(id), 0) from password_history").query(Long.class).single();
        try {
            reset("licheng.admin", security, "Sicherheit#2026x");
            // suspended, he holds no ROLE_MANAGE any more: refused, and the explicit rule refuses it as well
            mvc.perform(post("/api/v1/users/" + security + "/reset-confirmation").with(demo.as("licheng.security"))
                    .with(csrf())).andExpect(status().isForbidden());
            assertThatThrownBy(() -> users.confirmReset(demo.actor("licheng.security"), security))
                    .isInstanceOf(AccessDeniedProblem.class);
            assertThat(suspendedAt(security)).isTrue();
            // the city's security administrator confirms it
            mvc.perform(post("/api/v1/users/" + security + "/reset-confirmation").with(demo.as("changzhi.security"))
                    .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.rightsSuspended").value(false));
            assertThat(demo.actor("licheng.security").can(Permission.ROLE_MANAGE)).isTrue();
        } finally {
            restorePassword(security, hash, history);
        }
        assertThatThrownBy(() -> users.confirmReset(demo.actor("licheng.security"), 999_999_999L))
                .isInstanceOf(NotFoundProblem.class);
    }

    private long newOfficer(String username) {
        long id = Accounts.create(users, demo, new UserForm(username, "重置 " + username, unitId(), null, null, FIRST,
                true, List.of(new UserForm.RoleGrant("ENFORCEMENT_OFFICER", ScopeKind.OWN_UNIT, null)))).id();
        created.add(id);
        users.waivePasswordChange(Actor.system("测试"), List.of(id));
        return id;
    }

    private void reset(long id, String password) {
        reset("admin", id, password);
    }

    private void reset(String admin, long id, String password) {
        UserView user = users.get(demo.actor(admin), id);
        users.update(demo.actor(admin), id, form(user, password), user.version());
    }

    private static UserForm form(UserView user, String password) {
        return new UserForm(user.username(), user.displayName(), user.unitId(), user.phone(), user.email(), password,
                user.enabled(), user.roles());
    }

    /** Puts a demo account's password back as the demo loader set it (other tests sign in with it). */
    private void restorePassword(long id, String hash, long historyBefore) {
        jdbc.sql("""
                update app_user set password_hash = :hash, must_change_password = false, rights_suspended_at = null,
                       rights_suspended_by = null where id = :id""").param("hash", hash).param("id", id).update();
        jdbc.sql("delete from password_history where user_id = :id and id > :before").param("id", id)
                .param("before", historyBefore).update();
    }

    private boolean suspendedAt(long id) {
        return jdbc.sql("select rights_suspended_at is not null from app_user where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    private List<String> roleCodes(long id) {
        return jdbc.sql("select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = :id")
                .param("id", id).query(String.class).list();
    }

    private long unitId() {
        return jdbc.sql("select id from unit where name = :n").param("n", UNIT).query(Long.class).single();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }
}
