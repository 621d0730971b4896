package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 信用修复 in the browser, from the demo data: the 黎城县 enterprise fined five months ago (a general penalty, shown
 * for a year) applies on the public page with a paper; the officer finds the application from the menu, accepts
 * it (the 7-working-day clock shows) and restores; the entity's credit record shows the penalty no longer shown
 * and the restoration; the applicant follows it with the number and query code, on a phone.
 */
@BrowserTest
class CreditRestorationJourneyTest {

    private static final Messages ZH = Messages.zh("credit-record");

    @Autowired JdbcClient jdbc;

    @Test
    void theEnterpriseAppliesOnlineAndTheOfficerAcceptsAndRestores(Page page, ConsoleErrors errors) {
        Map<String, Object> fine = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select f.id, f.entity_id, f.detail ->> 'decisionNumber' as number, e.uscc, e.name
                  from credit_fact f join enforcement_case c on f.source_ref = 'case:' || c.id
                  join market_entity e on e.id = f.entity_id
                 where c.title = '销售假冒“鸿雁”注册商标开关插座案'""").query().listOfRows(), rows -> rows.size() == 1)
                .get(0);
        long entity = ((Number) fine.get("entity_id")).longValue();
        long factId = ((Number) fine.get("id")).longValue();

        page.navigate("/public");
        page.locator("#entry-credit-restoration").click();
        assertThat(page.locator("main h1")).hasText(ZH.get("credit.restoration.public.title"));
        page.locator("#uscc").fill(fine.get("uscc").toString());
        page.locator("#decisionNumber").fill(fine.get("number").toString());
        page.locator("#applicantName").fill("王建国");
        page.locator("#applicantPhone").fill("13935500123");
        page.locator("#commitment").fill("罚没款已于决定当月全额缴纳，侵权商品已销毁；本企业承诺今后守法经营。");
        page.locator("#papers").setInputFiles(new FilePayload("罚款缴纳凭证.pdf", "application/pdf",
                "%PDF-1.4\n% 罚款缴纳凭证\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        Screenshots.save(page, "credit-restoration-apply");
        page.locator("#restoration-submit").click();
        assertThat(page.locator("#receipt")).isVisible();
        String number = page.locator("#receipt-number").textContent().strip();
        String code = page.locator("#receipt-code").textContent().strip();
        assertThat(page.locator("#restoration-status")).hasText(ZH.get("credit.restoration.status.SUBMITTED"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/public/credit/restoration/receipt$")); // a GET page
        page.reload(); // the receipt again, no second application
        assertThat(page.locator("#receipt-number")).hasText(number);

        LoginPage.signIn(page, "licheng.officer");
        Menu.go(page, "/credit/restorations");
        assertThat(page.locator("main h1")).hasText(ZH.get("credit.restoration.office.title"));
        page.locator("#restoration-list a", new Page.LocatorOptions().setHasText(number)).click();
        assertThat(page.locator("#accept-due")).isVisible();
        assertThat(page.locator("a[href*='/papers/']")).hasText("罚款缴纳凭证.pdf");
        page.locator("#action-ACCEPT").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("credit.restoration.notice.ACCEPT"));
        assertThat(page.locator("#restoration-status")).hasText(ZH.get("credit.restoration.status.ACCEPTED"));
        assertThat(page.locator("#decide-due")).isVisible();
        Screenshots.save(page, "credit-restoration-accepted");
        page.locator("#action-RESTORE").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("credit.restoration.notice.RESTORE"));
        assertThat(page.locator("#restoration-status")).hasText(ZH.get("credit.restoration.status.RESTORED"));
        assertThat(page.locator("#restoration-actions button")).hasCount(0);

        // the record, reached from the entity page
        page.navigate("/entities/" + entity);
        page.locator("#entity-credit-record").click();
        assertThat(page).hasURL(Pattern.compile("/credit/entities/" + entity + "$"));
        assertThat(page.locator("#fact-" + factId + " .shown")).containsText("已停止公示");
        assertThat(page.locator("#fact-" + factId)).containsText(number);
        assertThat(page.locator("#credit-record tr[data-kind=RESTORED]")).containsText(number);
        Screenshots.save(page, "credit-record");

        // the applicant follows it, on a phone
        page.context().clearCookies();
        page.setViewportSize(390, 844);
        page.navigate("/public/credit/restoration/track");
        page.locator("#number").fill(number);
        page.locator("#code").fill(code);
        page.locator("#track-submit").click();
        assertThat(page.locator("#restoration-status")).hasText(ZH.get("credit.restoration.status.RESTORED"));
        Object wide = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(390);
        org.assertj.core.api.Assertions.assertThat(errors.messages()).isEmpty();
    }
}
