package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The leading group's office runs a meeting end to end (issue 15): plans it for the county's current plan, sends
 * the notice, records attendance, writes the minutes with two decisions and issues them; the 工商局's officer finds
 * the decision it leads among the home page's to-dos, reports progress and completes it; the next meeting opens
 * with 上次会议议定事项落实情况 showing that decision done.
 */
@BrowserTest
class MeetingJourneyTest {

    @Test
    void aMeetingsDecisionBecomesATaskThatTheNextMeetingFollowsUp(Page page, ConsoleErrors errors) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String marker = String.valueOf(System.nanoTime() % 1_000_000);
        String first = "县双打领导小组会议（旅程" + marker + "）";
        String decision = "县工商局牵头开展节前市场专项检查" + marker;

        LoginPage.signIn(page, "licheng.office");
        Menu.go(page, "/meetings");
        page.locator("#new-meeting").click();
        plan(page, first, today, today);
        assertThat(page.locator("#meeting-status")).hasText("筹备中");
        assertThat(page.locator("#invitees")).containsText("黎城县工商行政管理局");

        page.locator("#convene").click();
        assertThat(page.locator("#meeting-status")).hasText("已发通知");
        page.locator("#save-attendance").click();
        assertThat(page.locator("#meeting-status")).hasText("已召开");

        // minutes with a decision lacking its lead unit first: the form comes back with the reason and the text kept
        page.locator("#considers").fill("全县双打工作取得阶段性成效。");
        page.locator("#emphasises").fill("要加大案件查办力度，强化部门协作。");
        page.locator("#decisionText0").fill(decision);
        page.locator("#decisionDue0").fill(today.plusDays(20).toString());
        page.locator("#decisionText1").fill("县公安局做好行刑衔接工作" + marker);
        page.locator("#save-minutes").click();
        assertThat(page.locator("#form-errors")).containsText("须指定牵头单位");
        assertThat(page.locator("#decisionText0")).hasValue(decision);
        page.locator("#decisionLead0").selectOption(new SelectOption().setLabel("黎城县工商行政管理局"));
        page.locator("#decisionCooperators0").selectOption(new SelectOption().setLabel("黎城县公安局"));
        page.locator("#decisionLead1").selectOption(new SelectOption().setLabel("黎城县公安局"));
        page.locator("#save-minutes").click();
        assertThat(page.locator("#notice")).hasText("纪要已保存。");

        page.onceDialog(dialog -> dialog.accept()); // issuing asks first: the minutes never change afterwards
        page.locator("#issue-minutes").click();
        assertThat(page.locator("#meeting-status")).hasText("纪要已印发");
        assertThat(page.locator("#decisions")).containsText(decision);
        assertThat(page.locator("#minutes-docx")).isVisible();
        Screenshots.save(page, "meeting-minutes-issued");

        // the lead unit's officer: the decision is a task on the home page; progress, then done
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.officer");
        page.locator("#home-todos a", new Page.LocatorOptions().setHasText(decision)).click();
        assertThat(page.locator("#task-title")).hasText(decision);
        page.locator("#progress-text").fill("已组织检查商场超市12家。");
        page.locator("form[action$='/progress'] button[type=submit]").click();
        assertThat(page.locator("#task-history")).containsText("已组织检查商场超市12家。");
        page.locator("form[action$='/complete'] button").click();
        assertThat(page.locator("#task-title + .badge")).hasText("已完成");

        // the next meeting opens with the follow-up of the last one's decisions
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/meetings/new");
        plan(page, "县双打领导小组会议（旅程" + marker + "，下次）", today.plusDays(1), today);
        assertThat(page.locator("#follow-up")).containsText(first);
        assertThat(page.locator("#follow-up")).containsText("已完成 1 / 2 项");
        assertThat(page.locator("#follow-up tr", new Page.LocatorOptions().setHasText(decision))).containsText("已完成");
        org.assertj.core.api.Assertions.assertThat(errors.messages()).isEmpty();
    }

    private static void plan(Page page, String title, LocalDate day, LocalDate today) {
        page.locator("#title").fill(title);
        page.locator("#heldAt").fill(day + "T09:30");
        page.locator("#place").fill("县政府三楼会议室");
        page.locator("#chair").fill("县长助理 王某某");
        page.locator("#campaignId").selectOption(new SelectOption().setLabel(today.minusWeeks(3).getYear() + "年黎城县“双打”工作方案"));
        page.locator("input[name=agendaTitle]").first().fill("通报全县双打工作进展");
        page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("保存")).click();
    }
}
