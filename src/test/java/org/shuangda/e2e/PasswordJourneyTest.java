package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An officer whose account an administrator just created signs in: the platform sends them to 修改密码 and
 * nothing else opens; a common password is refused with the rule in words; their own one opens everything.
 * They then turn on two-factor sign-in with the key the page shows, and the next sign-in asks for the code.
 * The code is computed here independently of the platform's implementation (RFC 6238, SHA-1, 30 s, 6 digits).
 */
@BrowserTest
class PasswordJourneyTest {

    private static final Messages ZH = Messages.zh("identity");

    @Autowired Users users;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;

    private Long created;

    @AfterEach
    void removeTheUser() {
        if (created != null) {
            users.delete((Actor) accounts.loadUserByUsername("admin"), created);
        }
    }

    @Test
    void aNewOfficerChangesTheAdminsPasswordThenTurnsOnTwoFactorSignIn(Page page, ConsoleErrors errors) {
        long unit = jdbc.sql("select id from unit where name = '长治市商务局'").query(Long.class).single();
        // created by the system administrator, its role granted by the security administrator (三员分立)
        created = Accounts.create(users, (Actor) accounts.loadUserByUsername("admin"),
                (Actor) accounts.loadUserByUsername("changzhi.security"), new UserForm("e2e.newcomer", "新同事",
                unit, null, null, "Vorgabe#2026x", true,
                List.of(new UserForm.RoleGrant("ENFORCEMENT_OFFICER", ScopeKind.OWN_UNIT, null)))).id();

        LoginPage.open(page).submit("e2e.newcomer", "Vorgabe#2026x");
        assertThat(page).hasURL(Pattern.compile("/account/password$"));
        assertThat(page.locator("#password-forced")).hasText(ZH.get("password.forced"));
        page.navigate("/cases");
        assertThat(page).hasURL(Pattern.compile("/account/password$"));

        page.locator("#currentPassword").fill("Vorgabe#2026x");
        page.locator("#newPassword").fill("Woaini@1314");
        page.locator("#repeatPassword").fill("Woaini@1314");
        page.locator("#password-save").click();
        assertThat(page.locator("#newPassword-error")).containsText(ZH.get("password.rule.common"));
        Screenshots.save(page, "password-refused");

        page.locator("#currentPassword").fill("Vorgabe#2026x");
        page.locator("#newPassword").fill("Eigenes#Kennwort26");
        page.locator("#repeatPassword").fill("Eigenes#Kennwort26");
        page.locator("#password-save").click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.locator("#password-changed")).hasText(ZH.get("password.changed"));
        page.navigate("/cases");
        assertThat(page).hasURL(Pattern.compile("/cases$"));

        // two-factor sign-in: the key as text, confirmed with the app's code
        page.navigate("/account/totp");
        String secret = page.locator("#totp-secret").innerText().strip();
        assertThat(page.locator("#totp-uri")).containsText("otpauth://totp/");
        Screenshots.save(page, "totp-enrol");
        long step = Instant.now().getEpochSecond() / 30;
        page.locator("#code").fill(code(secret, step));
        page.locator("#totp-confirm").click();
        assertThat(page.locator("#totp-enrolled")).isVisible();

        page.context().clearCookies();
        LoginPage.open(page).submit("e2e.newcomer", "Eigenes#Kennwort26");
        assertThat(page).hasURL(Pattern.compile("/login/totp$"));
        page.locator("#code").fill(code(secret, step)); // already used
        page.locator("#totp-submit").click();
        assertThat(page.locator("#code-error")).hasText(ZH.get("totp.code.wrong"));
        page.locator("#code").fill(code(secret, step + 1));
        page.locator("#totp-submit").click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.locator("#mainNav")).isVisible();

        assertThat(errors.messages()).isEmpty();
    }

    /** RFC 6238 with HMAC-SHA-1 and 6 digits, from the Base32 key as an authenticator app reads it. */
    private static String code(String base32, long step) {
        try {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            ByteBuffer key = ByteBuffer.allocate(base32.length() * 5 / 8);
            int buffer = 0;
            int bits = 0;
            for (char c : base32.toCharArray()) {
                buffer = (buffer << 5) | alphabet.indexOf(c);
                bits += 5;
                if (bits >= 8) {
                    key.put((byte) (buffer >> (bits - 8)));
                    bits -= 8;
                }
            }
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.array(), 0, key.position(), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 0x0f;
            int binary = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
