package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.ApiTokens;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 采用 and 全部采用 on the submission form work in place: the figures from the unit's case records fill their
 * fields, the derived 结案率 is recomputed, what the reporter typed elsewhere stays, the draft is saved — and the
 * page is not reloaded (a marker set in the page's window survives). The round is opened by the office through
 * the API (from the start of the year, so the 工商局's demo cases fall in it), leaving the demo's rounds alone.
 */
@BrowserTest
class TakeFiguresBrowserTest {

    private static final String REGION = "140426";

    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    private long roundId;

    @BeforeEach
    void openRoundAsTheOffice() throws Exception {
        long office = jdbc.sql("select id from app_user where username = 'licheng.office'").query(Long.class).single();
        String token = tokens.issue(Actor.system("TakeFiguresBrowserTest"), office, "take figures " + System.nanoTime());
        RoundApiClient api = new RoundApiClient("http://localhost:"
                + environment.getRequiredProperty("local.server.port"), token);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long campaignId = api.currentCampaign(REGION, today).get("id").asLong();
        roundId = api.openRound(campaignId, api.template("SHUANGDA_BASIC").get("id").asLong(), REGION,
                "采用测试" + System.nanoTime() % 1_000_000, today.withDayOfYear(1), today);
    }

    @Test
    void takeAllAndASingleTakeFillTheFiguresInPlaceKeepWhatWasTypedAndSaveTheDraft(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.reporter");
        page.navigate("/reporting");
        page.locator("#fill-" + roundId).click();
        assertThat(page).hasURL(Pattern.compile("/reporting/submissions/\\d+$"));
        String form = page.url();
        long submission = Long.parseLong(form.replaceFirst(".*/", ""));

        // what the records offer, per indicator (the first offer of each)
        Map<String, String> offered = new LinkedHashMap<>();
        Locator offers = page.locator("[data-offer-of]");
        for (int i = 0; i < offers.count(); i++) {
            offered.putIfAbsent(offers.nth(i).getAttribute("data-offer-of"), offers.nth(i).getAttribute("data-offer-value"));
        }
        assertThat(offered).containsKeys("cases_opened", "cases_closed");
        assertThat(new BigDecimal(offered.get("cases_opened"))).isPositive();
        assertThat(page.locator("#v-closure_rate")).hasText("—");

        // 李 types a figure the records do not know (查扣物品; 宣传资料 and 抽检批次 come from publicity and sampling), and a wrong 立案 count; then 全部采用
        page.locator("#v-items_seized").fill("12");
        page.locator("#v-cases_opened").fill("999");
        page.evaluate("() => { window.notReloaded = 'still here'; }");
        Locator takeAll = page.locator("#take-all");
        assertThat(takeAll).isVisible();
        takeAll.click();

        assertThat(page.locator("#notice")).containsText("已采用");
        assertThat(page.locator("#notice")).containsText("保存为草稿");
        assertThat(page.locator("#v-cases_opened")).hasValue(offered.get("cases_opened"));
        assertThat(page.locator("#v-cases_closed")).hasValue(offered.get("cases_closed"));
        assertThat(page.locator("#v-items_seized")).hasValue("12");
        assertThat(page.locator("#take-all")).hasCount(0);  // nothing left that differs
        assertThat(page.evaluate("() => window.notReloaded")).isEqualTo("still here");
        assertThat(page).hasURL(form);
        // the derived 结案率 is filled in from the figures taken
        BigDecimal rate = new BigDecimal(offered.get("cases_closed")).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(offered.get("cases_opened")), 2, RoundingMode.HALF_UP);
        assertThat(page.locator("#v-closure_rate")).not().hasText("—");
        assertThat(new BigDecimal(page.locator("#v-closure_rate").textContent().strip()).subtract(rate).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
        // and the draft was saved with both the figures taken and those typed
        assertThat(saved(submission, "cases_opened")).isEqualByComparingTo(offered.get("cases_opened"));
        assertThat(saved(submission, "items_seized")).isEqualByComparingTo("12");

        // a single 采用, the same way: 李 changes 立案 again, types another figure, takes the records' 立案 only
        page.locator("#v-cases_opened").fill("998");
        page.locator("#save-draft").click();  // an ordinary save (a reload): the 采用 button appears
        assertThat(page.locator("#notice")).hasText(Messages.zh("reporting").get("reporting.page.saved"));
        page.locator("#v-entities_checked").fill("45");
        page.evaluate("() => { window.notReloaded = 'still here'; }");
        page.locator("[id^=take-cases_opened-]").first().click();
        assertThat(page.locator("#notice")).containsText("已采用");
        assertThat(page.locator("#v-cases_opened")).hasValue(offered.get("cases_opened"));
        assertThat(page.locator("#v-entities_checked")).hasValue("45");
        assertThat(page.locator("#v-items_seized")).hasValue("12");
        assertThat(page.evaluate("() => window.notReloaded")).isEqualTo("still here");
        assertThat(page.locator("#v-cases_opened")).isFocused();
        assertThat(saved(submission, "cases_opened")).isEqualByComparingTo(offered.get("cases_opened"));
        assertThat(saved(submission, "entities_checked")).isEqualByComparingTo("45");

        assertThat(errors.messages()).isEmpty();
    }

    private BigDecimal saved(long submission, String code) {
        return jdbc.sql("""
                select v.value from submission_value v join report_indicator i on i.id = v.indicator_id
                 where v.submission_id = :s and v.breakdown_key = 0 and i.code = :c""").param("s", submission).param("c", code)
                .query(BigDecimal.class).optional().orElse(null);
    }
}
