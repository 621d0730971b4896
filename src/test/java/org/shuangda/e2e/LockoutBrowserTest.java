package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Five wrong passwords in a row lock the account: the sign-in page says so and refuses even the right
 * password. Uses {@code pingshun.leader}; the lock would last 15 minutes in the shared test database, so the test
 * lifts it afterwards for the browser tests that sign in as every demo account (MenuBrowserTest).
 */
@BrowserTest
class LockoutBrowserTest {

    @Autowired JdbcClient jdbc;

    @AfterEach
    void unlock() {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = 'pingshun.leader'")
                .update();
    }

    private static final Messages ZH = Messages.zh("messages");

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused(Page page) {
        LoginPage login = LoginPage.open(page);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.submit("pingshun.leader", "wrong-password-" + attempt);
            assertThat(page).hasURL(Pattern.compile("/login\\?error"));
            assertThat(login.alert()).isVisible();
            if (attempt < 5) {
                // the message warns that failures in a row lead to the lock
                assertThat(login.alert()).hasText(ZH.get("login.failed"));
            }
        }

        login.submit("pingshun.leader", LoginPage.DEMO_PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/login\\?error"));
        assertThat(login.alert()).hasText(ZH.get("login.locked"));
        assertThat(page.locator("#mainNav")).hasCount(0);
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }
}
