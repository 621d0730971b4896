package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * 张 (licheng.officer), journeys.md, from the demo as the run command leaves it: the 12315 tip about fake 汾酒 at
 * 黎城县惠民百货超市 waits as a clue with its 15-working-day clock; she opens a case from it with the 当事人 picked from
 * the directory and the goods seen on site, starts the investigation, records the 扣押 with its 清单, downloads the
 * 扣押决定书 and 扣押财物清单 and reads them, sees the 案值 pass 5万元 (the discs seen on site and in the 清单 counted
 * once), records the 非法经营数额 the 清单 establishes, gets the prompt to transfer, and proposes the transfer with a
 * 罪名 chosen from the catalogue; the 移送书 names it with its article.
 */
@BrowserTest
class OfficerJourneyTest {

    private static final Messages CASES = Messages.zh("cases");
    private static final Messages TRANSFERS = Messages.zh("transfers");
    private static final Pattern CASE_URL = Pattern.compile("/cases/(\\d+)$");

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theTipBecomesACaseTheSeizureItsDocumentsAndTheTransferWithACharge(Page page, ConsoleErrors errors)
            throws Exception {
        LoginPage.signIn(page, "licheng.officer");
        Menu.go(page, "/cases");
        page.locator("main a[href='/clues']").first().click();
        Locator clueRow = page.locator("#clue-list tr", new Page.LocatorOptions().setHasText("黎城县惠民百货超市"));
        assertThat(clueRow).hasCount(1);
        assertThat(clueRow).containsText(CASES.get("clue.source.COMPLAINT"));
        assertThat(clueRow.locator("td[id^=clue-due-]")).containsText("还剩");
        clueRow.locator("a").first().click();
        assertThat(page.locator("#clue-status")).hasText(CASES.get("clue.status.VERIFYING"));
        assertThat(page.locator("#clue-clock")).containsText("工作日");
        Screenshots.save(page, "officer-journey-1-clue");

        // 立案 from the clue: the title and the facts come from the tip; the party is picked, the goods typed
        page.getByText(CASES.get("clue.action.open")).first().click();
        assertThat(page.locator("#title")).hasValue(Pattern.compile("黎城县惠民百货超市"));
        page.locator("#title").fill("黎城县惠民百货超市销售假冒“汾酒”案");
        page.locator("#category").selectOption("TRADEMARK");
        page.locator("#caseValue").fill("");
        Locator party = page.locator("#party-0-entity-search");
        party.fill("");
        party.pressSequentially("超市");
        assertThat(page.locator("#party-0-entity-search-options [role=option]").first()).isVisible();
        party.press("Enter");
        assertThat(page.locator("#party-0-entity")).hasValue(Pattern.compile("\\d+"));
        page.locator("#goods-0 input[name=goodsName]").fill("“汾酒”（假冒）");
        page.locator("#goods-0 input[name=goodsQuantity]").fill("24");
        page.locator("#goods-0 input[name=goodsUnit]").fill("瓶");
        page.locator("#goods-0 input[name=goodsValue]").fill("4800");
        // the two 承办人 (only holders of the enforcement role are offered): the officer himself is chosen already,
        // the second found with the officer picker by typing part of his name
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(1);
        String inspectorName = jdbc.sql("select display_name from app_user where username = 'licheng.inspector'")
                .query(String.class).single();
        page.locator("#officer-search").pressSequentially(inspectorName.substring(1));
        page.locator("#officer-search-options [role=option]", new Page.LocatorOptions()
                .setHasText(inspectorName)).click();
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(2);
        page.locator("#case-submit").click();
        assertThat(page).hasURL(CASE_URL);
        long caseId = id(page.url());
        assertThat(page.locator("#case-status")).hasText(CASES.get("case.status.REGISTERED"));
        assertThat(page.locator("#case-value")).hasText("¥4,800.00");
        page.getByText(CASES.get("case.action.investigate")).click();
        assertThat(page.locator("#case-status")).hasText(CASES.get("case.status.INVESTIGATING"));

        // 扣押 with its 清单: the 24 bottles seen on site, and the stock found in the back-yard store
        page.locator("#seize-form summary").click();
        Locator seize = page.locator("#seize-form form");
        seize.locator("select[name=measure]").selectOption("DETAIN");
        seize.locator("input[name=place]").fill("黎城县惠民百货超市后院仓库");
        Locator names = seize.locator("input[name=itemName]");
        Locator quantities = seize.locator("input[name=itemQuantity]");
        Locator units = seize.locator("input[name=itemUnit]");
        Locator values = seize.locator("input[name=itemValue]");
        names.nth(0).fill("“汾酒”（假冒）");
        quantities.nth(0).fill("24");
        units.nth(0).fill("瓶");
        values.nth(0).fill("4800");
        names.nth(1).fill("“汾酒”（假冒，仓库库存）");
        quantities.nth(1).fill("240");
        units.nth(1).fill("瓶");
        values.nth(1).fill("48000");
        Screenshots.save(page, "officer-journey-2-seizure-form");
        page.locator("#seize-submit").click();
        assertThat(page.locator("#seizure-record")).containsText("黎城县惠民百货超市后院仓库");
        assertThat(page.locator("#seizure-clock")).containsText("还剩");
        assertThat(page.locator("#seizure-total")).containsText("¥52,800.00");
        // 案值: the 24 bottles are in both lists and count once: 4,800 + 48,000, not 57,600
        assertThat(page.locator("#case-value")).hasText("¥52,800.00");
        assertThat(page.locator("#case-value-parts")).containsText("同一物品只计一次");
        String decisionNumber = page.locator("#seizure-record .fw-semibold").innerText()
                .replaceAll(".*?(\\S+强〔\\d{4}〕\\d+号).*", "$1");
        assertThat(decisionNumber).matches("\\S+强〔\\d{4}〕\\d+号");

        // the documents the seizure has: decision and 清单, no release decision before the release
        assertThat(page.locator("#seizure-document-RELEASE")).hasCount(0);
        String decision = docx(page, "#seizure-document-DECISION");
        assertThat(decision).contains("扣押决定书", decisionNumber, "黎城县惠民百货超市后院仓库", "“汾酒”（假冒） 24瓶",
                "《中华人民共和国行政强制法》第九条、第二十二条、第二十三条和《中华人民共和国商标法》第六十二条",
                "扣押期限为30日", "六十日内依法申请行政复议");
        String list = docx(page, "#seizure-document-LIST");
        assertThat(list).contains("扣押财物清单", decisionNumber, "“汾酒”（假冒，仓库库存）", "48,000.00", "合计",
                "52,800.00", "一式二份");
        Screenshots.save(page, "officer-journey-3-seized");

        // the 清单 establishes the value of the infringing goods: the 非法经营数额 (法释〔2004〕19号 第十二条)
        page.locator("#case-edit").click();
        assertThat(page.locator("#caseValue")).hasValue("");
        page.locator("#illegalBusinessAmount").fill("52800");
        page.locator("#case-submit").click();
        assertThat(page).hasURL(CASE_URL);
        assertThat(page.locator("#case-value")).hasText("¥52,800.00");
        assertThat(page.locator("#threshold-prompt")).hasText(TRANSFERS.get("threshold.prompt",
                "假冒注册商标罪、销售假冒注册商标的商品罪"));

        // the transfer: the 罪名 chosen from the catalogue (a shop sells, it did not make the marks: 第二百一十四条)
        page.locator("#propose-transfer").click();
        assertThat(page.locator("#charge-search")).hasValue("假冒注册商标罪");
        page.locator("#charge-search").fill("");
        page.locator("#charge-search").pressSequentially("214");
        Locator option = page.locator("#charge-search-options [role=option]").first();
        assertThat(option).containsText("销售假冒注册商标的商品罪");
        assertThat(option).containsText("第二百一十四条");
        option.click();
        assertThat(page.locator("#charge")).hasValue("SELLING_COUNTERFEIT_TRADEMARK_GOODS");
        page.locator("#reason").fill("扣押清单查明侵权商品价值52,800元，超过销售假冒注册商标的商品罪5万元追诉标准。");
        Screenshots.save(page, "officer-journey-4-transfer-form");
        page.locator("#propose-submit").click();
        assertThat(page).hasURL(Pattern.compile("/transfers/\\d+$"));
        assertThat(page.locator("#transfer-status")).hasText(TRANSFERS.get("transfer.status.PROPOSED"));
        assertThat(page.locator("#transfer-charge")).containsText("销售假冒注册商标的商品罪");
        assertThat(page.locator("#transfer-charge-article")).hasText("《中华人民共和国刑法》第二百一十四条");
        assertThat(page.locator("#transfer-clock")).containsText(TRANSFERS.get("transfer.clock.HEAD_DECISION"));
        String letter = docx(page, "#transfer-letter");
        assertThat(letter).contains("涉嫌犯罪案件移送书",
                "涉嫌罪名：销售假冒注册商标的商品罪（《中华人民共和国刑法》第二百一十四条）",
                "涉嫌构成销售假冒注册商标的商品罪", "案值52,800.00元");
        Screenshots.save(page, "officer-journey-5-transfer");

        page.navigate("/cases/" + caseId);
        assertThat(page.locator("#transfer-panel")).containsText(TRANSFERS.get("transfer.status.PROPOSED"));
        assertThat(errors.messages()).isEmpty();
    }

    /** Clicks a download link and reads the DOCX's text. */
    static String docx(Page page, String selector) throws Exception {
        Download download = page.waitForDownload(() -> page.locator(selector).click());
        byte[] bytes = Files.readAllBytes(download.path());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }

    private static long id(String url) {
        Matcher m = CASE_URL.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1));
    }
}
