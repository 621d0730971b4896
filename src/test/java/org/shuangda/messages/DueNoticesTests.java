package org.shuangda.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.ClueSource;
import org.shuangda.cases.ClueView;
import org.shuangda.cases.Clues;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily notices of due items against a clue of its own, received in March 2025 (nothing else of the demo
 * falls due then): its 15-working-day verification clock is noticed to the 工商局's handlers from the day the
 * end lies within the lead (N working days on the working-day calendar) — not the working day before — once
 * per person and day however often the job runs, and not again to whoever has it unread (again the next day to
 * whoever read it); and every recipient of the demo's due notices may open the page it links to.
 */
@WebTest
class DueNoticesTests {

    @Autowired DueNotices notices;
    @Autowired Clues clues;
    @Autowired WorkingCalendar calendar;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MessageCentre centre;
    @Autowired MockMvc mvc;
    @Autowired java.time.Clock clock;

    private static final Actor JOB = Actor.system("到期提醒");

    @Test
    void aClueClockIsNoticedFromTheThresholdOnTheWorkingDayCalendarOncePerPersonAndDay() {
        int lead = notices.leadWorkingDays();
        assertThat(lead).isPositive();
        // a receipt day whose clock ends on a Monday, so that the lead reaches back over a weekend
        LocalDate received = LocalDate.of(2025, 3, 3);
        while (calendar.addWorkingDays(received, 15).getDayOfWeek() != DayOfWeek.MONDAY) {
            received = received.plusDays(1);
        }
        long unit = jdbc.sql("select id from unit where name = '黎城县工商行政管理局'").query(Long.class).single();
        ClueView clue = clues.register(users.actor("licheng.officer"), new Clues.ClueDraft(unit, ClueSource.TIP,
                null, received.atTime(9, 30), "到期提醒测试线索" + System.nanoTime(), null, "某超市销售假冒白酒"));
        try {
            noticedFromTheThreshold(clue, lead);
        } finally {
            // leave no clue under verification behind for the other tests' lists and to-dos
            clues.decline(users.actor("licheng.officer"), clue.id(), "测试结束");
        }
    }

