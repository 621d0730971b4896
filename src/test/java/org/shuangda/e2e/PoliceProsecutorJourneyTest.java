package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 赵 (licheng.police) and 陈 (licheng.prosecutor), journeys.md, from the demo as the run command leaves it: the
 * 工商局 handed the 农药 case over yesterday; 赵 finds it with the police's 3-day 受理 clock, reads the package (the
 * 移送书 names the 罪名 with its article), accepts it and records 立案. 陈 sees every transfer of the county with its
 * clock, the case over the threshold never transferred, and sends a 建议移送 whose 7-day answer clock starts. On every
 * page each one opens, every link answers (no link to a page they may not open, such as the agency's case file).
 */
@BrowserTest
class PoliceProsecutorJourneyTest {

    private static final Messages ZH = Messages.zh("transfers");
    private static final String PESTICIDE = "销售假冒注册商标农药案";

    @Test
    void thePoliceReceiveAndDecideTheProsecutorOverseesEachSeesTheClocksAndOnlyLinksTheyMayOpen(Page page,
            ConsoleErrors errors) throws Exception {
        LoginPage.signIn(page, "licheng.police");
        // the home's to-dos: the package waiting for 受理, with its clock
        assertThat(page.locator("main")).containsText(ZH.get("transfer.status.HANDED_OVER") + " · "
                + ZH.get("transfer.clock.ACCEPTANCE"));
        linksOpen(page);
        Menu.go(page, "/transfers");
        Locator row = page.locator("tr[id^=transfer-]", new Page.LocatorOptions().setHasText(PESTICIDE));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(ZH.get("transfer.status.HANDED_OVER"));
        assertThat(row).containsText(ZH.get("transfer.clock.ACCEPTANCE"));
        assertThat(row).containsText("销售假冒注册商标的商品罪");
        assertThat(page.locator("tr[id^=transfer-]", new Page.LocatorOptions().setHasText("金穗")))
                .containsText(ZH.get("transfer.clock.FILING"));
        linksOpen(page);
        Screenshots.save(page, "police-journey-1-transfers");

        row.locator("a").first().click();
        assertThat(page).hasURL(Pattern.compile("/transfers/\\d+$"));
        String transferUrl = page.url();
        // the package, not the agency's case file: the case number is no link for the police
        assertThat(page.locator("a#transfer-case")).hasCount(0);
        assertThat(page.locator("#transfer-case-summary")).containsText(
                "销售假冒注册商标的商品罪（《中华人民共和国刑法》第二百一十四条）");
        assertThat(page.locator("#transfer-clock")).containsText(ZH.get("transfer.clock.ACCEPTANCE"));
        assertThat(page.locator("#transfer-clock")).containsText("还剩");
        String letter = OfficerJourneyTest.docx(page, "#transfer-letter");
        assertThat(letter).contains("涉嫌犯罪案件移送书", "黎城县公安局",
                "涉嫌罪名：销售假冒注册商标的商品罪（《中华人民共和国刑法》第二百一十四条）", "案值64,000.00元");
        linksOpen(page);

        page.locator("#note-ACCEPT").fill("材料齐全，予以受理");
        page.locator("#act-ACCEPT").click();
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.ACCEPTED"));
        assertThat(page.locator("#transfer-clock")).containsText(ZH.get("transfer.clock.FILING"));
        page.locator("#note-FILE").fill("销售金额已达追诉标准，决定立案侦查");
        page.locator("#act-FILE").click();
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.FILED"));
        Screenshots.save(page, "police-journey-2-filed");
        linksOpen(page);

        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.prosecutor");
        linksOpen(page);
        Menu.go(page, "/transfers");
        page.locator("main a[href='/oversight']").first().click();
        Locator transfers = page.locator("#oversight-transfers");
        assertThat(transfers.locator("tr", new Locator.LocatorOptions().setHasText(PESTICIDE)))
                .containsText(ZH.get("transfer.status.FILED"));
        assertThat(transfers.locator("tr", new Locator.LocatorOptions().setHasText("金穗")))
                .containsText(ZH.get("transfer.clock.FILING"));
        Locator missed = page.locator("#missed-list tr[id^=missed-]", new Page.LocatorOptions()
                .setHasText("销售伪劣玉米种子案"));
        assertThat(missed).hasCount(1);
        assertThat(page.locator("#missed-list")).not().containsText(PESTICIDE);
        linksOpen(page);
        Screenshots.save(page, "prosecutor-journey-1-oversight");

        String caseId = missed.getAttribute("id").substring("missed-".length());
        if (page.locator("#suggest-" + caseId).count() > 0) { // the demo has no opinion on it: 陈 sends one
            page.locator("#opinion-" + caseId).fill("该案非法经营数额已达生产、销售伪劣产品罪追诉标准，建议依法移送公安机关。");
            page.locator("#suggest-" + caseId).click();
            assertThat(page.locator("#notice")).hasText(ZH.get("opinion.sent"));
        }
        assertThat(page.locator("#missed-" + caseId)).containsText(ZH.get("opinion.open"));
        assertThat(page.locator("#opinions")).containsText(ZH.get("transfer.clock.OPINION_ANSWER"));
        linksOpen(page);

        page.navigate(transferUrl);
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.FILED"));
        linksOpen(page);
        assertThat(errors.messages()).isEmpty();
    }

    /**
     * Every link of the page the person is on answers below 400 for them (same session): GETs of the page's own
     * links, not followed further (the menu crawl test does that).
     */
    private static void linksOpen(Page page) {
        Set<String> hrefs = new LinkedHashSet<>();
        for (Object href : (List<?>) page.evalOnSelectorAll("a[href]", "as => as.map(a => a.getAttribute('href'))")) {
            String h = String.valueOf(href);
            if (h.startsWith("/") && !h.startsWith("//") && !h.startsWith("/logout")) {
                hrefs.add(h.replaceAll("#.*$", ""));
            }
        }
        List<String> failed = new ArrayList<>();
        for (String h : hrefs) {
            APIResponse r = page.context().request().get(h);
            if (r.status() >= 400) {
                failed.add(h + " → " + r.status());
            }
        }
        assertThat(failed).as("links on " + page.url()).isEmpty();
    }
}
