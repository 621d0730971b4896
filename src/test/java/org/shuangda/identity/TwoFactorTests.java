package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two-factor sign-in with real form sign-ins and sessions: enrolment on the page (secret as text and URI,
 * confirmed by a code), then the password alone is not enough; a right code signs in, a wrong one and a
 * reused one are refused; the secret is stored encrypted; an administrator's reset is audited.
 */
@WebTest
class TwoFactorTests {

    private static final String PASSWORD = "Zwei#Faktor2026";
    private static final String UNIT = "长治市商务局";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired TwoFactor twoFactor;
    @Autowired Clock clock;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheUsers() {
        created.forEach(id -> users.delete(demo.actor("admin"), id));
        created.clear();
    }

    @Test
    void enrolThenSignInWithARightCodeAndNotWithAWrongOrAReusedOne() throws Exception {
        long id = newUser("tf.journey");
        MockHttpSession session = signIn("tf.journey");
        mvc.perform(get("/").session(session)).andExpect(status().isOk()); // no two-factor yet

        // the page shows the secret as text and as an otpauth:// URI
        String page = mvc.perform(get("/account/totp").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String secretText = between(page, "id=\"totp-secret\" class=\"fs-5 user-select-all\">", "<");
        assertThat(page).contains("otpauth://totp/").contains("secret=" + secretText);
        byte[] secret = Totp.fromBase32(secretText);
        // stored encrypted: neither the Base32 text nor the raw bytes are in the row
        String stored = jdbc.sql("select secret_cipher from user_totp where user_id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).startsWith("dev:").doesNotContain(secretText);

        long step = Totp.step(clock.instant());
        // a wrong code does not confirm
        mvc.perform(post("/account/totp/confirm").session(session).with(csrf()).param("code", wrong(secret, step)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("动态验证码不正确")));
        mvc.perform(post("/account/totp/confirm").session(session).with(csrf()).param("code", Totp.code(secret, step)))
                .andExpect(redirectedUrl("/account/totp"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk()); // the enrolling session goes on

        // now the password alone leads to the code page, and nothing else opens
        MockHttpSession half = signInTo("tf.journey", "/login/totp");
        mvc.perform(get("/").session(half)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/api/v1/units").session(half)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.step").value("SECOND_FACTOR"));
        // the code used to confirm the enrolment is spent
        mvc.perform(post("/login/totp").session(half).with(csrf()).param("code", Totp.code(secret, step)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("已使用过")));
        mvc.perform(post("/login/totp").session(half).with(csrf()).param("code", wrong(secret, step + 1)))
                .andExpect(status().isOk());
        mvc.perform(get("/").session(half)).andExpect(redirectedUrl("/login/totp"));
        // the next step's code (within the ±1 window) signs in
        mvc.perform(post("/login/totp").session(half).with(csrf()).param("code", Totp.code(secret, step + 1)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(half)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").session(half)).andExpect(status().isOk());

        // another sign-in with the same code is refused: a code counts once
        MockHttpSession replay = signInTo("tf.journey", "/login/totp");
        mvc.perform(post("/login/totp").session(replay).with(csrf()).param("code", Totp.code(secret, step + 1)))
                .andExpect(status().isOk());
        mvc.perform(get("/").session(replay)).andExpect(redirectedUrl("/login/totp"));
        // wrong codes count toward the lockout (5 in a row); the sign-in above reset the count, the replay is one
        assertThat(jdbc.sql("select failed_attempts from app_user where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheHalfSignedInSession() throws Exception {
        long id = newUser("tf.guess");
        byte[] secret = enrol("tf.guess");
        long step = Totp.step(clock.instant());
        MockHttpSession half = signInTo("tf.guess", "/login/totp");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/totp").session(half).with(csrf()).param("code", wrong(secret, step)))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/login/totp").session(half).with(csrf()).param("code", wrong(secret, step)))
                .andExpect(redirectedUrl("/login?error=locked"));
        assertThat(half.isInvalid()).isTrue();
        assertThat(jdbc.sql("select locked_until > now() from app_user where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAdministratorResetsTheTwoFactorSignInAuditedAndTheUserSignsInWithThePasswordAgain() throws Exception {
        long id = newUser("tf.reset");
        enrol("tf.reset");
        signInTo("tf.reset", "/login/totp");
        // not by someone without USER_MANAGE over the user, and a foreign county's admin sees no such user
        assertThatThrownBy(() -> twoFactor.reset(demo.actor("licheng.officer"), id))
                .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> twoFactor.reset(demo.actor("licheng.admin"), id))
                .isInstanceOf(NotFoundProblem.class);
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/totp/reset").with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where id > :after and action = 'TOTP_RESET' and actor_username = 'admin'
                   and object_id = :id""").param("after", before).param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from user_totp where user_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        MockHttpSession session = signInTo("tf.reset", "/");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void aConfirmedEnrolmentIsNotReplacedAndAConfirmationNeedsAnOpenEnrolment() {
        newUser("tf.twice");
        enrol("tf.twice");
        Actor me = demo.actor("tf.twice");
        assertThat(twoFactor.enrolment(me)).isEmpty();
        assertThatThrownBy(() -> twoFactor.confirm(me, "123456")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).reason()).isEqualTo("totp.noEnrolment"));
    }

    private byte[] enrol(String username) {
        Actor me = demo.actor(username);
        byte[] secret = Totp.fromBase32(twoFactor.enrolment(me).orElseThrow().secret());
        twoFactor.confirm(me, Totp.code(secret, Totp.step(clock.instant()) - 1));
        return secret;
    }

    private static String wrong(byte[] secret, long step) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean near = false;
            for (long s = step - 2; s <= step + 2; s++) {
                near |= Totp.code(secret, s).equals(code);
            }
            if (!near) {
                return code;
            }
        }
    }

    private long newUser(String username) {
        long unit = jdbc.sql("select id from unit where name = :n").param("n", UNIT).query(Long.class).single();
        long id = Accounts.create(users, demo, new UserForm(username, "双因素 " + username, unit, null, null,
                PASSWORD, true, List.of(new UserForm.RoleGrant("ENFORCEMENT_OFFICER", ScopeKind.OWN_UNIT, null)))).id();
        created.add(id);
        users.waivePasswordChange(Actor.system("测试"), List.of(id)); // this test is about the second factor
        return id;
    }

    private MockHttpSession signIn(String username) throws Exception {
        return signInTo(username, "/");
    }

    private MockHttpSession signInTo(String username, String target) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl(target)).andReturn().getRequest().getSession(false);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker %s in the page", start).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
