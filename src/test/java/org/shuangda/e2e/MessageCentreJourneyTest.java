package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.support.DemoUsers;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * 催报 end to end: the 黎城县 office reminds the late units of a round from its review page and reads whom it
 * reached; the 工商局's reporter signs in, sees the unread badge, finds the message in the message centre and
 * opens it; the office then sees on its sent page that the reporter read it (and the officer not yet).
 */
@BrowserTest
class MessageCentreJourneyTest {

    @Autowired JdbcClient jdbc;
    @Autowired Campaigns campaigns;
    @Autowired UserDetailsService userDetails;
    @Autowired ObjectMapper json;

    private long round;
    private String roundName;

    @BeforeEach
    void openRound() {
        for (String p : List.of("REPORT_REVIEW", "CAMPAIGN_VIEW")) {
            jdbc.sql("""
                    update role set permissions = array_append(permissions, :p)
                     where code = 'LEADING_GROUP_OFFICE' and not (:p = any(permissions))""").param("p", p).update();
        }
        Actor office = new DemoUsers(userDetails).actor("licheng.office");
        long campaign = campaigns.create(office, json.readValue("""
                {"title":"催报浏览器测试专项行动","regionCode":"140426","startsOn":"2030-01-01","endsOn":"2030-06-30"}""",
                Campaign.class)).id();
        campaigns.take(office, campaign, CampaignAction.ACTIVATE);
        roundName = "浏览器催报" + System.nanoTime() % 1_000_000_000L;
        round = jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                          due_on, on_time_until, locks_after)
                select :c, id, '140426', 1, :name, '2030-03-01', '2030-03-08', '2030-03-11', '2030-03-11 23:59:59',
                       '2030-12-31' from report_template where code = 'SHUANGDA_BASIC' returning id""")
                .param("c", campaign).param("name", roundName).query(Long.class).single();
    }

    @Test
    void theOfficeRemindsTheReporterReadsItAndTheOfficeSeesItRead(Page page, ConsoleErrors errors) {
        // the office reminds from the review page and is told whom it reached
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/reporting/rounds/" + round + "/review");
        page.onceDialog(dialog -> dialog.accept()); // 全部催报 asks for a confirmation first
        page.locator("form[action$='/remind'] button").click();
        page.waitForLoadState();
        assertThat(page.locator("#notice")).containsText("已催报");
        assertThat(page.locator("#notice")).containsText("黎城县工商行政管理局（");
        assertThat(page.locator("#notice")).containsText("李婷");
        assertThat(page.locator("#reminder-receipts")).isVisible();

        // the reporter sees the badge and the message
        signInAs(page, "licheng.reporter");
        assertThat(page.locator("#unread-badge")).isVisible();
        page.locator("#nav-messages").click();
        page.waitForLoadState();
        Locator message = page.locator("[data-message-id]").filter(new Locator.FilterOptions().setHasText(roundName));
        assertThat(message).hasCount(1);
        assertThat(message).hasClass(java.util.regex.Pattern.compile("sd-unread"));
        assertThat(message).containsText("发送人：王晓峰"); // the office's person, by name
        message.locator(".sd-open-message").click();
        page.waitForLoadState();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/reporting"));
        page.navigate("/messages");
        Locator read = page.locator("[data-message-id]").filter(new Locator.FilterOptions().setHasText(roundName));
        assertThat(read).not().hasClass(java.util.regex.Pattern.compile("sd-unread"));
        assertThat(read).containsText("已读于");

        // the office sees who read it
        signInAs(page, "licheng.office");
        page.navigate("/messages/sent");
        Locator receipt = page.locator(".sd-receipt").filter(new Locator.FilterOptions().setHasText(roundName))
                .filter(new Locator.FilterOptions().setHasText("黎城县工商行政管理局"));
        assertThat(receipt).hasCount(1);
        Locator reporter = receipt.locator(".sd-recipient").filter(new Locator.FilterOptions().setHasText("李婷"));
        assertThat(reporter).not().containsText("未读");
        assertThat(reporter).containsText(":");
        assertThat(receipt.locator(".sd-recipient").filter(new Locator.FilterOptions().setHasText("张海涛")))
                .containsText("未读");
        org.assertj.core.api.Assertions.assertThat(errors.messages()).isEmpty();
    }

    private static void signInAs(Page page, String username) {
        page.context().clearCookies();
        LoginPage.signIn(page, username);
    }
}
