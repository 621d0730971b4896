package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 黎城县 officer registers a clue from an inspection, opens a case from it with a party from the
 * directory and two handling officers, starts the investigation, and sees the overdue demo case among the
 * home page's to-dos; the 平顺县 officer cannot open the case.
 */
@BrowserTest
class CaseJourneyTest {

    private static final Messages ZH = Messages.zh("cases");

    @Test
    void anOfficerTurnsAClueIntoACaseAndStartsTheInvestigation(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.officer");
        assertThat(page.locator("body")).containsText("生产标签不符合规定的小米案");
        Menu.go(page, "/cases");
        assertThat(page.locator("#case-list")).containsText("销售伪劣玉米种子案");

        page.navigate("/clues/new");
        page.locator("#source").selectOption("INSPECTION");
        page.locator("#subject").fill("黎城县某种业门市");
        page.locator("#content").fill("检查发现无标签玉米种子二十袋。");
        page.locator("#clue-submit").click();
        assertThat(page.locator("#clue-status")).hasText(ZH.get("clue.status.VERIFYING"));
        assertThat(page.locator("#clue-clock")).containsText("还剩");

        page.getByText(ZH.get("clue.action.open")).first().click();
        assertThat(page.locator("#title")).hasValue("黎城县某种业门市案");
        page.locator("#category").selectOption("SEEDS");
        page.locator("#caseValue").fill("3600");
        // the party from the directory, through the picker: type, the list comes up, Enter takes the first
        page.locator("#party-0-entity-search").pressSequentially("黎城县");
        assertThat(page.locator("#party-0-entity-search-options [role=option]").first()).isVisible();
        page.locator("#party-0-entity-search").press("Enter");
        assertThat(page.locator("#party-0-entity")).hasValue(Pattern.compile("\\d+"));
        // the officer himself is the one 承办人 chosen on a blank form: one is not enough
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(1);
        page.locator("#case-submit").click();
        assertThat(page.locator("#case-errors")).containsText(ZH.get("case.invalid.officers", 2));
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(1);
        // the second through the officer picker: the list of the unit's enforcers opens on focus
        page.locator("#officer-search").click();
        page.locator("#officer-search-options [role=option]").first().click();
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(2);
        page.locator("#case-submit").click();
        assertThat(page).hasURL(Pattern.compile("/cases/\\d+$"));
        assertThat(page.locator("#case-number")).hasText(Pattern.compile("黎工商处〔\\d{4}〕\\d+号"));
        assertThat(page.locator("#case-status")).hasText(ZH.get("case.status.REGISTERED"));
        assertThat(page.locator("#clock-remaining")).containsText("90");
        String caseUrl = page.url();

        page.getByText(ZH.get("case.action.investigate")).click();
        assertThat(page.locator("#case-status")).hasText(ZH.get("case.status.INVESTIGATING"));
        assertThat(page.locator("#case-timeline")).containsText("开始调查取证");

        // a correction before the decision: the amount and the seized goods, on the form as stored
        page.locator("#case-edit").click();
        assertThat(page.locator("main h1")).hasText(ZH.get("cases.edit"));
        assertThat(page.locator("#caseValue")).hasValue("3600");
        page.locator("#caseValue").fill("4800");
        page.locator("#goods-0 input[name=goodsName]").fill("无标签玉米种子");
        page.locator("#goods-0 input[name=goodsQuantity]").fill("20");
        page.locator("#goods-0 input[name=goodsUnit]").fill("袋");
        Screenshots.save(page, "case-edit");
        page.locator("#case-submit").click();
        assertThat(page).hasURL(caseUrl);
        assertThat(page.locator("#case-value")).hasText("¥4,800.00");
        assertThat(page.locator("#case-goods")).containsText("无标签玉米种子 20袋");

        page.context().clearCookies();
        LoginPage.signIn(page, "pingshun.officer");
        page.navigate(caseUrl);
        assertThat(page.locator("body")).not().containsText("黎城县某种业门市案");
    }
}
