package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
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
 * Real form sign-ins with a session cookie (MockMvc's session): the session ends on its next request once
 * the user's rights end or change; a bearer token is not touched by the password form's lockout.
 */
@WebTest
class SecuritySessionTests {

    private static final String PASSWORD = "Sitzung@2026";
    private static final String UNIT = "长治市商务局"; // a city unit: the county tests count their users

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired Roles roles;
    @Autowired ApiTokens tokens;

    private final List<Long> created = new java.util.ArrayList<>();

    @AfterEach
    void removeTheUsers() {
        created.forEach(id -> users.delete(admin(), id));
        created.clear();
    }

    @Test
    void disablingAUserEndsTheirOpenSession() throws Exception {
        long id = newUser("sess.disable");
        MockHttpSession page = signIn("sess.disable");
        MockHttpSession api = signIn("sess.disable");
        stillWorks(page);
        change(id, form -> new UserForm(form.username(), form.displayName(), form.unitId(), form.phone(),
                form.email(), null, false, form.roles()));
        ended(page, api);
    }

    @Test
    void aPasswordChangeEndsTheOpenSessionAndTheNewPasswordSignsIn() throws Exception {
        long id = newUser("sess.password");
        MockHttpSession page = signIn("sess.password");
        MockHttpSession api = signIn("sess.password");
        stillWorks(page);
        change(id, form -> new UserForm(form.username(), form.displayName(), form.unitId(), form.phone(),
                form.email(), "Neues@Kennwort1", true, form.roles()));
        ended(page, api);
        // the new password signs in, and since an admin set it, to the 修改密码 page first
        MockHttpSession next = (MockHttpSession) mvc.perform(formLogin("/login").user("sess.password")
                .password("Neues@Kennwort1")).andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(next)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void aRoleChangeOrARevokedAssignmentEndsTheOpenSession() throws Exception {
        long id = newUser("sess.role");
        MockHttpSession changed = signIn("sess.role");
        MockHttpSession changedApi = signIn("sess.role");
        stillWorks(changed);
        // roles are the security administrator's to change (三员分立)
        grant(id, List.of(new UserForm.RoleGrant("UNIT_REPORTER", ScopeKind.OWN_UNIT, null)));
        ended(changed, changedApi);

        MockHttpSession revoked = signIn("sess.role");
        MockHttpSession revokedApi = signIn("sess.role");
        mvc.perform(get("/").session(revoked)).andExpect(status().isOk());
        grant(id, List.of());
        ended(revoked, revokedApi);
    }

    @Test
    void changingTheRolesPermissionsEndsTheSessionsOfItsHolders() throws Exception {
        Roles.Role role = roles.save(demo.actor("changzhi.security"), null, "SESSION_PROBE", "会话测试", "Session probe",
                EnumSet.of(Permission.UNIT_VIEW));
        try {
            newUser("sess.holder", role.code());
            MockHttpSession session = signIn("sess.holder");
            MockHttpSession api = signIn("sess.holder");
            stillWorks(session);
            roles.save(demo.actor("changzhi.security"), role.id(), null, "会话测试", "Session probe", EnumSet.noneOf(Permission.class));
            ended(session, api);
        } finally {
            removeTheUsers();
            jdbc.sql("delete from role where id = :id").param("id", role.id()).update();
        }
    }

    @Test
    void theFormLockoutLeavesBearerTokensAndOpenSessionsWorking() throws Exception {
        long id = newUser("sess.locked");
        String token = tokens.issue(demo.actor("sess.locked"), id, "呼叫中心"); // a token is issued to its own user
        MockHttpSession session = signIn("sess.locked");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("sess.locked").password("wrong" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("sess.locked").password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(jdbc.sql("select locked_until > now() from app_user where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        // the token's user is locked out of the form, but the integration goes on
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // and a lockout (anyone can cause one) signs no one out
        stillWorks(session);
        // disabling, though, stops the token as well
        change(id, form -> new UserForm(form.username(), form.displayName(), form.unitId(), form.phone(),
                form.email(), null, false, form.roles()));
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    private Actor admin() {
        return demo.actor("admin");
    }

    private long newUser(String username) {
        return newUser(username, "ENFORCEMENT_OFFICER");
    }

    private long newUser(String username, String role) {
        long unit = jdbc.sql("select id from unit where name = :n").param("n", UNIT).query(Long.class).single();
        long id = Accounts.create(users, demo, new UserForm(username, "会话 " + username, unit, null, null, PASSWORD,
                true, List.of(new UserForm.RoleGrant(role, ScopeKind.OWN_UNIT, null)))).id();
        created.add(id);
        // an account an admin created must change its password at first sign-in (PasswordTests); these tests
        // are about sessions ending, so the account keeps its password, as the demo loader's do
        users.waivePasswordChange(Actor.system("测试"), List.of(id));
        return id;
    }

    private void change(long id, UnaryOperator<UserForm> edit) {
        UserView user = users.get(admin(), id);
        UserForm form = new UserForm(user.username(), user.displayName(), user.unitId(), user.phone(), user.email(),
                null, user.enabled(), user.roles());
        users.update(admin(), id, edit.apply(form), user.version());
    }

    private void grant(long id, List<UserForm.RoleGrant> grants) {
        users.grantRoles(demo.actor("changzhi.security"), id, grants, users.get(admin(), id).version());
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    private void stillWorks(MockHttpSession session) throws Exception {
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").session(session)).andExpect(status().isOk());
    }

    /** Pages send the browser to the login page, the API answers 401; either way the session is invalidated. */
    private void ended(MockHttpSession page, MockHttpSession api) throws Exception {
        mvc.perform(get("/").session(page)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/api/v1/units").session(api)).andExpect(status().isUnauthorized());
        assertThat(page.isInvalid()).isTrue();
        assertThat(api.isInvalid()).isTrue();
    }
}
