package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upper level's day from the demo as the run command leaves it: 长治市's office (changzhi.office) opens its
 * home and sees the cockpit of the city-wide campaign, both counties ranked by how completely they reported the
 * open round; drills from the city to 黎城县, to the returned unit, to its submission in three clicks; exports the
 * view. Then the county's read-only leader finds his cockpit on the home page and 系统管理 nowhere in his menu.
 */
@BrowserTest
class UpperLevelJourneyTest {

    private static final Messages ZH = Messages.zh("reporting");
    private static final String CAMPAIGN_TITLE_PART = "长治市打击侵犯知识产权和制售假冒伪劣商品专项行动";
    private static final String OPEN_ROUND = "全市第二次数据报送";

    @Autowired JdbcClient jdbc;

    @Test
    void theCityOfficeRanksTheCountiesDrillsDownToASubmissionAndExports(Page page, ConsoleErrors errors) {
        long campaign = jdbc.sql("select campaign_id from report_round where name = :n and region_code = '140400'")
                .param("n", OPEN_ROUND).query(Long.class).single();
        LoginPage.signIn(page, "changzhi.office");

        // home: the cockpit of the city-wide campaign, at the city, the open round, both counties ranked
        var card = page.locator("#cockpit-campaign-" + campaign);
        assertThat(card).containsText(CAMPAIGN_TITLE_PART);
        assertThat(card).containsText(OPEN_ROUND + " · 长治市");
        assertThat(card).containsText(ZH.get("reporting.cockpit.open"));
        assertThat(page.locator("#home-todos")).not().containsText("审核" + OPEN_ROUND);
        var ranking = card.locator(".cockpit-ranking tbody tr");
        assertThat(ranking).hasCount(2);
        List<String> rates = ranking.locator("td:nth-child(3)").allTextContents();
        assertThat(percent(rates.get(0))).isGreaterThanOrEqualTo(percent(rates.get(1)));
        assertThat(ranking.locator("td:nth-child(1)")).containsText(new String[] {"1", "2"});
        assertThat(card.locator(".cockpit-ranking")).containsText("黎城县");
        assertThat(card.locator(".cockpit-ranking")).containsText("平顺县");

        // the whole board: cross-county completeness, totals, ranking, trend over both rounds, the overdue unit
        page.locator("#cockpit-open-" + campaign).click();
        assertThat(page.locator("#cockpit-region")).containsText("长治市");
        assertThat(page.locator("#cockpit-ranking tbody tr")).hasCount(2);
        assertThat(page.locator("#cockpit-trend tbody tr")).hasCount(2);
        assertThat(page.locator("#cockpit-overdue")).containsText("平顺县司法局");
        int expected = Integer.parseInt(page.locator("#cockpit-expected").textContent().strip());
        int countiesExpected = page.locator("#cockpit-ranking tbody tr td:nth-child(3)").allTextContents().stream()
                .mapToInt(t -> Integer.parseInt(t.strip())).sum();
        int cityOwn = page.locator("#cockpit-units tbody tr").count();
        assertThat(expected).as("the city's expected units are its counties' and its own").isEqualTo(countiesExpected + cityOwn);

        // export the view: an XLSX named after the campaign, the round and the region
        Download download = page.waitForDownload(() -> page.locator("#cockpit-export").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx").contains(OPEN_ROUND).contains("长治市");

        // three clicks: city → county → unit → submission
        page.locator("#drill-140426").click();
        assertThat(page.locator("#cockpit-region")).containsText("黎城县");
        assertThat(page.locator("#cockpit-crumbs")).containsText("长治市");
        var returned = page.locator("#cockpit-units tbody tr", new Page.LocatorOptions().setHasText("黎城县质量技术监督局"));
        assertThat(returned).containsText(ZH.get("reporting.status.RETURNED"));
        returned.locator("a.cockpit-unit-link").click();
        assertThat(page.locator("#cockpit-unit-name")).hasText("黎城县质量技术监督局");
        var openRound = page.locator("#cockpit-unit-rounds tbody tr", new Page.LocatorOptions().setHasText(OPEN_ROUND));
        assertThat(openRound).containsText("检查户数与上报巡查记录不符");
        openRound.locator("a.cockpit-submission").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/reporting/submissions/\\d+$"));
        assertThat(page.locator("main")).containsText("黎城县质量技术监督局");
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void theReadOnlyLeaderFindsHisCockpitOnTheHomePageAndNoAdministration(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.leader");
        assertThat(page.locator("#home-cockpit")).containsText(CAMPAIGN_TITLE_PART);
        assertThat(page.locator("#home-cockpit")).containsText(OPEN_ROUND + " · 黎城县");
        assertThat(page.locator("#nav-cockpit")).hasCount(1);
        assertThat(page.locator("nav")).containsText("数据报送");
        assertThat(page.locator("nav")).not().containsText("系统管理");
        assertThat(page.locator("a[href='/admin/users']")).hasCount(0);
        Menu.go(page, "/cockpit");
        assertThat(page.locator("#cockpit-boards")).containsText(CAMPAIGN_TITLE_PART);
        page.locator("#cockpit-boards a.btn").first().click();
        assertThat(page.locator("#cockpit-units")).containsText("黎城县工商行政管理局");
        assertThat(page.locator("main form")).hasCount(0);
        page.navigate("/filings/stats");
        assertThat(page.locator("main")).isVisible();
        assertThat(page.locator("main")).not().containsText("403");
        assertThat(errors.messages()).isEmpty();
    }

    private static double percent(String text) {
        return Double.parseDouble(text.strip().replace("%", ""));
    }
}
