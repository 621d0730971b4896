package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 周, the sampler of 黎城县工商局, records a sample on a phone-sized page (390×844) and sends it; 山西省食品药品检验所
 * receives it and uploads a failing report; the bureau serves the notice; the business asks for a re-test, which the
 * bureau accepts, and the re-test lab is drawn at random (never the first lab); the drawn lab receives the backup and
 * reports, the failure is final, and the public page shows the result without signing in.
 */
@BrowserTest
class SamplingJourneyTest {

    static final int PHONE_WIDTH = 390;

    @Autowired JdbcClient jdbc;

    @Test
    void aSampleFromThePhoneToThePublicPage(Page page, ConsoleErrors errors) throws Exception {
        String product = "散装大米" + System.nanoTime() % 1_000_000;
        Path report = Files.createTempFile("report", ".pdf");
        Files.write(report, "%PDF-1.4\n% journey report\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // the sampler, on a phone
        page.setViewportSize(PHONE_WIDTH, 844);
        LoginPage.signIn(page, "licheng.officer");
        Menu.go(page, "/sampling/samples");
        page.locator("#new-sample").click();
        assertThat(page.locator("#sample-form")).isVisible();
        page.locator("#category").selectOption("粮食加工品");
        page.locator("#entityName").fill("黎城县城关王记粮油经营部");
        page.locator("#entityAddress").fill("黎城县城关镇东街12号");
        page.locator("#place").fill("店内货架");
        page.locator("[id^=sampler-]:not(:checked)").first().check();
        page.locator("#seals").fill("黎工商封0901");
        page.locator("#productName").fill(product);
        page.locator("#batchNo").fill("20261120");
        page.locator("#quantity").fill("2袋（每袋2.5kg）");
        page.locator("#pricePaid").fill("28.00");
        page.locator("#producerName").fill("长治市某米业有限公司");
        page.locator("#testPortion").fill("1袋，封样");
        page.locator("#backupPortion").fill("1袋，单独封样");
        page.locator("#backupLocation").fill("山西省食品药品检验所样品室");
        page.locator("#labId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("山西省食品药品检验所"));
        // nothing wider than the phone
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
        Screenshots.saveFullPage(page, "sampling-phone-form");
        page.locator("#save-sample").click();
        assertThat(page).hasURL(Pattern.compile("/sampling/samples/\\d+$"));
        assertThat(page.locator("#sample-state")).hasText("已抽样");
        String url = page.url();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        page.locator("#do-SEND").click();
        assertThat(page.locator("#sample-state")).hasText("已送样");

        // the lab receives it and uploads a failing report
        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        LoginPage.signIn(page, "lab.food");
        page.navigate("/sampling/samples/" + id);
        page.locator("#do-RECEIVE").click();
        assertThat(page.locator("#sample-state")).hasText("检验中");
        page.locator("#result-fail-true").check();
        page.locator("#failedItems-true").fill("镉（以Cd计）");
        page.locator("#reportNo-true").fill("晋食检〔2026〕第0901号");
        page.locator("#reportFile-true").setInputFiles(report);
        page.locator("#do-REPORT").click();
        assertThat(page.locator("#sample-state")).hasText("不合格待送达");

        // the bureau serves the notice; the business asks for a re-test; the lab is drawn at random
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/sampling/samples/" + id);
        assertThat(page.locator("#notice-docx")).isVisible();
        page.locator("#acknowledgedBy").fill("王建军");
        page.locator("#do-NOTIFY").click();
        assertThat(page.locator("#sample-state")).hasText("已送达（复检申请期）");
        page.locator("#reason").fill("对镉的检验结论有异议");
        page.locator("#do-REQUEST_RETEST").click();
        assertThat(page.locator("#sample-state")).hasText("复检申请待受理");
        page.locator("#do-ACCEPT_RETEST").click();
        page.locator("#entropy").fill("1415 9265 3589 7932 3846");
        page.locator("#entropySource").fill("复检机构抽取现场摇号");
        page.locator("#do-DRAW_RETEST_LAB").click();
        assertThat(page.locator("#sample-state")).hasText("复检机构已确定");
        assertThat(page.locator("#draws")).containsText("抽中");
        assertThat(page.locator("#draws")).containsText("初检机构");
        Screenshots.save(page, "sampling-retest-drawn");
        String drawnUser = jdbc.sql("""
                        select u.username from sampling_sample s join sampling_lab l on l.id = s.retest_lab_id
                          join app_user u on u.unit_id = l.unit_id where s.id = :id order by u.id limit 1""")
                .param("id", id).query(String.class).single();
        assertThat(drawnUser).isNotEqualTo("lab.food");

        // the drawn lab receives the backup and reports: final
        page.context().clearCookies();
        LoginPage.signIn(page, drawnUser);
        page.navigate("/sampling/samples/" + id);
        page.locator("#do-RECEIVE_RETEST").click();
        page.locator("#result-fail-false").check();
        page.locator("#failedItems-false").fill("镉（以Cd计）");
        page.locator("#reportNo-false").fill("复检〔2026〕第0015号");
        page.locator("#reportFile-false").setInputFiles(report);
        page.locator("#do-REPORT_RETEST").click();
        assertThat(page.locator("#sample-state")).hasText("不合格（最终）");

        // the public page shows it without signing in, failures first
        page.context().clearCookies();
        page.navigate("/public/sampling");
        assertThat(page.locator("#public-sample-" + id)).containsText(product);
        assertThat(page.locator("#public-sample-" + id)).containsText("镉（以Cd计）");
        assertThat(page.locator("#public-sample-" + id)).containsText("黎城县城关王记粮油经营部");
        assertThat(page.locator("#public-sampling")).not().containsText("王建军");
        Screenshots.save(page, "sampling-public");
        assertThat(errors.messages()).isEmpty();
    }
}
