package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A citizen files a real-name tip on the public form (no login) and notes the tracking number and the query
 * code; the 12315 agent sees it went to the agriculture committee and transfers it to the 工商局 with a reason;
 * the 工商局's officer accepts it and turns it into a case clue; the citizen's tracking page shows the transfer
 * with its reason and the new status.
 */
@BrowserTest
class ComplaintJourneyTest {

    private static final Messages ZH = Messages.zh("complaints");

    @Test
    void citizenFilesAgentTransfersHandlerAcceptsAndReferrsCitizenSeesTheNewStatus(Page page, ConsoleErrors errors) {
        // the citizen, not signed in
        page.navigate("/public/filings/new");
        page.locator("#track").selectOption("REPORT");
        page.locator("#category").selectOption("AGRICULTURE");
        page.locator("#regionCode-county").selectOption("140426"); // the region picker, started at 长治市
        page.locator("#targetName").fill("黎城县旅程测试农资店");
        page.locator("#content").fill("该店销售假冒某知名品牌的玉米种子，包装上的商标与正品不同。");
        page.locator("#filerName").fill("程晓东");
        page.locator("#filerPhone").fill("13912345678");
        page.locator("#submit").click();
        String trackingNo = page.locator("#tracking-no").textContent().strip();
        String queryCode = page.locator("#query-code").textContent().strip();
        assertThat(page.locator("#unit")).hasText("黎城县农业委员会");

        // the 12315 agent transfers it: the matter is a counterfeit trademark, for the 工商局
        LoginPage.signIn(page, "licheng.agent");
        page.navigate("/filings?q=" + trackingNo);
        page.locator("#filing-list a", new Page.LocatorOptions().setHasText(trackingNo)).click();
        assertThat(page.locator("#filer")).containsText("程*");
        assertThat(page.locator("#filer")).not().containsText("程晓东");
        // the 转办 target through the unit picker: part of the name, then the unit from the list
        page.locator("#reroute-unit-search").pressSequentially("工商行政");
        page.locator("#reroute-unit-search-options .picker-label").getByText("黎城县工商行政管理局",
                new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#reroute-unit")).hasValue(java.util.regex.Pattern.compile("\\d+"));
        page.locator("#reroute-reason").fill("涉及假冒注册商标");
        page.locator("#reroute").click();
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("#unit")).hasText("黎城县工商行政管理局");

        // the 工商局's officer accepts it and turns it into a clue
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/filings?q=" + trackingNo);
        page.locator("#filing-list a", new Page.LocatorOptions().setHasText(trackingNo)).click();
        page.locator("#accept").click();
        assertThat(page.locator("#filing-status")).hasText(ZH.get("filing.status.ACCEPTED"));
        page.locator("#reveal-reason").fill("回电核实举报细节");   // the identity opens only with a reason
        page.locator("#reveal").click();
        assertThat(page.locator("#identity")).containsText("程晓东");
        page.locator("#refer").click();
        assertThat(page.locator("#filing-status")).hasText(ZH.get("filing.status.REFERRED"));

        // the citizen follows it
        page.context().clearCookies();
        page.navigate("/public/filings/track");
        page.locator("#trackingNo").fill(trackingNo);
        page.locator("#queryCode").fill(queryCode);
        page.locator("#track-submit").click();
        assertThat(page.locator("#public-status")).hasText(ZH.get("filing.status.REFERRED"));
        assertThat(page.locator("#public-unit")).hasText("黎城县工商行政管理局");
        assertThat(page.locator("#public-history")).containsText("涉及假冒注册商标");
        Screenshots.save(page, "complaints-public-tracking");
        org.assertj.core.api.Assertions.assertThat(errors.messages()).isEmpty();
    }
}
