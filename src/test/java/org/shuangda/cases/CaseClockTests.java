package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.shared.Actor;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The clocks as stored and read back, on the real holiday calendar (国庆 2025: 10月1日–8日 off, 9月28日 and
 * 10月11日 worked), and case numbers under concurrent registration.
 */
@WebTest
class CaseClockTests {

    @Autowired Clues clues;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired UserDetailsService users;

    Actor signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (Actor) user;
    }

    @Test
    void fifteenWorkingDaysOverTheNationalDayHolidayAndATestingPause() {
        Actor officer = signIn("licheng.officer");
        Clue clue = clues.register(new Clues.ClueDraft(null, ClueSource.INSPECTION, null,
                LocalDateTime.of(2025, 9, 26, 10, 0), "黎城县某汽配门市", null, "疑似假冒刹车片"), officer);
        assertThat(clue.verificationClock().due(calendar).orElseThrow().toLocalDate())
                .as("9/28 (调休), 9/29, 9/30, then from 10/9 (10/11 worked)").isEqualTo(LocalDate.of(2025, 10, 23));
        jdbc.sql("""
                insert into case_clock_pause (clue_id, clock, reason, from_at, to_at)
                values (:id, 'VERIFICATION', 'TESTING', '2025-09-29 09:00', '2025-10-13 09:00')""")
                .param("id", clue.id()).update();
        Clue paused = clues.find(clue.id(), officer);
        assertThat(paused.verificationClock().due(calendar).orElseThrow().toLocalDate())
                .as("the 5 working days 9/29–10/11 of the pause do not count").isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void ninetyDaysEndingOnAHolidayRunToTheNextWorkingDayAndExtensionsAdd() {
        Actor officer = signIn("licheng.officer");
        EnforcementCase c = cases.register(draft(LocalDateTime.of(2025, 7, 3, 9, 0)), officer);
        assertThat(c.decisionClock().due(calendar).orElseThrow().toLocalDate())
                .as("7/3 + 90 = 10/1, a holiday: the first working day after").isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(jdbc.sql("select decision_due_on from enforcement_case where id = :id").param("id", c.id())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 10, 9));
        jdbc.sql("""
                insert into case_clock_extension (case_id, clock, amount, approval, approved_by)
                values (:id, 'DECISION', 30, '局长批准', 'test')""").param("id", c.id()).update();
        assertThat(cases.get(c.id()).decisionClock().due(calendar).orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void concurrentRegistrationsNeverShareANumber() throws Exception {
        signIn("pingshun.officer");
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Callable<String> register = () -> {
            SecurityContextHolder.getContext().setAuthentication(auth);
            try {
                return cases.register(draftFor("pingshun", LocalDateTime.now(WorkingCalendar.ZONE).minusHours(1)),
                        (Actor) auth.getPrincipal()).number();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
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

    CaseDraft draft(LocalDateTime at) {
        return draftFor("licheng", at);
    }

    CaseDraft draftFor(String county, LocalDateTime at) {
        List<Long> officers = jdbc.sql("select id from app_user where username in (:a, :b)")
                .param("a", county + ".officer").param("b", county + ".reporter").query(Long.class).list();
        return new CaseDraft(null, "期限测试案", CaseCategory.OTHER, null, null, BigDecimal.ONE, null, null,
                List.of(PartyInput.person("测试人", "11010519491231002X", null)), List.of(), officers, at);
    }
}
