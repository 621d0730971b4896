package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 三员分立 in the browser: the county's system administrator creates an account on a form that has no roles, and
 * the list shows it 待授权; the county's security administrator opens it, sees the account read-only, grants a
 * role with its scope, and the list shows the role.
 */
@BrowserTest
class RoleGrantJourneyTest {

    private static final Messages ZH = Messages.zh("identity");
    private static final String USERNAME = "e2e.granted";

    @Autowired Users users;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheUser() {
        jdbc.sql("select id from app_user where username = :u").param("u", USERNAME).query(Long.class).optional()
                .ifPresent(id -> users.delete((Actor) accounts.loadUserByUsername("admin"), id));
    }

    @Test
    void theSystemAdminCreatesWithoutRolesAndTheSecurityAdminGrants(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.admin");
        page.navigate("/admin/users/new");
        assertThat(page.locator("input[name=role]")).hasCount(0);
        assertThat(page.locator("#user-roles-readonly")).containsText(ZH.get("users.grant.newAccount"));
        page.locator("#username").fill(USERNAME);
        page.locator("#displayName").fill("授权新同事");
        page.locator("#unitId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("黎城县 · 黎城县工商行政管理局"));
        page.locator("#password").fill("Vorgabe#2026x");
        page.locator("#user-save").click();
        assertThat(page).hasURL(Pattern.compile("/admin/users$"));
        page.navigate("/admin/users?q=" + USERNAME);
        assertThat(page.locator("#user-table tbody tr").first()).containsText(ZH.get("users.awaitingGrant"));

        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.security");
        page.navigate("/admin/users?q=" + USERNAME);
        page.locator("#user-table tbody tr").first().locator("a").click();
        assertThat(page.locator("#username")).isDisabled();
        assertThat(page.locator("#user-save")).hasCount(0);
        page.locator("#role-ENFORCEMENT_OFFICER").check();
        page.locator("#user-grant-save").click();
        assertThat(page).hasURL(Pattern.compile("/admin/users/\\d+$"));
        assertThat(page.locator("#user-grant .alert-success")).isVisible();
        assertThat(page.locator("#role-ENFORCEMENT_OFFICER")).isChecked();
        page.navigate("/admin/users?q=" + USERNAME);
        assertThat(page.locator("#user-table tbody tr").first()).containsText("执法人员");
        assertThat(page.locator("#user-table tbody tr").first()).not().containsText(ZH.get("users.awaitingGrant"));
        assertThat(jdbc.sql("""
                select r.code from user_role ur join role r on r.id = ur.role_id join app_user a on a.id = ur.user_id
                 where a.username = :u""").param("u", USERNAME).query(String.class).list())
                .containsExactly("ENFORCEMENT_OFFICER");
        assertThat(errors.messages()).isEmpty();
    }
}
