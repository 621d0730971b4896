package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.TodoItem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every clock on the working-day calendar, across the 2025 National Day holiday (1–8 October off, Saturday
 * 11 October a make-up working day), and the overdue list and to-dos they drive.
 */
@WebTest
class FilingClockTests {

    /** Tuesday before the holiday. */
    static final LocalDateTime RECEIVED = FilingBuilder.RECEIVED;

    @Autowired FilingClocks clocks;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired FilingTodos todos;
    @Autowired UserDetailsService accounts;
    @Autowired FilingIntake intake;

    static Filing at(Track track, FilingStatus status, LocalDateTime accepted, LocalDateTime decided,
            String extension, LocalDate noticeFrom, LocalDateTime notified, boolean anonymous) {
        return FilingBuilder.of(track, status).accepted(accepted).decided(decided).extended(extension)
                .noticeFrom(noticeFrom).notified(notified).anonymous(anonymous).build();
    }

    Map<ClockKind, FilingClock> of(Filing f, LocalDateTime now) {
        return clocks.of(f, now).stream().collect(Collectors.toMap(FilingClock::kind, c -> c));
    }

    @Test
    void aComplaintIsAcceptedWithinSevenWorkingDaysCountedAcrossTheHoliday() {
        Filing open = at(Track.COMPLAINT, FilingStatus.RECEIVED, null, null, null, null, null, false);
        FilingClock acceptance = of(open, LocalDateTime.of(2025, 10, 16, 9, 0)).get(ClockKind.ACCEPTANCE);
        assertThat(acceptance.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(acceptance.overdue()).isFalse();
        assertThat(acceptance.remaining()).isZero();
        assertThat(of(open, LocalDateTime.of(2025, 10, 17, 9, 0)).get(ClockKind.ACCEPTANCE).overdue()).isTrue();
        Filing acceptedLate = at(Track.COMPLAINT, FilingStatus.ACCEPTED, LocalDateTime.of(2025, 10, 17, 9, 0), null,
                null, null, null, false);
        FilingClock stopped = of(acceptedLate, LocalDateTime.of(2025, 12, 1, 9, 0)).get(ClockKind.ACCEPTANCE);
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.metInTime()).isFalse();
    }

    @Test
    void mediationEndsFortyFiveWorkingDaysAfterAcceptance() {
        Filing accepted = at(Track.COMPLAINT, FilingStatus.ACCEPTED, RECEIVED, null, null, null, null, false);
        FilingClock mediation = of(accepted, RECEIVED).get(ClockKind.MEDIATION);
        // 9 Oct … : 45 working days, the Saturday 11 October counted, the weekends not
        assertThat(mediation.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 9));
        assertThat(mediation.running()).isTrue();
    }

    @Test
    void aTipIsVerifiedWithinFifteenWorkingDaysAndFifteenMoreWithApproval() {
        Filing tip = at(Track.REPORT, FilingStatus.ACCEPTED, RECEIVED, null, null, null, null, false);
        assertThat(of(tip, RECEIVED).get(ClockKind.VERIFICATION).due().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 10, 28));
        Filing extended = at(Track.REPORT, FilingStatus.ACCEPTED, RECEIVED, null, "局长批准", null, null, false);
        assertThat(of(extended, RECEIVED).get(ClockKind.VERIFICATION).due().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(of(tip, LocalDateTime.of(2025, 10, 29, 8, 0)).get(ClockKind.VERIFICATION).overdue()).isTrue();
        assertThat(of(extended, LocalDateTime.of(2025, 10, 29, 8, 0)).get(ClockKind.VERIFICATION).overdue()).isFalse();
    }

    @Test
    void aNamedTipsterIsToldWithinFiveWorkingDaysOfTheDecisionAnAnonymousOneNever() {
        Filing decided = at(Track.REPORT, FilingStatus.CLOSED, RECEIVED, RECEIVED, null, LocalDate.of(2025, 9, 30),
                null, false);
        FilingClock notice = of(decided, RECEIVED).get(ClockKind.NOTICE);
        assertThat(notice.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(notice.running()).isTrue();
        Filing told = at(Track.REPORT, FilingStatus.CLOSED, RECEIVED, RECEIVED, null, LocalDate.of(2025, 9, 30),
                LocalDateTime.of(2025, 10, 10, 9, 0), false);
        assertThat(of(told, RECEIVED).get(ClockKind.NOTICE).metInTime()).isTrue();
        Filing anonymous = at(Track.REPORT, FilingStatus.CLOSED, RECEIVED, RECEIVED, null, null, null, true);
        assertThat(of(anonymous, RECEIVED)).doesNotContainKey(ClockKind.NOTICE);
    }

    @Test
    void anEnquiryIsAnsweredWithinSevenWorkingDays() {
        Filing enquiry = at(Track.ENQUIRY, FilingStatus.CLOSED, null, LocalDateTime.of(2025, 10, 9, 9, 0), null, null,
                null, false);
        FilingClock answer = of(enquiry, RECEIVED).get(ClockKind.ACCEPTANCE);
        assertThat(answer.metInTime()).isTrue();
    }

    @Test
    void anOverdueFilingIsListedForItsCountyAndIsAnOverdueToDoOfItsHandlers() throws Exception {
        FilingReceipt late = intake.importReceived(demo.actor("licheng.agent"),
                FilingFixtures.tip("超期测试：假冒商品", "140426", "黎城县超期测试商行", false), clocks.now().minusDays(40));
        long id = late.id();
        String no = late.trackingNo();
        String overdue = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/filings/overdue").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overdue).contains(no);
        String pingshun = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/filings/overdue").with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pingshun).doesNotContain(no);
        var officer = (org.shuangda.shared.Actor) accounts.loadUserByUsername("licheng.officer");
        List<TodoItem> items = todos.todosFor(officer);
        assertThat(items).anySatisfy(t -> {
            assertThat(t.title()).contains(no);
            assertThat(t.overdue()).isTrue();
            assertThat(t.href()).isEqualTo("/filings/" + id);
        });
        assertThat(todos.todosFor((org.shuangda.shared.Actor) accounts.loadUserByUsername("pingshun.officer")))
                .noneSatisfy(t -> assertThat(t.title()).contains(no));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/filings")
                .param("overdue", "true").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(no)));
    }
}
