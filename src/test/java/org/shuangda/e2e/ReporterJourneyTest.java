package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.ApiTokens;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 李 the reporter's day (journeys.md): the home page shows the demo's open city-wide round and the county's round
 * with their deadlines in working days; 李 opens the form, sees the figures the platform derives from the
 * unit's case records offered beside the fields and takes one, is stopped by a blocking rule, fixes it, submits;
 * the county office returns it; the home page then says "已退回：reason" with one click to the form, and the round
 * list's 状态 shows 已退回 with the reason. The round 李 fills in is opened by the office through the API, so that
 * the demo's own open round stays as the demo left it (其他 journeys start from it).
 */
@BrowserTest
class ReporterJourneyTest {

    private static final Messages ZH = Messages.zh("reporting");
    private static final String REGION = "140426";
    private static final String DEMO_OPEN_ROUND = "全市第二次数据报送";
    private static final Pattern WORKING_DAYS_LEFT = Pattern.compile("截止\\d{1,2}月\\d{1,2}日（(还剩\\d+个工作日|今天截止)）");

    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    private long roundId;
    private String roundName;

    @BeforeEach
    void openRoundAsTheOffice() throws Exception {
        long office = jdbc.sql("select id from app_user where username = 'licheng.office'").query(Long.class).single();
        String token = tokens.issue(Actor.system("ReporterJourneyTest"), office, "reporter journey " + System.nanoTime());
        RoundApiClient api = new RoundApiClient("http://localhost:"
                + environment.getRequiredProperty("local.server.port"), token);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long campaignId = api.currentCampaign(REGION, today).get("id").asLong();
        JsonNode template = api.template("SHUANGDA_BASIC");
        roundName = "李的月报" + System.nanoTime() % 1_000_000;
        // from the start of the year: the 工商局's demo cases fall in the period, so figures are derived from them
        roundId = api.openRound(campaignId, template.get("id").asLong(), REGION, roundName,
                today.withDayOfYear(1), today);
    }

    @Test
    void liSeesHisRoundsOnTheHomePageFillsInIsStoppedFixesSubmitsAndSeesTheReturnOnTheHomePage(Page page,
            ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.reporter");

        // the home page: the demo's open city-wide round and the county's new one, each with its deadline
        Locator todos = page.locator("#home-todos");
        Locator demoRound = todos.locator("li", new Locator.LocatorOptions().setHasText(DEMO_OPEN_ROUND));
        assertThat(demoRound).hasCount(1);
        assertThat(demoRound).containsText(WORKING_DAYS_LEFT);
        assertThat(demoRound.locator(".todo-state")).hasText(ZH.get("reporting.status.MISSING"));
        Locator mine = todos.locator("li", new Locator.LocatorOptions().setHasText(roundName));
        assertThat(mine).containsText(WORKING_DAYS_LEFT);
        assertThat(page.locator("#workbench-reporting")).isVisible();
        Screenshots.save(page, "reporter-home");

        // one click to the round in the list, one to its form
        mine.locator("a").first().click();
        assertThat(page).hasURL(Pattern.compile("/reporting#round-" + roundId + "$"));
        page.locator("#fill-" + roundId).click();
        assertThat(page).hasURL(Pattern.compile("/reporting/submissions/\\d+$"));
        String form = page.url();
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.DRAFT"));

        // figures derived from the unit's case records are offered beside the fields; 李 takes 立案查处案件
        Locator offered = page.locator("[id^=records-cases_opened-]");
        assertThat(offered.first()).containsText("来自");
        page.locator("[id^=take-cases_opened-]").first().click();
        assertThat(page.locator("#notice")).containsText("已采用");
        String opened = page.locator("#v-cases_opened").inputValue();
        assertThat(Integer.parseInt(opened)).isPositive();

        // more transferred than opened: the rule blocks the submission, what was typed stays
        page.locator("#v-officers").fill("9");
        page.locator("#v-entities_checked").fill("40");
        page.locator("#v-transferred").fill(String.valueOf(Integer.parseInt(opened) + 1));
        page.locator("#submit").click();
        assertThat(page.locator("#form-errors")).isVisible();
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.DRAFT"));
        assertThat(page.locator("#v-transferred")).hasValue(String.valueOf(Integer.parseInt(opened) + 1));
        Screenshots.save(page, "reporter-rule-blocks");

        // fixed: submitted
        page.locator("#v-transferred").fill("0");
        page.locator("#submit").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.submitted"));
        assertThat(page.locator("#submission-status")).hasText(ZH.get("reporting.status.SUBMITTED"));

        // the county office returns it with a reason
        String reason = "检查经营主体户数与巡查台账不符，请核对";
        signInAs(page, "licheng.office");
        page.navigate("/reporting/rounds/" + roundId + "/review");
        long submission = Long.parseLong(form.replaceFirst(".*/", ""));
        page.locator("#return-reason-" + submission).fill(reason);
        page.locator("#return-" + submission).click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.returnedNotice"));

        // 李's home page says so, with the reason, and one click opens the form to correct it
        signInAs(page, "licheng.reporter");
        Locator returned = page.locator("#home-todos li", new Page.LocatorOptions().setHasText(roundName));
        assertThat(returned).containsText(ZH.get("reporting.mine.returned", reason));
        assertThat(returned.locator(".todo-state")).hasText(ZH.get("reporting.status.RETURNED"));
        Screenshots.save(page, "reporter-home-returned");
        returned.locator("a").first().click();
        assertThat(page).hasURL(form);
        assertThat(page.locator("#returned-reason")).containsText(reason);

        // and the round list's 状态 column shows 已退回 with the reason on hover
        page.navigate("/reporting");
        assertThat(page.locator("#returned-" + roundId)).hasText(ZH.get("reporting.status.RETURNED"));
        assertThat(page.locator("#returned-" + roundId)).hasAttribute("title", reason);

        assertThat(errors.messages()).isEmpty();
    }

    /** Signs the current user out (a fresh session) and signs in as another demo user. */
    private static void signInAs(Page page, String username) {
        page.context().clearCookies();
        LoginPage.signIn(page, username);
    }
}
