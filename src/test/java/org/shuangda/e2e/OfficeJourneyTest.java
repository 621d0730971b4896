package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 王 of the 黎城县 office (journeys.md), from the demo as the run command leaves it: the home page asks him to
 * review the open city-wide round; the review page shows its completeness; he reminds the units yet to hand in
 * and the confirmation names the people it reached; 李 of the 工商局, reminded, hands in; 王 accepts the
 * 农业委员会's form and returns 李's with a reason; 李 sees the return with the reason on her home page and in
 * her messages; 王 drafts the 通报 of the county campaign's third round and its counts add up (and agree with
 * the database); last he opens the cockpit. Afterwards the round is put back as the demo left it (李's form
 * removed, the 农业委员会's awaiting review again), since the other journeys start from it.
 */
@BrowserTest
class OfficeJourneyTest {

    private static final Messages ZH = Messages.zh("reporting");
    private static final String OPEN_ROUND = "全市第二次数据报送";
    private static final String CITY_CAMPAIGN = "长治市打击侵犯知识产权和制售假冒伪劣商品专项行动";
    private static final String MISSING_UNIT = "黎城县工商行政管理局";
    private static final String ACCEPTED_UNIT = "黎城县农业委员会";
    private static final Pattern COMPLETENESS = Pattern.compile("已报送 (\\d+) / 应报 (\\d+)");
    private static final Pattern TALLY = Pattern.compile("应报送单位(\\d+)个，(?:均已按时报送。|按时报送(\\d+)个"
            + "(?:，逾期报送(\\d+)个)?(?:，退回修改(\\d+)个)?(?:，未报送(\\d+)个)?。)");

    @Autowired JdbcClient jdbc;

    private long round;
    private Long accepted;
    private Long handedIn;

    @AfterEach
    void putTheRoundBackAsTheDemoLeftIt() {
        // the other journeys start from the demo's open round: 李's unit not started, the 农业委员会 awaiting review
        // (and no message may link to the removed form: the menu crawl follows the links of the inbox)
        if (handedIn != null) {
            jdbc.sql("delete from inbox_message where link = :l").param("l", "/reporting/submissions/" + handedIn)
                    .update();
        }
        jdbc.sql("""
                delete from report_submission where round_id = :r
                   and unit_id = (select id from unit where name = :u)""")
                .param("r", round).param("u", MISSING_UNIT).update();
        if (accepted != null) {
            jdbc.sql("""
                    update report_submission set status = 'SUBMITTED', accepted_at = null, accepted_by = null,
                           version = version + 1 where id = :id""").param("id", accepted).update();
        }
    }

    @Test
    void wangSeesTheRoundRemindsReviewsBriefsAndOpensTheCockpit(Page page, ConsoleErrors errors) {
        round = jdbc.sql("select id from report_round where name = :n and region_code = '140400'")
                .param("n", OPEN_ROUND).query(Long.class).single();
        long agriculture = jdbc.sql("""
                select s.id from report_submission s join unit u on u.id = s.unit_id
                 where s.round_id = :r and u.name = :u and s.status = 'SUBMITTED'""")
                .param("r", round).param("u", ACCEPTED_UNIT).query(Long.class).single();
        List<String> reporters = jdbc.sql("""
                select p.display_name from pub_user p join app_user a on a.id = p.id
                 where a.username in ('licheng.reporter', 'licheng.officer') order by a.username""")
                .query(String.class).list();

        // 1. the home page asks 王 to review the open round; one click opens it, with its completeness
        LoginPage.signIn(page, "licheng.office");
        Locator review = page.locator("#home-todos li", new Page.LocatorOptions().setHasText("审核" + OPEN_ROUND));
        assertThat(review).hasCount(1);
        assertThat(review.locator(".todo-state")).hasText(ZH.get("reporting.todo.toReview"));
        Screenshots.save(page, "office-journey-1-home");
        review.locator("a").first().click();
        assertThat(page).hasURL(Pattern.compile("/reporting/rounds/" + round + "/review$"));
        int[] before = completeness(page);
        // one row per unit expected (waiting for the table: its sorting script may redraw the body)
        assertThat(page.locator("#review-table tbody tr")).hasCount(before[1]);
        assertThat(before[0]).isLessThan(before[1]);
        Locator missingRow = page.locator("#review-table tbody tr", new Page.LocatorOptions().setHasText(MISSING_UNIT));
        assertThat(missingRow).containsText(ZH.get("reporting.status.MISSING"));

        // 2. one action reminds the units yet to hand in; the confirmation names whom it reached
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#remind-all").click();
        Locator notice = page.locator("#notice");
        assertThat(notice).containsText("已催报");
        assertThat(notice).containsText(MISSING_UNIT + "（");
        reporters.forEach(name -> assertThat(notice).containsText(name));
        Screenshots.save(page, "office-journey-2-reminded");

        // 3. 李, reminded, sees the message and hands in her unit's form
        signInAs(page, "licheng.reporter");
        assertThat(page.locator("#unread-badge")).isVisible();
        Locator mine = page.locator("#home-todos li", new Page.LocatorOptions().setHasText(OPEN_ROUND));
        assertThat(mine.locator(".todo-state")).hasText(ZH.get("reporting.status.MISSING"));
        mine.locator("a").first().click();
        page.locator("#fill-" + round).click();
        assertThat(page).hasURL(Pattern.compile("/reporting/submissions/\\d+$"));
        long li = Long.parseLong(page.url().replaceFirst(".*/", ""));
        handedIn = li;
        page.locator("#v-officers").fill("16");
        page.locator("#v-entities_checked").fill("42");
        page.locator("#submit").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.submitted"));

        // 4. 王 accepts the 农业委员会's form and returns 李's with a reason
        String reason = "检查经营主体户数与市场巡查台账不符，请核实后重新报送";
        signInAs(page, "licheng.office");
        page.navigate("/reporting/rounds/" + round + "/review");
        // each click once the page has settled (late fonts and icons may still shift the rows under the pointer)
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#accept-" + agriculture).click();
        accepted = agriculture;
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.acceptedNotice"));
        assertThat(page.locator("#submission-" + agriculture)).containsText(ZH.get("reporting.status.ACCEPTED"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#return-reason-" + li).fill(reason);
        // he types the reason and presses Enter (a click on 退回 right after the page came was at times lost: the
        // form was valid and no request left the browser)
        assertThat(page.locator("#return-" + li)).isVisible();
        page.locator("#return-reason-" + li).press("Enter");
        assertThat(page.locator("#notice")).hasText(ZH.get("reporting.page.returnedNotice"));
        assertThat(page.locator("#submission-" + li)).containsText(ZH.get("reporting.status.RETURNED"));
        int[] after = completeness(page);
        assertThat(after[1]).isEqualTo(before[1]);
        assertThat(after[0]).as("李's unit has handed in (then was returned)").isEqualTo(before[0] + 1);
        Screenshots.save(page, "office-journey-3-reviewed");

        // 5. the returned unit sees it: 李's home page says 已退回 with the reason, and so does her message
        signInAs(page, "licheng.reporter");
        Locator returned = page.locator("#home-todos li", new Page.LocatorOptions().setHasText(OPEN_ROUND));
        assertThat(returned).containsText(ZH.get("reporting.mine.returned", reason));
        assertThat(returned.locator(".todo-state")).hasText(ZH.get("reporting.status.RETURNED"));
        page.locator("#nav-messages").click();
        Locator message = page.locator("[data-message-id]").filter(new Locator.FilterOptions().setHasText(reason));
        assertThat(message).hasCount(1);
        assertThat(message).containsText(OPEN_ROUND);

        // 6. 王 drafts the 通报 of the county campaign's third round: its counts add up and agree with the records
        signInAs(page, "licheng.office");
        // the demo's (the oldest): other browser tests add rounds of their own to 黎城县's campaigns
        long third = jdbc.sql("select id from report_round where region_code = '140426' and seq = 3"
                + " and campaign_id < 90000 order by id limit 1").query(Long.class).single();
        long county = jdbc.sql("select campaign_id from report_round where id = :r").param("r", third)
                .query(Long.class).single();
        Menu.go(page, "/briefings");
        page.locator("#campaign-choice a[href$='campaign=" + county + "']").click();
        page.locator("#round").selectOption(String.valueOf(third));
        page.locator("#new-round-briefing button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/briefings/\\d+$"));
        assertThat(page.locator("#text-0")).containsText("通报");
        String text = String.join("\n", page.locator("#editor textarea[name=text]").all().stream()
                .map(Locator::inputValue).toList());
        Matcher tally = TALLY.matcher(text);
        assertThat(tally.find()).as(text).isTrue();
        int expected = Integer.parseInt(tally.group(1));
        int onTime = count(tally.group(2)), late = count(tally.group(3)), back = count(tally.group(4)),
                missing = count(tally.group(5));
        assertThat(onTime + late + back + missing).as("the tally adds up to the units expected").isEqualTo(expected);
        assertThat(onTime).isEqualTo(submissions(third, "s.status in ('SUBMITTED', 'ACCEPTED') and s.on_time"));
        assertThat(late).isEqualTo(submissions(third, "s.status in ('SUBMITTED', 'ACCEPTED') and not s.on_time"));
        assertThat(back).isEqualTo(submissions(third, "s.status = 'RETURNED'"));
        Matcher etc = Pattern.compile("等(\\d+)个单位").matcher(text);
        while (etc.find()) {
            assertThat(Integer.parseInt(etc.group(1))).as("等N个单位 only for more than are named").isGreaterThan(10);
        }
        Screenshots.save(page, "office-journey-4-briefing");

        // 7. last, the cockpit: the city-wide campaign's open round, at his county
        Menu.go(page, "/cockpit");
        assertThat(page).hasURL(Pattern.compile("/cockpit$"));
        assertThat(page.locator("#cockpit-boards")).containsText(CITY_CAMPAIGN);
        assertThat(page.locator("#cockpit-boards")).containsText(OPEN_ROUND + " · 黎城县");
        Screenshots.save(page, "office-journey-5-cockpit");

        assertThat(errors.messages()).isEmpty();
    }

    /** The review page's 已报送 x / 应报 y. */
    private static int[] completeness(Page page) {
        String text = page.locator("#completeness").textContent();
        Matcher m = COMPLETENESS.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private int submissions(long round, String where) {
        return jdbc.sql("select count(*) from report_submission s where s.round_id = :r and s.submitted_at is not null and "
                + where).param("r", round).query(Integer.class).single();
    }

    private static int count(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    private static void signInAs(Page page, String username) {
        page.context().clearCookies();
        LoginPage.signIn(page, username);
    }
}
