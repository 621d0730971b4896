package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code shuangda.security.totp-required-for-admins} (true under {@code prod}): a holder of an administration
 * permission must enrol two-factor sign-in before anything opens; other users are not asked. The gate is built
 * here with the setting on (the shared test context runs with the default, off) and given real principals.
 */
@WebTest
class SignInStepsTests {

    @Autowired AccountLoader accounts;
    @Autowired TwoFactor twoFactor;
    @Autowired LoginAttempts attempts;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Long created;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (created != null) {
            users.delete(demo.actor("admin"), created);
        }
    }

    @Test
    void withTheSettingOnAnAdministratorMustEnrolFirstAndOthersAreNotAsked() throws Exception {
        SignInSteps required = new SignInSteps(accounts, twoFactor, attempts, true);
        SignInSteps usual = new SignInSteps(accounts, twoFactor, attempts, false);
        created = Accounts.create(users, demo, new UserForm("steps.admin", "管理 测试", unitId(), null, null,
                "Verwalter#2026", true, List.of(new UserForm.RoleGrant("SYSTEM_ADMIN", ScopeKind.OWN_UNIT, null)))).id();
        users.waivePasswordChange(Actor.system("测试"), List.of(created));

        signedInAs("steps.admin");
        assertThat(required.open(page("/cases"))).contains(SignInSteps.Step.ENROL_TOTP);
        assertThat(usual.open(page("/cases"))).isEmpty();
        MockHttpServletResponse pageAnswer = through(required, page("/cases"));
        assertThat(pageAnswer.getRedirectedUrl()).isEqualTo("/account/totp");
        MockHttpServletResponse apiAnswer = through(required, page("/api/v1/units"));
        assertThat(apiAnswer.getStatus()).isEqualTo(403);
        assertThat(apiAnswer.getContentAsString()).contains("ENROL_TOTP").contains("双因素登录");
        // the enrolment page itself opens
        assertThat(through(required, page("/account/totp")).getStatus()).isEqualTo(200);

        // a user without any administration permission is not asked
        signedInAs("licheng.officer");
        assertThat(required.open(page("/cases"))).isEmpty();

        // once enrolled (and signed in again), the administrator passes
        Actor admin = demo.actor("steps.admin");
        byte[] secret = Totp.fromBase32(twoFactor.enrolment(admin).orElseThrow().secret());
        twoFactor.confirm(admin, Totp.code(secret, Totp.step(clock.instant())));
        signedInAs("steps.admin");
        assertThat(required.open(page("/cases"))).isEmpty();
    }

    private long unitId() {
        return jdbc.sql("select id from unit where name = '长治市商务局'").query(Long.class).single();
    }

    private void signedInAs(String username) {
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static MockHttpServletRequest page(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.getSession(true);
        return request;
    }

    private static MockHttpServletResponse through(SignInSteps steps, MockHttpServletRequest request)
            throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        steps.gate().doFilter(request, response, new MockFilterChain());
        return response;
    }

}
