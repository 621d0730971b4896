package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.complaints.FilingRouting;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The citizen's journey on a phone (390×844, journeys.md): from the sign-in page's public link to the public
 * services, a tip filed with a first attempt that leaves fields out (the summary names them), the GET receipt
 * (a reload files nothing twice; the number copies with one tap), tracking with number and code; then the
 * 12315 hotline transfers the tip to the agriculture committee with a reason and the citizen reads
 * "已转办至 …（原因：…）". No public page is wider than the phone's screen.
 */
@BrowserTest
class CitizenJourneyTest {

    static final int PHONE_WIDTH = 390;

    @Autowired JdbcClient jdbc;
    @Autowired FilingRouting routing;
    @Autowired UserDetailsService users;

    @Test
    void aCitizenFilesATipOnAPhoneKeepsTheReceiptAndFollowsItsTransfer(Page page, ConsoleErrors errors) {
        page.setViewportSize(PHONE_WIDTH, 844);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        String target = "黎城县手机举报测试酒行" + System.nanoTime() % 1_000_000;

        // the sign-in page leads to the public services
        page.navigate("/login");
        page.locator("#login-public").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/public$"));
        fitsThePhone(page, "/public");
        page.locator("#entry-report").click();
        assertThat(page.locator("#track")).hasValue("REPORT");
        fitsThePhone(page, "the form");
        assertThat(page.locator("#submit").boundingBox().width).as("full-width button")
                .isGreaterThan(PHONE_WIDTH - 80);
        assertThat(fontSize(page.locator("#targetName"))).as("16px inputs: a phone does not zoom").isGreaterThanOrEqualTo(16);

        // a first try without the content and the filer's name and phone (发生地 starts at 长治市, the configured start)
        page.locator("#category").selectOption("COUNTERFEIT");
        page.locator("#targetName").fill(target);
        page.locator("#submit").click();
        assertThat(page.locator("#missing-fields")).hasText("请填写：具体内容、姓名、联系电话");
        assertThat(page.locator("#form-errors")).not().containsText("必填");
        assertThat(page.locator("#filerPhone ~ .invalid-feedback")).hasText("请填写联系电话");
        assertThat(page.locator("#targetName")).hasValue(target);
        fitsThePhone(page, "the form with errors");
        Screenshots.save(page, "citizen-phone-form-errors");
        page.locator("#missing-fields a", new Page.LocatorOptions().setHasText("联系电话")).click();
        assertThat(page.locator("#filerPhone")).isFocused();

        // fixed and sent: the browser lands on the GET receipt
        assertThat(page.locator("#regionCode")).hasValue("140400");
        page.locator("#regionCode-county").selectOption("140426");
        assertThat(page.locator("#regionCode")).hasValue("140426");
        page.locator("#content").fill("该酒行销售假冒注册商标的白酒，瓶盖防伪码扫不出来。");
        page.locator("#filerName").fill("程晓东");
        page.locator("#filerPhone").fill("13912345678");
        page.locator("#submit").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/public/filings/receipt$"));
        String trackingNo = page.locator("#tracking-no").textContent().strip();
        String queryCode = page.locator("#query-code").textContent().strip();
        assertThat(trackingNo).matches("[A-Z0-9]{10,}");
        assertThat(page.locator("#save-note")).containsText("请保存");
        assertThat(page.locator("#unit")).hasText("黎城县工商行政管理局");
        Object oneLine = page.locator("#tracking-no").evaluate("el => ({ lines: el.getClientRects().length, "
                + "white: getComputedStyle(el).whiteSpace, select: getComputedStyle(el).userSelect, "
                + "font: getComputedStyle(el).fontFamily })");
        assertThat(oneLine.toString()).contains("lines=1", "white=nowrap", "select=all", "monospace");
        fitsThePhone(page, "the receipt");
        Screenshots.save(page, "citizen-phone-receipt");

        // one tap copies the number
        page.locator("#copy-tracking-no").click();
        assertThat(page.locator("#copy-tracking-no-status")).hasText("已复制");
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(trackingNo);

        // a reload shows the same receipt and files nothing a second time
        page.reload();
        assertThat(page.locator("#tracking-no")).hasText(trackingNo);
        assertThat(filingsAbout(target)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from filing where tracking_no = :n").param("n", trackingNo)
                .query(Long.class).single()).isEqualTo(1);

        // tracking: the number is filled in, the code typed from the note
        page.locator("#go-track").click();
        assertThat(page.locator("#trackingNo")).hasValue(trackingNo);
        page.locator("#queryCode").fill(queryCode);
        page.locator("#track-submit").click();
        assertThat(page.locator("#public-now")).hasText("已登记并分派至 黎城县工商行政管理局，待受理");
        fitsThePhone(page, "the tracking page");

        // the 12315 hotline transfers it: seeds are the agriculture committee's matter
        long id = jdbc.sql("select id from filing where tracking_no = :n").param("n", trackingNo)
                .query(Long.class).single();
        long agriculture = jdbc.sql("select id from pub_unit where name = '黎城县农业委员会'").query(Long.class).single();
        routing.reroute((Actor) users.loadUserByUsername("licheng.agent"), id, agriculture, "涉及种子");

        page.navigate("/public/filings/track");
        page.locator("#trackingNo").fill(trackingNo);
        page.locator("#queryCode").fill(queryCode);
        page.locator("#track-submit").click();
        assertThat(page.locator("#public-now")).containsText("已转办至 黎城县农业委员会（原因：涉及种子）");
        assertThat(page.locator("#public-unit")).hasText("黎城县农业委员会");
        assertThat(page.locator("#public-history")).containsText("（原因：涉及种子）");
        assertThat(page.locator("#public-history li").first().locator("div").first().textContent().strip())
                .as("one date format").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        fitsThePhone(page, "the tracking page after the transfer");
        Screenshots.save(page, "citizen-phone-tracking");

        // the published penalties, list and detail
        page.locator("#public-home").click();
        page.locator("#entry-penalties").click();
        assertThat(page.locator("#penalty-list")).isVisible();
        fitsThePhone(page, "/public/penalties");
        Screenshots.save(page, "citizen-phone-penalties");
        Locator first = page.locator("#penalty-list tbody a").first();
        if (first.count() > 0) {
            first.click();
            assertThat(page.locator("#penalty-detail")).isVisible();
            fitsThePhone(page, "a published penalty");
        }
        // the first try's 422 is the form answering as it should; nothing else went wrong in the browser
        assertThat(errors.messages()).allMatch(m -> m.contains("status of 422") && m.contains("/public/filings:"));
    }

    @Test
    void noPublicPageIsWiderThanAPhone(Page page, ConsoleErrors errors) {
        page.setViewportSize(PHONE_WIDTH, 844);
        for (String path : List.of("/login", "/public", "/public/filings/new", "/public/filings/new?track=COMPLAINT",
                "/public/filings/track", "/public/filings/receipt", "/public/penalties",
                "/public/penalties?q=%E5%85%AC%E5%8F%B8")) {
            page.navigate(path);
            fitsThePhone(page, path);
        }
        assertThat(errors.messages()).isEmpty();
    }

    long filingsAbout(String target) {
        return jdbc.sql("select count(*) from filing where target_name = :t").param("t", target)
                .query(Long.class).single();
    }

    static double fontSize(Locator input) {
        return ((Number) input.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")).doubleValue();
    }

    /** Nothing sticks out to the right: the page scrolls only down, never sideways. */
    static void fitsThePhone(Page page, String what) {
        page.waitForLoadState();
        Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("%s (%s) is %s px wide", what, page.url(), width).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