    private void noticedFromTheThreshold(ClueView clue, int lead) {
        LocalDate due = jdbc.sql("select due_on from clue where id = :id").param("id", clue.id())
                .query(LocalDate.class).single();
        String link = "/clues/" + clue.id();

        // the first day the end lies within the lead: N working days back from the end (weekends skipped)
        LocalDate threshold = due;
        for (int n = 0; n < lead; ) {
            threshold = threshold.minusDays(1);
            if (calendar.isWorkingDay(threshold)) {
                n++;
            }
        }
        LocalDate dayBefore = threshold.minusDays(1);
        while (!calendar.isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        assertThat(calendar.addWorkingDays(threshold, lead)).isEqualTo(due);
        // on the calendar the window is wider than N natural days (it spans the weekend before the Monday)
        assertThat(threshold).isBefore(due.minusDays(lead));

        // the working day before the threshold: nothing
        notices.send(JOB, dayBefore);
        assertThat(messages(link)).isEmpty();

        // at the threshold: one message for each handler of the 工商局, 张海涛 (licheng.officer) among them
        assertThat(notices.send(JOB, threshold)).isPositive();
        List<String> first = messages(link);
        assertThat(first).isNotEmpty().doesNotHaveDuplicates().contains("licheng.officer");
        assertThat(subjects(link)).allSatisfy(s -> assertThat(s).contains(clue.number(), "核查期限",
                due.getMonthValue() + "月" + due.getDayOfMonth() + "日"));

        // the job runs again the same day (a restart, a second instance): nothing more
        notices.send(JOB, threshold);
        notices.send(JOB, threshold);
        assertThat(messages(link)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from due_notice_sent where item_id = :id and kind = 'CLUE_VERIFICATION'")
                .param("id", String.valueOf(clue.id())).query(Long.class).single()).isEqualTo(1);

        // the next working day, the clock still running: whoever has not read it yet is not sent it again (the
        // menu's unread count and the inbox show the item once); who read it gets the next day's notice
        LocalDate next = calendar.addWorkingDays(threshold, 1);
        notices.send(JOB, next);
        assertThat(messages(link)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from due_notice_sent where item_id = :id and kind = 'CLUE_VERIFICATION'")
                .param("id", String.valueOf(clue.id())).query(Long.class).single()).isEqualTo(2);
        Actor officer = users.actor("licheng.officer");
        long unread = centre.unreadCount(officer);
        long mine = jdbc.sql("""
                select m.id from inbox_message m join app_user u on u.id = m.recipient_id
                 where m.link = :link and u.username = 'licheng.officer'""").param("link", link)
                .query(Long.class).single();
        centre.markRead(officer, mine);
        assertThat(centre.unreadCount(officer)).isEqualTo(unread - 1);
        LocalDate third = calendar.addWorkingDays(next, 1);
        notices.send(JOB, third);
        notices.send(JOB, third);
        List<String> again = messages(link);
        assertThat(again).hasSize(first.size() + 1);
        assertThat(again.stream().filter("licheng.officer"::equals)).hasSize(2);
        assertThat(centre.unreadCount(officer)).isEqualTo(unread);
        // after the end the warning stops (the clock is overdue: the home page's to-do says so)
        centre.markAllRead(officer);
        notices.send(JOB, calendar.addWorkingDays(due, 1));
        assertThat(messages(link)).hasSize(first.size() + 1);
    }

    @Test
    void everyRecipientOfTheDemosDueNoticesMayOpenTheirLinkAndHoldsThePermission() throws Exception {
        // the demo as the run command leaves it, noticed on today's date and a few working days on (its rounds,
        // cases, clues, transfers and filings fall due around now)
        long before = jdbc.sql("select coalesce(max(id), 0) from inbox_message").query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        try {
            for (LocalDate day = today; !day.isAfter(today.plusDays(10)); day = day.plusDays(1)) {
                notices.send(JOB, day);
            }
            List<Sent> sent = jdbc.sql("""
                    select u.username, m.link, m.item_key from inbox_message m join app_user u on u.id = m.recipient_id
                     where m.id > :before and m.kind like 'DUE\\_%'""").param("before", before)
                    .query(Sent.class).list();
            assertThat(sent).as("the demo has due items within the next days").isNotEmpty();
            assertThat(sent).extracting(Sent::itemKey).doesNotContainNull();
            // each person has each item once while it stays unread
            assertThat(sent.stream().map(s -> s.username() + " " + s.itemKey()).toList()).doesNotHaveDuplicates();
            for (Sent s : sent.stream().distinct().toList()) {
                mvc.perform(get(s.link()).with(users.as(s.username())))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as(s.username() + " opens " + s.link()).isEqualTo(200));
            }
        } finally {
            // the other tests count the demo's messages as the run command leaves them
            jdbc.sql("delete from inbox_message where id > :before and kind like 'DUE\\_%'").param("before", before)
                    .update();
            jdbc.sql("delete from due_notice_sent where notice_day between :a and :b").param("a", today)
                    .param("b", today.plusDays(10)).update();
        }
    }

    record Sent(String username, String link, String itemKey) {}

    @Test
    void onlyThePlatformSendsTheDueNotices() {
        assertThatThrownBy(() -> notices.send(users.actor("licheng.office"), LocalDate.of(2025, 3, 3)))
                .isInstanceOf(AccessDeniedProblem.class);
    }

    /** The recipients' usernames of the messages linking to {@code link}, one per message. */
    private List<String> messages(String link) {
        return jdbc.sql("""
                select u.username from inbox_message m join app_user u on u.id = m.recipient_id
                 where m.link = :link order by u.username""").param("link", link).query(String.class).list();
    }

    private List<String> subjects(String link) {
        return jdbc.sql("select subject from inbox_message where link = :link").param("link", link)
                .query(String.class).list();
    }
}
