package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.reporting.rounds.RoundReminders;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * Reminders on a round of its own (due Monday 2030-03-11, a year whose March has no holidays, so the
 * working-day calendar counts weekends only), run for fixed dates: lead time of 2 working days, each kind at
 * most once per unit, nothing after the lock, submitted units left alone; the logging sender's lines captured.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class RoundRemindersTests {

    private static final LocalDate DUE = LocalDate.of(2030, 3, 11);
    private static final String CAMPAIGN = """
            {"title":"提醒测试专项行动","regionCode":"140426","startsOn":"2030-01-01","endsOn":"2030-06-30"}""";
    /** The daily job's actor. */
    private static final Actor JOB = Actor.system("催报提醒");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired RoundReminders reminders;
    @Autowired Campaigns campaigns;
    @Autowired ObjectMapper json;
    long round;
    long submittedUnit;

    @BeforeEach
    void round() {
        new BriefingFixtures(mvc, users, jdbc);
        Actor office = users.actor("licheng.office");
        long campaign = campaigns.create(office, json.readValue(CAMPAIGN, Campaign.class)).id();
        campaigns.take(office, campaign, CampaignAction.ACTIVATE);
        round = jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                          due_on, on_time_until, locks_after)
                select :c, id, '140426', 1, '第一次数据报送', '2030-03-01', '2030-03-08', :due, '2030-03-11 23:59:59',
                       '2030-03-14' from report_template where code = 'SHUANGDA_BASIC' returning id""")
                .param("c", campaign).param("due", DUE).query(Long.class).single();
        submittedUnit = jdbc.sql("select id from unit where name = '黎城县工商行政管理局'").query(Long.class).single();
        jdbc.sql("""
                insert into report_submission (round_id, unit_id, status, submitted_at, on_time)
                values (:r, :u, 'SUBMITTED', '2030-03-05 10:00', true)""").param("r", round).param("u", submittedUnit)
                .update();
    }

    private long logged(String kind) {
        return jdbc.sql("select count(*) from reminder_log where round_id = :r and kind = :k").param("r", round)
                .param("k", kind).query(Long.class).single();
    }

    private long pendingUnits() {
        return jdbc.sql("""
                select count(*) from unit u join region r on r.code = u.region_code
                 where u.active and r.path like '%/140426/%' and u.id <> :u""").param("u", submittedUnit)
                .query(Long.class).single();
    }

    @Test
    void dueSoonOnceWithinTwoWorkingDaysThenOverdueOnceAndNothingAfterTheLock(CapturedOutput output) {
        reminders.remindAll(JOB, LocalDate.of(2030, 3, 6)); // Wednesday: Thu, Fri, Mon = 3 working days left
        assertThat(logged("DUE_SOON")).isZero();

        reminders.remindAll(JOB, LocalDate.of(2030, 3, 7)); // Thursday: Fri, Mon = 2 (the weekend does not count)
        assertThat(logged("DUE_SOON")).isEqualTo(pendingUnits()).isPositive();
        assertThat(jdbc.sql("select count(*) from reminder_log where round_id = :r and unit_id = :u")
                .param("r", round).param("u", submittedUnit).query(Long.class).single()).isZero();
        assertThat(output).contains("notice DUE_SOON to unit").contains("第一次数据报送还剩2个工作日截止");

        reminders.remindAll(JOB, LocalDate.of(2030, 3, 8)); // again the next day: nothing twice
        reminders.remindAll(JOB, LocalDate.of(2030, 3, 11)); // due day
        assertThat(logged("DUE_SOON")).isEqualTo(pendingUnits());
        assertThat(logged("OVERDUE")).isZero();

        reminders.remindAll(JOB, LocalDate.of(2030, 3, 12)); // the day after: overdue, once
        reminders.remindAll(JOB, LocalDate.of(2030, 3, 13));
        assertThat(logged("OVERDUE")).isEqualTo(pendingUnits());
        assertThat(output).contains("notice OVERDUE to unit").contains("第一次数据报送已过截止日期");

        jdbc.sql("delete from reminder_log where round_id = :r and kind = 'OVERDUE'").param("r", round).update();
        reminders.remindAll(JOB, LocalDate.of(2030, 3, 15)); // locked: no more notices
        assertThat(logged("OVERDUE")).isZero();
    }

    @Test
    void theOfficeRemindsItsUnitsThatHaveNotSubmittedOthersCannot() throws Exception {
        mvc.perform(post("/api/v1/rounds/" + round + "/remind").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sent").value((int) pendingUnits()))
                .andExpect(jsonPath("$.units[?(@ == '黎城县工商行政管理局')]").isEmpty());
        assertThat(logged("MANUAL")).isEqualTo(pendingUnits());
        mvc.perform(post("/api/v1/rounds/" + round + "/remind").with(users.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/rounds/" + round + "/remind").with(users.as("licheng.leader")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(logged("MANUAL")).isEqualTo(pendingUnits());
    }
}
