package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The password policy (each rule refused with its message, in Chinese and English), no reuse of the last five,
 * the forced change after an administrator set a password (with real form sign-ins and sessions), and the
 * audit entries of password changes, which name who acted and carry no secret.
 */
@WebTest
class PasswordTests {

    private static final String UNIT = "长治市商务局"; // a city unit: the county tests count their users
    private static final String FIRST = "Anfang#2026x";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired ApiTokens tokens;
    @Autowired MessageSource messages;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheUsers() {
        created.forEach(id -> users.delete(demo.actor("admin"), id));
        created.clear();
    }

    @Test
    void eachRuleIsRefusedAndItsMessageSaysWhich() {
        assertRefused("pw.rules", "Ab1!xyz", "password.rule.length");            // 7 characters
        assertRefused("pw.rules", "abcdefghij12", "password.rule.kinds");        // two kinds only
        assertRefused("pw.rules", "Woaini@1314", "password.rule.common");         // woaini1314 with a sign in it
        assertRefused("pw.rules", "Password123", "password.rule.common");
        assertRefused("pw.rules", "xPW.Rules#2026", "password.rule.username");    // contains the username
        // several rules at once: every one is named
        assertRefused("pw.rules", "123456", "password.rule.length", "password.rule.kinds", "password.rule.common");
        // the messages say the rule in words, in both languages
        assertThat(messages.getMessage("password.rule.length", new Object[] {10}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("密码太短：至少须10位");
        assertThat(messages.getMessage("password.rule.length", new Object[] {10}, Locale.ENGLISH))
                .isEqualTo("Password too short: at least 10 characters");
        assertThat(messages.getMessage("password.rule.common", null, Locale.SIMPLIFIED_CHINESE)).contains("常见密码");
        assertThat(messages.getMessage("password.rule.common", null, Locale.ENGLISH)).contains("common password");
        // the demo password passes every rule (it is used by every test and the README)
        long id = newUser("pw.demo", DemoUsers.PASSWORD);
        assertThat(id).isPositive();
    }

    @Test
    void theApiAnswers422NamingTheRuleInWords() throws Exception {
        long unit = unitId();
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"pw.api","displayName":"接口","unitId":%d,"password":"aa123456"}""".formatted(unit)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码太短：至少须10位")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("常见密码")))
                .andExpect(jsonPath("$.errors[?(@.field=='password')]").exists());
        assertThat(jdbc.sql("select count(*) from app_user where username = 'pw.api'").query(Long.class).single())
                .isZero();
    }

    @Test
    void noneOfTheLastFivePasswordsMayBeChosenAgain() throws Exception {
        long id = newUser("pw.history", FIRST);
        waive(id);
        Actor me = demo.actor("pw.history");
        List<String> chosen = List.of(FIRST, "Zweites#2026x", "Drittes#2026x", "Viertes#2026x", "Fuenftes#2026x");
        for (int i = 1; i < chosen.size(); i++) {
            users.changeOwnPassword(me, chosen.get(i - 1), chosen.get(i), chosen.get(i));
        }
        // the last five, the current one included, are refused; the one before them is free again
        for (String old : chosen) {
            assertThatThrownBy(() -> users.changeOwnPassword(me, "Fuenftes#2026x", old, old))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                            .anyMatch(p -> p.field().equals("newPassword") && p.reason().equals("password.rule.reused")));
        }
        users.changeOwnPassword(me, "Fuenftes#2026x", "Sechstes#2026x", "Sechstes#2026x");
        users.changeOwnPassword(me, "Sechstes#2026x", FIRST, FIRST); // six passwords ago: allowed
        assertThat(jdbc.sql("select count(*) from password_history where user_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(5L);
        // the admin's reset is held to the same history
        assertThatThrownBy(() -> change(id, "Sechstes#2026x"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.reason().equals("password.rule.reused")));
    }

    @Test
    void theOwnPasswordFormNamesEachProblem() {
        long id = newUser("pw.form", FIRST);
        waive(id);
        Actor me = demo.actor("pw.form");
        assertThatThrownBy(() -> users.changeOwnPassword(me, "wrong", "Neues#Kennwort1", "Neues#Kennwort2"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.reason()).containsExactlyInAnyOrder(
                                "currentPassword:password.current.wrong", "repeatPassword:password.repeat.mismatch"));
    }

    @Test
    void anAdminResetForcesTheChangeAndNothingElseOpensUntilDone() throws Exception {
        long id = newUser("pw.forced", FIRST);
        String token = tokens.issue(demo.actor("admin"), id, "呼叫中心");
        change(id, "Zuruecksetzen#2026"); // the admin sets a new password
        MockHttpSession session = signIn("pw.forced", "Zuruecksetzen#2026");

        // every page leads to the change page, the API refuses with the step named; sign-out and the page open
        for (String page : List.of("/", "/cases", "/filings", "/account/totp", "/admin/users")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(post("/cases/new").session(session).with(csrf())).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/units").session(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.step").value("CHANGE_PASSWORD"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("须先修改")));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("password-forced")));
        // the user's bearer token is not sent to the change page, but the reset suspended the account's rights
        // until the security administrator confirms it (PasswordResetConfirmationTests): it holds no permission
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());

        // a weak new password is refused on the page with the rule in words
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Zuruecksetzen#2026")
                        .param("newPassword", "woaini1314").param("repeatPassword", "woaini1314"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("常见密码")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Zuruecksetzen#2026")
                        .param("newPassword", "Meins#Eigenes2026").param("repeatPassword", "Meins#Eigenes2026"))
                .andExpect(redirectedUrl("/"));
        // the same session goes on and every page opens again, still without rights until the reset is confirmed
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
        assertThat(jdbc.sql("select must_change_password from app_user where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
        users.confirmReset(demo.actor("changzhi.security"), id);
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // the next sign-in is a normal one with the new password, with the rights back
        MockHttpSession next = signIn("pw.forced", "Meins#Eigenes2026");
        mvc.perform(get("/").session(next)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").session(next)).andExpect(status().isOk());
    }

    @Test
    void theOwnChangeEndsTheOtherSessionsButNotTheOneThatMadeIt() throws Exception {
        long id = newUser("pw.sessions", FIRST);
        waive(id);
        MockHttpSession here = signIn("pw.sessions", FIRST);
        MockHttpSession elsewhere = signIn("pw.sessions", FIRST);
        mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", FIRST)
                        .param("newPassword", "Anderes#2026xy").param("repeatPassword", "Anderes#2026xy"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(status().is3xxRedirection());
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    @Test
    void passwordChangesAreAuditedAsEventsWithoutAnySecret() throws Exception {
        long id = newUser("pw.audit", FIRST);
        long before = lastAuditId();
        change(id, "Gesetzt#2026ab");
        users.changeOwnPassword(demo.actor("pw.audit"), "Gesetzt#2026ab", "Geaendert#2026ab", "Geaendert#2026ab");
        List<String> rows = jdbc.sql("""
                select action || '|' || coalesce(actor_username, '') || '|' || summary || '|' || before::text || '|'
                       || after::text
                  from audit_entry where id > :after and object_type = 'user' and object_id = :id order by id""")
                .param("after", before).param("id", String.valueOf(id)).query(String.class).list();
        assertThat(rows).anyMatch(r -> r.startsWith("PASSWORD_RESET|admin|pw.audit：密码已重置|"));
        assertThat(rows).anyMatch(r -> r.startsWith("PASSWORD_CHANGED|pw.audit|pw.audit：密码已修改|"));
        String all = String.join("\n", rows) + jdbc.sql("select string_agg(a::text, ' ') from audit_entry a where id > :after")
                .param("after", before).query(String.class).single();
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", id)
                .query(String.class).single();
        for (String secret : List.of("Gesetzt#2026ab", "Geaendert#2026ab", hash, hash.substring(8, 30))) {
            assertThat(all).doesNotContain(secret);
        }
    }

    private void assertRefused(String username, String password, String... rules) {
        assertThatThrownBy(() -> newUser(username, password))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .filteredOn(p -> p.field().equals("password")).extracting(InvalidInput.FieldProblem::reason)
                        .containsExactlyInAnyOrder(rules));
    }

    private long unitId() {
        return jdbc.sql("select id from unit where name = :n").param("n", UNIT).query(Long.class).single();
    }

    private long newUser(String username, String password) {
        long id = Accounts.create(users, demo, new UserForm(username, "密码 " + username, unitId(), null, null,
                password, true, List.of(new UserForm.RoleGrant("ENFORCEMENT_OFFICER", ScopeKind.OWN_UNIT, null)))).id();
        created.add(id);
        return id;
    }

    /** As the demo loader does: this test's account keeps the password it was created with. */
    private void waive(long id) {
        users.waivePasswordChange(Actor.system("测试"), List.of(id));
    }

    private void change(long id, String password) {
        UserView user = users.get(demo.actor("admin"), id);
        users.update(demo.actor("admin"), id, new UserForm(user.username(), user.displayName(), user.unitId(),
                user.phone(), user.email(), password, user.enabled(), user.roles()), user.version());
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }
}
