package org.shuangda.e2e;

import org.shuangda.shared.Actor;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A round of the current 黎城县 campaign, opened through the API by the county office: the 工商局's reporter
 * fills the form, is stopped by a rule, submits; the office returns it with a reason; the reporter reads the
 * reason, corrects a figure and resubmits; the office accepts it and the campaign's dashboard total grows by
 * exactly the accepted figure.
 */
@BrowserTest
class ReportingJourneyTest {

    private static final Messages ZH = Messages.zh("reporting");
    private static final String REGION = "140426";
    private static final Pattern SUBMISSION_URL = Pattern.compile("/reporting/submissions/(\\d+)$");

    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    private long campaignId;
    private long roundId;
    private JsonNode transferRule;
    private String officersName;

    @BeforeEach
    void openRoundAsTheOffice() throws Exception {
        long office = jdbc.sql("select id from app_user where username = 'licheng.office'").query(Long.class).single();
        String token = tokens.issue(Actor.system("ReportingJourneyTest"), office, "reporting journey " + System.nanoTime());
        RoundApiClient api = new RoundApiClient("http://localhost:"
                + environment.getRequiredProperty("local.server.port"), token);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        campaignId = api.currentCampaign(REGION, today).get("id").asLong();
        JsonNode template = api.template("SHUANGDA_BASIC");
        transferRule = java.util.stream.StreamSupport.stream(template.get("rules").spliterator(), false)
                .filter(r -> r.get("code").asString().equals("transfer_le_opened")).findFirst().orElseThrow();
        officersName = java.util.stream.StreamSupport.stream(template.get("indicators").spliterator(), false)
                .filter(i -> i.get("code").asString().equals("officers")).findFirst().orElseThrow()
                .get("name").asString();
        roundId = api.openRound(campaignId, template.get("id").asLong(), REGION,
                "浏览器测试报送" + System.nanoTime() % 1_000_000, today);
    }

    @Test
    void reporterSubmitsOfficeReturnsReporterFixesOfficeAcceptsAndTheDashboardAddsItUp(Page page,
            ConsoleErrors errors) {
        // the office notes the campaign's total before anything of this round is accepted
        LoginPage.signIn(page, "licheng.office");
        BigDecimal totalBefore = officersTotal(page);

        // the reporter opens the round's form from the list of rounds
        signInAs(page, "licheng.reporter");
        page.navigate("/reporting");
        page.locator("#fill-" + roundId).click();
        assertThat(page).hasURL(SUBMISSION_URL);
        long submission = submissionId(page);
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.DRAFT"));

        // more cases transferred to the police than opened: the rule stops the submission
        page.locator("#v-officers").fill("12");
        page.locator("#v-entities_checked").fill("30");
        page.locator("#v-cases_opened").fill("2");
        page.locator("#v-transferred").fill("3");
        // 收缴查扣物品 by category: the total is their sum, shown as they are typed, and not typed itself
        page.locator("#b-items_seized-1").fill("4");
        page.locator("#b-items_seized-6").fill("3");
        assertThat(page.locator("#v-items_seized")).hasValue("7");
        assertThat(page.locator("#v-items_seized")).not().isEditable();
        page.locator("#submit").click();
        assertThat(page.locator("#form-errors")).containsText(ZH.get("reporting.rule.broken",
                transferRule.get("messageZh").asString(), "移送公安 3 件大于立案查处案件 2 件"));
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.DRAFT"));
        assertThat(page.locator("#notice")).hasCount(0);
        assertThat(page.locator("#v-transferred")).hasValue("3"); // what was typed is kept for correcting
        assertThat(page.locator("#b-items_seized-6")).hasValue("3");
        assertThat(page.locator("#v-items_seized")).hasValue("7");
        Screenshots.save(page, "reporting-rule-blocks");

        page.locator("#v-transferred").fill("1");
        page.locator("#submit").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.submitted"));
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.SUBMITTED"));
        assertThat(page.locator("#form-errors")).hasCount(0);

        // the office returns it with a reason
        String reason = "出动执法人员数与工作台账不符,请核对";
        signInAs(page, "licheng.office");
        page.navigate("/reporting");
        page.locator("#review-" + roundId).click();
        assertThat(page.locator("#submission-" + submission)).containsText(ZH.get("reporting.status.SUBMITTED"));
        page.locator("#return-reason-" + submission).fill(reason);
        page.locator("#return-" + submission).click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.returnedNotice"));
        assertThat(page.locator("#submission-" + submission)).containsText(ZH.get("reporting.status.RETURNED"));

        // the reporter sees the reason, corrects the figure and submits again
        signInAs(page, "licheng.reporter");
        page.navigate("/reporting");
        page.locator("#fill-" + roundId).click();
        assertThat(page).hasURL(Pattern.compile("/reporting/submissions/" + submission + "$"));
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.RETURNED"));
        assertThat(page.locator("#returned-reason")).containsText(reason);
        assertThat(page.locator("#v-officers")).hasValue("12");
        page.locator("#v-officers").fill("15");
        page.locator("#submit").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.submitted"));
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.SUBMITTED"));
        assertThat(page.locator("#returned-reason")).hasCount(0);

        // the office accepts, and the campaign's total of 出动执法人员 now includes the 15
        signInAs(page, "licheng.office");
        page.navigate("/reporting/rounds/" + roundId + "/review");
        page.locator("#accept-" + submission).click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.acceptedNotice"));
        assertThat(page.locator("#submission-" + submission)).containsText(ZH.get("reporting.status.ACCEPTED"));
        BigDecimal totalAfter = officersTotal(page);
        assertThat(totalAfter).isEqualByComparingTo(totalBefore.add(new BigDecimal("15")));
        for (String chart : new String[] {"#chart-bars", "#chart-completeness", "#chart-trend"}) {
            assertThat(page.locator(chart)).hasAttribute("data-rendered", "true");
            assertThat(page.locator(chart + " canvas")).hasCount(1);
        }
        Screenshots.save(page, "reporting-dashboard-after-accept");
        Screenshots.saveFullPage(page, "reporting-dashboard-after-accept");

        assertThat(errors.messages()).isEmpty();
    }

    /** The campaign dashboard's 合计 of 出动执法人员, as the table under the charts shows it. */
    private BigDecimal officersTotal(Page page) {
        page.navigate("/reporting/dashboard?campaign=" + campaignId + "&indicator=officers&animation=0");
        assertThat(page.locator("#rollup-lines thead th").nth(1)).containsText(officersName);
        assertThat(page.locator("#chart-bars")).hasAttribute("data-rendered", "true");
        String text = page.locator("#rollup-total td").nth(1).innerText().strip();
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text.replace(",", ""));
    }

    /** Signs the current user out (a fresh session) and signs in as another demo user. */
    private static void signInAs(Page page, String username) {
        page.context().clearCookies();
        LoginPage.signIn(page, username);
    }

    private static long submissionId(Page page) {
        Matcher m = SUBMISSION_URL.matcher(page.url());
        assertThat(m.find()).as(page.url()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
