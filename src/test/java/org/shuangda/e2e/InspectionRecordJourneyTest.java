package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.ApiTokens;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 张, the 工商局's officer, records a 联合执法 with the county's 公安局 through the menu: his colleague and himself
 * by name, the police sending one officer; a first try with more officers than his unit has is refused in words and
 * saves nothing. Then 李, the unit's reporter, opens a round of today (opened by the office through the API, so the
 * demo's records of earlier days stay out of it) and finds 出动执法人员 and 联合执法 offered from the inspection
 * records: her unit's own officers × days, not the police's.
 */
@BrowserTest
class InspectionRecordJourneyTest {

    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    @Test
    void anOfficerRecordsAJointInspectionAndTheReporterIsOfferedTheFigures(Page page, ConsoleErrors errors)
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String officer = displayName("licheng.officer");
        String inspector = displayName("licheng.inspector");
        String title = "城关联合检查" + System.nanoTime() % 1_000_000;

        LoginPage.signIn(page, "licheng.officer");
        Menu.go(page, "/inspections/records");
        page.locator("#new-record").click();
        page.locator("#kind").selectOption("JOINT");
        page.locator("#title").fill(title);
        assertThat(page.locator("#startedOn")).hasValue(today.toString());
        choose(page, "#officer-search", officer);
        choose(page, "#officer-search", inspector);
        choose(page, "#joint-0-search", "黎城县公安局");
        page.locator("#joint-0-count").fill("1");
        page.locator("#areasRectified").fill("1");
        page.locator("#problems").fill("发现两户销售无厂名厂址的洗涤用品");

        Screenshots.saveFullPage(page, "inspection-record-form");

        // more officers a day than the 工商局 has: refused, in words, nothing saved
        long before = jdbc.sql("select count(*) from inspection_record").query(Long.class).single();
        page.locator("#leadOfficers").fill("999");
        page.locator("#save-record").click();
        assertThat(page.locator("#form-errors")).containsText("多于该单位在册人员");
        assertThat(page.locator("#form-errors")).containsText("黎城县工商行政管理局");
        assertThat(jdbc.sql("select count(*) from inspection_record").query(Long.class).single()).isEqualTo(before);

        // blank: the officers named; the chips and the joint row came back as sent
        page.locator("#leadOfficers").fill("");
        assertThat(page.locator("#officer-chips .picker-chip")).hasCount(2);
        assertThat(page.locator("#officer-chips")).containsText(inspector);
        assertThat(page.locator("#joint-0-search")).hasValue("黎城县公安局");
        assertThat(page.locator("#joint-0-count")).hasValue("1");
        page.locator("#save-record").click();
        assertThat(page).hasURL(Pattern.compile("/inspections/records/\\d+$"));
        assertThat(page.locator("#record-title")).hasText(title);
        assertThat(page.locator("#record-kind")).hasText("联合执法");
        assertThat(page.locator("#record-officers")).containsText(officer);
        assertThat(page.locator("#record-officers")).containsText(inspector);
        assertThat(page.locator("#record-units")).containsText("黎城县公安局");
        assertThat(page.locator("#record-officer-times")).hasText("3"); // (2 + 1) officers × 1 day
        Screenshots.save(page, "inspection-record");

        // 李 fills in a round of today: the records' figures are offered beside her fields
        long office = jdbc.sql("select id from app_user where username = 'licheng.office'").query(Long.class).single();
        String token = tokens.issue(Actor.system("InspectionRecordJourneyTest"), office, "records " + System.nanoTime());
        RoundApiClient api = new RoundApiClient("http://localhost:" + environment.getRequiredProperty("local.server.port"),
                token);
        long campaignId = api.currentCampaign("140426", today).get("id").asLong();
        long roundId = api.openRound(campaignId, api.template("SHUANGDA_BASIC").get("id").asLong(), "140426",
                "检查记录测试" + System.nanoTime() % 1_000_000, today, today);

        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.reporter");
        page.navigate("/reporting");
        page.locator("#fill-" + roundId).click();
        assertThat(page).hasURL(Pattern.compile("/reporting/submissions/\\d+$"));
        Locator officers = page.locator("[data-offer-of=officers]").filter(new Locator.FilterOptions().setHasText("执法检查记录"));
        assertThat(officers).hasCount(1);
        assertThat(officers).hasAttribute("data-offer-value", "2"); // her unit's 2 officers × 1 day, not the police's
        Locator joint = page.locator("[data-offer-of=joint_actions]").filter(new Locator.FilterOptions().setHasText("执法检查记录"));
        assertThat(joint).hasAttribute("data-offer-value", "1");
        assertThat(page.locator("[data-offer-of=areas_rectified]")).hasAttribute("data-offer-value", "1");
        page.locator("[id^=take-officers-]").first().click();
        assertThat(page.locator("#v-officers")).hasValue("2");
        Screenshots.save(page, "inspection-record-offered");

        // the refused form answered 422, as it should; nothing else went wrong in the console
        assertThat(errors.messages()).allMatch(m -> m.contains("status of 422") && m.contains("/inspections/records"));
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = :u").param("u", username)
                .query(String.class).single();
    }

    /** Types into a picker and clicks the option of that exact label. */
    private static void choose(Page page, String input, String label) {
        Locator search = page.locator(input);
        search.fill("");
        search.pressSequentially(label.substring(0, Math.min(2, label.length())));
        page.locator(input + "-options .picker-label").getByText(label, new Locator.GetByTextOptions().setExact(true))
                .click();
    }
}
