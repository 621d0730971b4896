package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cascading 省/市/县 region picker (issue 13) in a real browser, from the demo as the run command leaves it:
 * the city office opens a round and chooses 山西省 ▸ 长治市 ▸ 黎城县 (the round is the county's); a citizen on a
 * phone finds the public form's 发生地 already at 长治市, picks 黎城县 and the tip is 黎城县's.
 */
@BrowserTest
class RegionPickerJourneyTest {

    @Autowired JdbcClient jdbc;

    private static SelectOption label(String text) {
        return new SelectOption().setLabel(text);
    }

    @Test
    void theCityOfficeChoosesShanxiChangzhiLichengAndTheRoundIsLichengs(Page page, ConsoleErrors errors) {
        long campaign = jdbc.sql("select id from campaign where region_code = '140400' and status = 'ACTIVE' order by id limit 1")
                .query(Long.class).single();
        LoginPage.signIn(page, "changzhi.office");
        page.navigate("/reporting/rounds/new");
        // a blank form starts at the office's own region: 山西省 ▸ 长治市, no county yet
        assertThat(page.locator("#regionCode-province")).hasValue("140000");
        assertThat(page.locator("#regionCode-city")).hasValue("140400");
        assertThat(page.locator("#regionCode-county")).hasValue("");
        assertThat(page.locator("#regionCode")).hasValue("140400");
        assertThat(page.locator("#regionCode-chosen")).hasText("已选：山西省 长治市");
        // names, never codes
        assertThat(page.locator("#regionCode-county option[value='140426']")).hasText("黎城县");

        // back to nothing, then down the three levels
        page.locator("#regionCode-province").selectOption(label("请选择"));
        assertThat(page.locator("#regionCode-city")).hasCount(0);
        assertThat(page.locator("#regionCode")).hasValue("");
        page.locator("#regionCode-province").selectOption(label("山西省"));
        assertThat(page.locator("#regionCode")).hasValue("140000");
        page.locator("#regionCode-city").selectOption(label("长治市"));
        page.locator("#regionCode-county").selectOption(label("黎城县"));
        assertThat(page.locator("#regionCode")).hasValue("140426");
        assertThat(page.locator("#regionCode-chosen")).hasText("已选：山西省 长治市 黎城县");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String name = "区划选择器测试批次" + System.nanoTime() % 1_000_000;
        page.locator("#campaignId").selectOption(String.valueOf(campaign));
        page.locator("#name").fill(name);
        page.locator("#periodFrom").fill(today.minusDays(10).toString());
        page.locator("#periodTo").fill(today.toString());
        page.locator("#dueOn").fill(today.plusDays(7).toString());
        page.locator("#open-round").click();
        assertThat(page).hasURL(Pattern.compile("/reporting/rounds/\\d+/review$"));
        assertThat(jdbc.sql("select region_code from report_round where name = :n").param("n", name)
                .query(String.class).single()).isEqualTo("140426");
    }

    @Test
    void aCitizenOnAPhoneFindsChangzhiAlreadyChosenAndPicksLicheng(Page page, ConsoleErrors errors) {
        page.setViewportSize(CitizenJourneyTest.PHONE_WIDTH, 844);
        String target = "区划选择器手机测试商店" + System.nanoTime() % 1_000_000;
        page.navigate("/public/filings/new");
        // the configured start (shuangda.complaints.public.region-start, 140400): 长治市 chosen, its counties offered
        assertThat(page.locator("#regionCode-city")).hasValue("140400");
        assertThat(page.locator("#regionCode")).hasValue("140400");
        assertThat(page.locator("#regionCode-province")).hasCount(0);
        assertThat(page.locator("#regionCode-city option[value='140300']")).hasText("阳泉市");
        CitizenJourneyTest.fitsThePhone(page, "the public form with the region picker");
        // another city's bare 城区 shows its city
        page.locator("#regionCode-city").selectOption(label("阳泉市"));
        assertThat(page.locator("#regionCode-county option[value='140302']")).hasText("城区（阳泉市）");
        page.locator("#regionCode-city").selectOption(label("长治市"));
        page.locator("#regionCode-county").selectOption(label("黎城县"));
        assertThat(page.locator("#regionCode")).hasValue("140426");
        assertThat(page.locator("#regionCode-chosen")).hasText("已选：长治市 黎城县");
        double selectRight = page.locator("#regionCode-county").boundingBox().x
                + page.locator("#regionCode-county").boundingBox().width;
        assertThat(selectRight).as("the county list fits the phone").isLessThanOrEqualTo(CitizenJourneyTest.PHONE_WIDTH);
        CitizenJourneyTest.fitsThePhone(page, "the public form with a county chosen");
        Screenshots.save(page, "region-picker-phone");

        page.locator("#track").selectOption("REPORT");
        page.locator("#category").selectOption("COUNTERFEIT");
        page.locator("#targetName").fill(target);
        page.locator("#content").fill("该店销售假冒注册商标的白酒。");
        page.locator("#filerName").fill("程晓东");
        page.locator("#filerPhone").fill("13912345678");
        page.locator("#submit").click();
        assertThat(page).hasURL(Pattern.compile("/public/filings/receipt$"));
        assertThat(jdbc.sql("select region_code from filing where target_name = :t").param("t", target)
                .query(String.class).single()).isEqualTo("140426");
    }
}
