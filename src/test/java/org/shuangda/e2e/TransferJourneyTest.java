package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 两法衔接 in the browser: a 黎城县 officer opens a case over the threshold, reads the prompt and proposes the
 * transfer; the 工商局's head approves; the officer attaches the investigation report and hands the
 * package over; the county police accept it; the prosecutor sees it accepted, and sees another case over the
 * threshold (the demo's fake seeds) in the list of cases never transferred.
 */
@BrowserTest
class TransferJourneyTest {

    private static final Messages ZH = Messages.zh("transfers");
    private static final Pattern TRANSFER_URL = Pattern.compile("/transfers/(\\d+)$");

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private long caseId;
    private String caseNumber;

    /** The officer's case, registered through the cases service as the officer (the 立案 form is the cases code's). */
    @BeforeEach
    void aCaseOverTheThreshold() {
        register((Actor) users.loadUserByUsername("licheng.officer"));
    }

    private void register(Actor officer) {
        List<Long> officers = jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.inspector')")
                .query(Long.class).list();
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id desc limit 1")
                .query(Long.class).single();
        var kase = cases.register(officer, new CaseDraft(null, "浏览器测试：销售假冒注册商标电动车配件案" + System.nanoTime() % 100000,
                CaseCategory.TRADEMARK, "汽车配件", "经查，当事人销售假冒注册商标电动车控制器320个。", new BigDecimal("96000"),
                new BigDecimal("24000"), new BigDecimal("96000"), List.of(PartyInput.entity(entity)),
                List.of(new SeizedGoods("电动车控制器（假冒）", new BigDecimal("320"), "个", new BigDecimal("96000"))),
                officers, null));
        lifecycle.startInvestigation(officer, kase.id());
        caseId = kase.id();
        caseNumber = kase.number();
    }

    @Test
    void officerTransfersHeadApprovesPoliceAcceptProsecutorSeesItAndTheMissedTransfer(Page page,
            ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/cases/" + caseId);
        assertThat(page.locator("#threshold-prompt")).hasText(ZH.get("threshold.prompt",
                "假冒注册商标罪、销售假冒注册商标的商品罪"));
        Screenshots.save(page, "transfer-case-prompt");
        page.locator("#propose-transfer").click();
        // the first charge the thresholds name is chosen from the catalogue, with its article
        assertThat(page.locator("#charge")).hasValue("COUNTERFEIT_TRADEMARK");
        assertThat(page.locator("#charge-search")).hasValue("假冒注册商标罪");
        page.locator("#reason").fill("非法经营数额96,000元，超过假冒注册商标罪5万元追诉标准。");
        page.locator("#propose-submit").click();
        assertThat(page).hasURL(TRANSFER_URL);
        long transfer = transferId(page);
        assertThat(page.locator("#notice")).hasText(ZH.get("transfer.proposed"));
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.PROPOSED"));
        assertThat(page.locator("#transfer-actions")).hasCount(0); // the officer is not the head

        signInAs(page, "licheng.head");
        page.navigate("/transfers/" + transfer);
        page.locator("#note-APPROVE").fill("同意移送");
        page.locator("#act-APPROVE").click();
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.APPROVED"));
        assertThat(page.locator("#transfer-clock")).containsText(ZH.get("transfer.clock.HANDOVER"));

        signInAs(page, "licheng.officer");
        page.navigate("/transfers/" + transfer);
        page.locator("#act-HAND_OVER").click(); // no investigation report yet: refused, nothing changed
        assertThat(page.locator("#form-errors")).containsText(ZH.get("transfer.refused.packageIncomplete"));
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.APPROVED"));
        page.locator("#document-file").setInputFiles(new FilePayload("涉嫌犯罪案件调查报告.pdf", "application/pdf",
                "%PDF-1.4\n% 调查报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("#document-upload").click();
        assertThat(page.locator("#package-state")).hasText(ZH.get("transfer.package.complete"));
        page.locator("#act-HAND_OVER").click();
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.HANDED_OVER"));
        assertThat(page.locator("#transfer-clock")).containsText(ZH.get("transfer.clock.ACCEPTANCE"));

        signInAs(page, "licheng.police");
        page.navigate("/transfers");
        page.locator("#transfer-" + transfer + " a").first().click();
        assertThat(page).hasURL(Pattern.compile("/transfers/" + transfer + "$"));
        page.locator("#act-ACCEPT").click();
        assertThat(page.locator("#transfer-status")).hasText(ZH.get("transfer.status.ACCEPTED"));
        assertThat(page.locator("#transfer-clock")).containsText(ZH.get("transfer.clock.FILING"));
        Screenshots.save(page, "transfer-accepted-by-police");

        signInAs(page, "licheng.prosecutor");
        page.navigate("/oversight");
        assertThat(page.locator("#oversight-transfers #transfer-" + transfer)).containsText(
                ZH.get("transfer.status.ACCEPTED"));
        assertThat(page.locator("#oversight-transfers #transfer-" + transfer)).containsText(caseNumber);
        assertThat(page.locator("#missed-list")).containsText("销售伪劣玉米种子案");
        assertThat(page.locator("#missed-list")).not().containsText(caseNumber);
        Screenshots.save(page, "transfer-oversight");

        assertThat(jdbc.sql("select status from enforcement_case where id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("TRANSFERRED");
        assertThat(errors.messages()).isEmpty();
    }

    private static void signInAs(Page page, String username) {
        page.context().clearCookies();
        LoginPage.signIn(page, username);
    }

    private static long transferId(Page page) {
        Matcher m = TRANSFER_URL.matcher(page.url());
        assertThat(m.find()).as(page.url()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
