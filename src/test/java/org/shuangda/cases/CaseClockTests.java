package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clocks as stored and read back, on the real holiday calendar (国庆 2025: 10月1日–8日 off, 9月28日 and
 * 10月11日 worked), and case numbers under concurrent registration.
 */
@WebTest
class CaseClockTests {

    @Autowired Clues clues;
    @Autowired Cases cases;
    @Autowired CaseClocks caseClocks;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired DemoUsers demo;
    @Autowired Clock clock;

    @Test
    void fifteenWorkingDaysOverTheNationalDayHolidayAndATestingPause() {
        Actor officer = demo.actor("licheng.officer");
        ClueView clue = clues.register(officer, new Clues.ClueDraft(null, ClueSource.INSPECTION, null,
                LocalDateTime.of(2025, 9, 26, 10, 0), "黎城县某汽配门市", null, "疑似假冒刹车片"));
        assertThat(clue.verificationClock().due(calendar).orElseThrow().toLocalDate())
                .as("9/28 (调休), 9/29, 9/30, then from 10/9 (10/11 worked)").isEqualTo(LocalDate.of(2025, 10, 23));
        // a pause in the past, which the service cannot record (it pauses now)
        jdbc.sql("""
                insert into case_clock_pause (clue_id, clock, reason, from_at, to_at)
                values (:id, 'VERIFICATION', 'TESTING', '2025-09-29 09:00', '2025-10-13 09:00')""")
                .param("id", clue.id()).update();
        ClueView paused = clues.find(officer, clue.id());
        assertThat(paused.verificationClock().due(calendar).orElseThrow().toLocalDate())
                .as("the 5 working days 9/29–10/11 of the pause do not count").isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void ninetyDaysEndingOnAHolidayRunToTheNextWorkingDayAndExtensionsAdd() {
        Actor officer = demo.actor("licheng.officer");
        CaseView c = cases.register(officer, draft(officer, LocalDateTime.of(2025, 7, 3, 9, 0)));
        assertThat(c.decisionClock().due(calendar).orElseThrow().toLocalDate())
                .as("7/3 + 90 = 10/1, a holiday: the first working day after").isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(decisionDueOn(c.id())).isEqualTo(LocalDate.of(2025, 10, 9));
        CaseView extended = caseClocks.extend(demo.actor("licheng.head"), c.id(), "局长批准", null);
        assertThat(extended.decisionClock().due(calendar).orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(decisionDueOn(c.id())).as("the cached due day follows").isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void concurrentRegistrationsNeverShareANumber() throws Exception {
        Actor officer = demo.actor("pingshun.officer");
        Callable<String> register = () -> cases.register(officer,
                draft(officer, LocalDateTime.now(clock).minusHours(1))).number();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<String> numbers = pool.invokeAll(List.of(register, register, register, register, register, register))
                    .stream().map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("平工商处〔"));
        } finally {
            pool.shutdown();
        }
    }

    LocalDate decisionDueOn(long caseId) {
        return jdbc.sql("select decision_due_on from enforcement_case where id = :id").param("id", caseId)
                .query(LocalDate.class).single();
    }

    /** A case of the officer's unit against a person, with the unit's first two users as officers. */
    CaseDraft draft(Actor officer, LocalDateTime at) {
        List<Long> officers = cases.officerCandidates(officer, officer.unitId()).stream().limit(2)
                .map(HandlingOfficer::userId).toList();
        return new CaseDraft(null, "期限测试案", CaseCategory.OTHER, null, null, BigDecimal.ONE, null, null,
                List.of(PartyInput.person("测试人", "11010519491231002X", null)), List.of(), officers, at);
    }
}
