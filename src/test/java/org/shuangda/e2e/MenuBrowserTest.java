package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grouped top menu (专项行动, 数据报送, 执法办案, 基础数据, 信用监管, 系统管理): for every demo account (read from the
 * database: the users the demo's one transaction made) it fits one line at 1280 px, a group shows only with an entry
 * in it, and every entry of the menu opens without a 4xx or 5xx for that account. {@link Menu#go} reaches entries
 * inside the groups.
 */
@BrowserTest
class MenuBrowserTest {

    private static final List<String> GROUPS = List.of("campaigns", "reporting", "enforcement", "basics", "credit",
            "admin");

    @Autowired JdbcClient jdbc;

    @Test
    void forEveryDemoAccountTheMenuIsOneLineAndEveryEntryOpens(Page page) {
        List<String> accounts = jdbc.sql("""
                select username from app_user
                 where created_at = (select created_at from app_user where username = 'admin') order by username""")
                .query(String.class).list();
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(29); // 5 of the city, 11 per county, 2 hotline agents
        assertThat(page.viewportSize().width).isEqualTo(1280);
        List<String> problems = new ArrayList<>();
        for (String account : accounts) {
            page.context().clearCookies();
            LoginPage.signIn(page, account);
            assertThat(page.locator("#mainNav")).isVisible();

            // one line: the toggler is hidden and every top-level entry starts at the same height
            assertThat(page.locator("nav.navbar .navbar-toggler")).isHidden();
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) page.evaluate("""
                    () => [...document.querySelectorAll('#mainNav > ul > li.nav-item')]
                          .filter(li => li.offsetParent !== null)
                          .map(li => li.getBoundingClientRect().top)""");
            double spread = tops.stream().mapToDouble(Number::doubleValue).max().orElse(0)
                    - tops.stream().mapToDouble(Number::doubleValue).min().orElse(0);
            if (tops.size() < 4 || spread > 4) {
                problems.add(account + ": top-level entries at heights " + tops);
            }

            // a group shows only with an entry in it
            for (String group : GROUPS) {
                int shown = page.locator("#nav-group-" + group).count();
                int entries = page.locator("#nav-group-" + group + " a.dropdown-item").count();
                if (shown > 0 && entries == 0) {
                    problems.add(account + ": group " + group + " is shown without entries");
                }
            }

            for (String href : entryLinks(page)) {
                APIResponse response = page.request().get(href);
                if (response.status() >= 400) {
                    problems.add(account + ": " + href + " answered " + response.status());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void menuGoOpensEntriesInsideTheGroups(Page page) {
        LoginPage.signIn(page, "licheng.office");
        assertThat(page.locator("#nav-group-enforcement")).isVisible();
        assertThat(page.locator("#nav-transfers")).isHidden(); // inside its closed group
        for (String href : List.of("/campaigns", "/cockpit", "/transfers", "/entities", "/calendar")) {
            Menu.go(page, href);
            page.waitForURL("**" + href);
            assertThat(URI.create(page.url()).getPath()).isEqualTo(href);
            assertThat(page.locator("main")).isVisible();
        }
        Menu.go(page, "/reporting");
        assertThat(URI.create(page.url()).getPath()).isEqualTo("/reporting");
    }

    /** Every link of the top menu and the user menu (not the group toggles, the language switch or anchors). */
    @SuppressWarnings("unchecked")
    private static List<String> entryLinks(Page page) {
        List<Map<String, Object>> links = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('nav.navbar a[href]')]
                      .map(a => ({href: a.getAttribute('href')}))""");
        return links.stream().map(l -> (String) l.get("href"))
                .filter(h -> h.startsWith("/") && !h.contains("?lang=")).distinct().toList();
    }
}
