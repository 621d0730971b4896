package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A tip's verification clock stands still for testing, appraisal, rights-holder identification… like a clue's
 * (issue 12; 《市场监督管理行政处罚程序规定》第十八条第二款): the paused working days move the due day.
 */
@WebTest
class TipVerificationPauseTests {

    static final String OFFICER = "licheng.officer";

    @Autowired FilingClocks clocks;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    FilingWork work;

    @BeforeEach
    void setUp() {
        work = new FilingWork(mvc, demo, jdbc);
    }

    FilingClock verification(Filing f, LocalDateTime now) {
        return clocks.of(f, now).stream().filter(c -> c.kind() == ClockKind.VERIFICATION).findFirst().orElseThrow();
    }

    @Test
    void theWorkingDaysOfAPauseMoveTheDueDay() {
        // received Tue 30 Sep 2025: due 28 Oct without a pause (FilingClockTests)
        Filing tip = FilingBuilder.filing(Track.REPORT, FilingStatus.ACCEPTED);
        tip.pauseVerification(FilingBuilder.OFFICER, VerificationPauseReason.TESTING, "送长治市检验所",
                LocalDateTime.of(2025, 10, 13, 9, 0));
        FilingClock paused = verification(tip, LocalDateTime.of(2025, 11, 20, 9, 0));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.overdue()).as("a paused clock does not run out").isFalse();
        // resumed on Mon 20 Oct: 13–17 October (five working days) not counted
        tip.resumeVerification(FilingBuilder.OFFICER, LocalDateTime.of(2025, 10, 20, 9, 0));
        FilingClock resumed = verification(tip, LocalDateTime.of(2025, 10, 20, 9, 0));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 11, 4));
    }

    @Test
    void onlyATipPausesAndNotTwiceAtOnce() {
        Filing complaint = FilingBuilder.filing(Track.COMPLAINT, FilingStatus.ACCEPTED);
        assertThat(complaint.refusal(FilingAction.PAUSE)).contains("filing.refused.onlyReport");
        Filing tip = FilingBuilder.filing(Track.REPORT, FilingStatus.ACCEPTED);
        assertThat(tip.refusal(FilingAction.RESUME)).contains("filing.refused.notPaused");
        tip.pauseVerification(FilingBuilder.OFFICER, VerificationPauseReason.APPRAISAL, null, FilingBuilder.RECEIVED);
        assertThatThrownBy(() -> tip.pauseVerification(FilingBuilder.OFFICER, VerificationPauseReason.TESTING, null,
                FilingBuilder.RECEIVED.plusDays(1))).isInstanceOf(FilingTransitionRefused.class);
        Filing closed = FilingBuilder.filing(Track.REPORT, FilingStatus.CLOSED);
        assertThat(closed.refusal(FilingAction.PAUSE)).isPresent();
    }

    @Test
    void referringAPausedTipEndsItsPause() {
        Filing tip = FilingBuilder.filing(Track.REPORT, FilingStatus.ACCEPTED);
        tip.pauseVerification(FilingBuilder.OFFICER, VerificationPauseReason.TESTING, null,
                LocalDateTime.of(2025, 10, 13, 9, 0));
        tip.referToCases(FilingBuilder.OFFICER, LocalDateTime.of(2025, 10, 20, 9, 0));
        assertThat(tip.verificationPaused()).isFalse();
        FilingClock stopped = verification(tip, LocalDateTime.of(2025, 12, 1, 9, 0));
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(stopped.metInTime()).isTrue();
    }

    @Test
    void thePauseIsStoredShownAuditedAndResumed() throws Exception {
        long id = work.fileTip("140426", "黎城县中止核查测试商行", "中止核查测试：销售假冒农药，需送检");
        work.act(OFFICER, id, "accept", null).andExpect(status().isOk());
        work.act(OFFICER, id, "pause", "{\"explanation\":\"送检\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ground"));
        work.act(OFFICER, id, "pause", "{\"ground\":\"LUNCH\"}").andExpect(status().isUnprocessableContent());
        assertThat(openPauses(id)).isZero();

        work.act(OFFICER, id, "pause", "{\"ground\":\"TESTING\",\"explanation\":\"送长治市食品药品检验所\"}")
                .andExpect(status().isOk());
        assertThat(openPauses(id)).isOne();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'filing' and object_id = :id "
                + "and after::text like '%verificationPaused%'").param("id", String.valueOf(id)).query(Long.class)
                .single()).as("the pause is audited").isGreaterThanOrEqualTo(1);
        work.read(OFFICER, "/filings/" + id).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已中止（检测）")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"resume\"")));
        work.act(OFFICER, id, "pause", "{\"ground\":\"TESTING\"}").andExpect(status().isUnprocessableContent());

        work.act(OFFICER, id, "resume", null).andExpect(status().isOk());
        assertThat(openPauses(id)).isZero();
        assertThat(jdbc.sql("select count(*) from filing_clock_pause where filing_id = :id and to_at is not null "
                + "and resumed_by = :by").param("id", id).param("by", OFFICER).query(Long.class).single()).isOne();
        work.act("pingshun.officer", id, "pause", "{\"ground\":\"TESTING\"}").andExpect(status().isNotFound());
    }

    long openPauses(long id) {
        return jdbc.sql("select count(*) from filing_clock_pause where filing_id = :id and to_at is null")
                .param("id", id).query(Long.class).single();
    }
}
