package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Content-Security-Policy has no {@code 'unsafe-inline'} (neither for scripts nor for styles): every main
 * page of every module, opened as the demo user who works with it, must render without a single violation.
 * Violations are caught twice: the browser's {@code securitypolicyviolation} event (recorded by an init
 * script, so it sees the violations of the very first parse) and the console error Chromium prints. The bars
 * whose width is data (a campaign's phases) must still have their width, now set through CSSOM.
 */
@BrowserTest
class StrictCspBrowserTest {

    /** Records every CSP violation of the page in window.__csp before any of the page's own code runs. */
    private static final String RECORD_VIOLATIONS = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' '
                  + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));
            });
            """;

    @Autowired JdbcClient jdbc;

    @Test
    void anOfficersPagesHaveNoViolation(Page page, ConsoleErrors errors) {
        List<String> violations = watch(page);
        LoginPage.signIn(page, "licheng.officer");
        visited(page, violations, "home");
        page.navigate("/cases");
        assertThat(page.locator("#case-list")).containsText("销售伪劣玉米种子案");
        visited(page, violations, "/cases");
        page.locator("#case-list a[href*='/cases/']").first().click();
        assertThat(page.locator("#case-number")).isVisible();
        visited(page, violations, "a case");
        page.navigate("/clues");
        visited(page, violations, "/clues");
        page.locator("#clue-list a[href*='/clues/']").first().click();
        assertThat(page.locator("#clue-status")).isVisible();
        visited(page, violations, "a clue");
        page.navigate("/transfers");
        visited(page, violations, "/transfers");
        page.navigate("/filings");
        visited(page, violations, "/filings");
        page.navigate("/entities");
        visited(page, violations, "/entities");
        page.navigate("/calendar");
        assertThat(page.locator(".sd-cal-month").first()).isVisible();
        visited(page, violations, "/calendar");
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void theOfficesPagesHaveNoViolationAndTheBarsKeepTheirWidth(Page page, ConsoleErrors errors) {
        List<String> violations = watch(page);
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/campaigns");
        visited(page, violations, "/campaigns");
        long campaign = jdbc.sql("select min(campaign_id) from report_round where region_code = '140426'")
                .query(Long.class).single();
        page.navigate("/campaigns/" + campaign);
        Locator phases = page.locator("#phase-timeline > .progress");
        assertThat(phases.first()).isVisible();
        double timeline = page.locator("#phase-timeline").boundingBox().width;
        double sum = 0;
        for (int i = 0; i < phases.count(); i++) {
            double expected = Double.parseDouble(phases.nth(i).getAttribute("data-width")) / 100 * timeline;
            BoundingBox box = phases.nth(i).boundingBox();
            assertThat(box.width).as("phase %d: %s%% of %s px", i, phases.nth(i).getAttribute("data-width"), timeline)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(2.0));
            sum += box.width;
        }
        assertThat(sum).as("the phases fill the timeline").isGreaterThan(timeline * 0.5);
        Locator elapsed = page.locator("#phase-elapsed");
        double elapsedExpected = Double.parseDouble(elapsed.getAttribute("data-width")) / 100
                * page.locator("#phase-elapsed").locator("..").boundingBox().width;
        assertThat(elapsed.boundingBox().width).isCloseTo(elapsedExpected, org.assertj.core.data.Offset.offset(2.0));
        visited(page, violations, "a campaign");

        Locator task = page.locator(".sd-main a[href*='/tasks/']").first(); // a task of the campaign, not the menu's 我的任务
        {
            assertThat(task).isVisible();
            task.click();
            page.waitForLoadState();
            visited(page, violations, "a task");
        }
        page.navigate("/filings");
        visited(page, violations, "/filings");
        Locator filing = page.locator("#filing-list a[href*='/filings/']").first();
        {
            assertThat(filing).isVisible();
            filing.click();
            page.waitForLoadState();
            visited(page, violations, "a filing");
        }
        page.navigate("/groups");
        visited(page, violations, "/groups");
        Locator group = page.locator("main a[href*='/groups/']").first();
        {
            assertThat(group).isVisible();
            group.click();
            page.waitForLoadState();
            visited(page, violations, "a leading group");
        }
        page.navigate("/reporting/dashboard?campaign=" + campaign + "&animation=0");
        for (String chart : List.of("#chart-bars", "#chart-trend", "#chart-completeness")) {
            assertThat(page.locator(chart)).hasAttribute("data-rendered", "true");
            assertThat(page.locator(chart).boundingBox().height).as(chart + " keeps its height").isGreaterThan(200);
        }
        page.locator("#chart-bars canvas").hover(); // the tooltip is HTML that ECharts writes
        visited(page, violations, "the dashboard");
        page.navigate("/filings/stats");
        visited(page, violations, "/filings/stats");
        page.navigate("/briefings");
        visited(page, violations, "/briefings");
        // a briefing drafted from the campaign's figures: its preview is styled as an official document
        page.navigate("/briefings?campaign=" + campaign);
        page.locator("#new-stage-summary button[type=submit]").click();
        page.locator("button[name=preview]").click();
        assertThat(page.locator("#preview .sd-doc")).isVisible();
        assertThat(page.locator("#preview .sd-doc-title").first()).isVisible();
        assertThat(page.locator("#preview .sd-doc").evaluate("e => getComputedStyle(e).maxWidth"))
                .as("44rem from the stylesheet, no longer a style attribute").isEqualTo("704px");
        visited(page, violations, "a briefing");
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void theReportersRoundFormHasNoViolation(Page page, ConsoleErrors errors) {
        List<String> violations = watch(page);
        LoginPage.signIn(page, "licheng.reporter");
        page.navigate("/reporting");
        visited(page, violations, "/reporting");
        Locator fill = page.locator("[id^='fill-']").first();
        assertThat(fill).isVisible();
        fill.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/reporting/submissions/\\d+$"));
        visited(page, violations, "a round's fill-in form");
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void theAdministratorsPagesHaveNoViolation(Page page, ConsoleErrors errors) {
        List<String> violations = watch(page);
        // 三员分立: roles are the security administrator's pages, the audit trail the auditor's
        Map<String, List<String>> pagesByAdministrator = new LinkedHashMap<>();
        pagesByAdministrator.put("changzhi.security", List.of("/admin/roles"));
        pagesByAdministrator.put("changzhi.auditor", List.of("/audit"));
        pagesByAdministrator.put("admin", List.of("/admin/users", "/admin/tokens", "/units"));
        for (var administrator : pagesByAdministrator.entrySet()) {
            page.context().clearCookies();
            LoginPage.signIn(page, administrator.getKey());
            for (String path : administrator.getValue()) {
                page.navigate(path);
                visited(page, violations, path);
            }
        }
        page.locator("nav .dropdown-toggle").last().click(); // the user menu (a min-width from the stylesheet)
        assertThat(page.locator("nav .dropdown-menu.show").boundingBox().width).isGreaterThan(200);
        page.navigate("/swagger-ui.html");
        // springdoc builds the document on its first request: on a small shared machine that takes a while
        assertThat(page.locator(".swagger-ui .info .title")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        // its own relaxed policy (inline styles on /swagger-ui/** only) lets it render; nothing else is refused
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        visited(page, violations, "Swagger UI");
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void thePublicPagesHaveNoViolation(Page page, ConsoleErrors errors) {
        List<String> violations = watch(page);
        for (String path : List.of("/login", "/public", "/public/filings/new", "/public/filings/track", "/public/filings/receipt", "/public/penalties")) {
            page.navigate(path);
            visited(page, violations, path);
        }
        assertThat(page.locator("form[role=search]").boundingBox().width).as("max-width 40rem").isLessThanOrEqualTo(641);
        assertThat(errors.messages()).isEmpty();
    }

    private static List<String> watch(Page page) {
        page.addInitScript(RECORD_VIOLATIONS);
        return new ArrayList<>();
    }

    /** Collects the current page's violations (once the page has settled) and asserts there are none so far. */
    @SuppressWarnings("unchecked")
    private static void visited(Page page, List<String> violations, String what) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Object found = page.evaluate("() => window.__csp || ['no recorder on this page']");
        for (Object v : (List<Object>) found) {
            violations.add(what + " (" + page.url() + "): " + v);
        }
        assertThat(violations).as("CSP violations").isEmpty();
    }
}
