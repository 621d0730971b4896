package org.shuangda.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * The daily notices of due items against a clue of its own, received in March 2025 (nothing else of the demo
 * falls due then): its 15-working-day verification clock is noticed to the 工商局's handlers from the day the
 * end lies within the lead (N working days on the working-day calendar) — not the working day before — once
 * per person and day however often the job runs, and again on the next day while the clock runs.
 */
@WebTest
class DueNoticesTests {

    @Autowired DueNotices notices;
    @Autowired Clues clues;
    @Autowired WorkingCalendar calendar;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

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

        // the next working day, the clock still running: one more each
        LocalDate next = calendar.addWorkingDays(threshold, 1);
        notices.send(JOB, next);
        notices.send(JOB, next);
        assertThat(messages(link)).hasSize(first.size() * 2);
        // after the end the warning stops (the clock is overdue: the home page's to-do says so)
        notices.send(JOB, calendar.addWorkingDays(due, 1));
        assertThat(messages(link)).hasSize(first.size() * 2);
    }

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
