package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A click on a column header changes the order: on the server for a paged list (the case list's 案值, the URL
 * carries sort and dir, a second click turns it round), in the browser for a list that is not paged (the rounds);
 * the pivot's many columns scroll sideways under a first column that stays.
 */
@BrowserTest
class SortableTablesBrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void clickingTheCaseValueHeaderSortsTheCaseListOneWayThenTheOther(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/cases");
        page.locator("#sort-value").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("sort=value&dir=asc"));
        List<Double> ascending = values(page);
        assertThat(ascending).hasSizeGreaterThan(1).isSorted();
        assertThat(page.locator("th[aria-sort=ascending]")).containsText("案值");

        page.locator("#sort-value").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("sort=value&dir=desc"));
        List<Double> descending = values(page);
        assertThat(descending.get(0)).isGreaterThan(ascending.get(0));
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void clickingTheDueDateHeaderSortsTheRoundsInTheBrowser(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.reporter");
        page.navigate("/reporting");
        var header = page.locator("#reporting-rounds thead th").nth(2);
        header.locator("button").click();
        assertThat(header).hasAttribute("aria-sort", "ascending");
        List<String> ascending = dueDates(page);
        assertThat(ascending).hasSizeGreaterThan(1).isSorted();
        header.locator("button").click();
        assertThat(header).hasAttribute("aria-sort", "descending");
        List<String> descending = dueDates(page);
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(descending.get(0)).isNotEqualTo(ascending.get(0));
        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void theWidePivotScrollsSidewaysWithItsFirstColumnInView(Page page, ConsoleErrors errors) {
        long campaign = jdbc.sql("""
                select r.campaign_id from report_round r where r.region_code = '140426' and r.seq = 1
                 order by r.id limit 1""").query(Long.class).single();
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/reporting/pivot?campaign=" + campaign);
        var scroller = page.locator(".table-wide-scroll");
        var firstCell = page.locator("#pivot tbody tr").first().locator("th").first();
        double before = firstCell.boundingBox().x;
        int columns = page.locator("#pivot thead th").count();
        assertThat(columns).as("the pivot shows every indicator").isGreaterThan(10);
        scroller.evaluate("el => el.scrollLeft = el.scrollWidth");
        assertThat((Integer) scroller.evaluate("el => el.scrollLeft")).as("it scrolls sideways").isPositive();
        assertThat(firstCell.boundingBox().x).as("the region column stays in view")
                .isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
        Screenshots.save(page, "pivot-scrolled");
        assertThat(errors.messages()).isEmpty();
    }

    private static List<Double> values(Page page) {
        return page.locator("#case-list tbody td.text-end").allInnerTexts().stream().map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> Double.parseDouble(t.replace(",", ""))).toList();
    }

    private static List<String> dueDates(Page page) {
        return page.locator("#reporting-rounds tbody tr td:nth-child(3)").all().stream()
                .map(td -> td.getAttribute("data-sort-value")).toList();
    }
}
