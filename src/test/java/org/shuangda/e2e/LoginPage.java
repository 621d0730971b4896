package org.shuangda.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in page ({@code /login}) as a user sees it. */
public final class LoginPage {

    public static final String DEMO_PASSWORD = "Shuangda@2026";

    private final Page page;

    private LoginPage(Page page) {
        this.page = page;
    }

    public static LoginPage open(Page page) {
        page.navigate("/login");
        return new LoginPage(page);
    }

    /** Fills the form and submits it; waits for the page the server answers with. */
    public LoginPage submit(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        page.waitForLoadState();
        return this;
    }

    /** Signs in with the demo password and returns the page, now on the home page. */
    public static Page signIn(Page page, String username) {
        open(page).submit(username, DEMO_PASSWORD);
        return page;
    }

    /** The red message above the form (wrong password, account locked). */
    public Locator alert() {
        return page.locator(".alert-danger");
    }
}
