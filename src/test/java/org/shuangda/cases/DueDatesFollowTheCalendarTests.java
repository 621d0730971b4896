package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.internal.CalendarEditor;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The due days the lists filter on are cached; an administrator's calendar edit ({@code CalendarChanged}) moves
 * them for the running clocks over the edited day, so the list (overdue filter, JSON) and the case page agree.
 * 2023 has no special days in the calendar: every weekday is a working day.
 */
@WebTest
@EnableScenarios
class DueDatesFollowTheCalendarTests {

    /** 立案 on 2023-03-01: 90 natural days end on Tuesday 2023-05-30. */
    static final LocalDateTime REGISTERED = LocalDateTime.of(2023, 3, 1, 9, 0);
    static final LocalDate DUE = LocalDate.of(2023, 5, 30);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Clues clues;
    @Autowired CalendarEditor calendar;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void anEditedHolidayMovesACasesDueDateInTheListAndOnThePageAlike(Scenario scenario) throws Exception {
        Actor officer = demo.actor("licheng.officer");
        String title = CaseFixtures.title("期限随日历");
        long id = new CaseFixtures(cases, lifecycle, clock).registered(officer, title, REGISTERED).id();
        // verification of a clue received 2023-05-10: 15 working days to 2023-05-31, over the edited day
        long clue = clues.register(officer, new Clues.ClueDraft(null, ClueSource.INSPECTION, null,
                LocalDateTime.of(2023, 5, 10, 10, 0), "黎城县某超市", null, "期限随日历的线索")).id();
        assertThat(dueInOverdueList(title)).isEqualTo(DUE.toString());
        assertThat(clueDue(clue)).isEqualTo(LocalDate.of(2023, 5, 31));
        showsDue(id, DUE);

        Actor admin = demo.actor("admin");
        try {
            scenario.stimulate(() -> calendar.add(admin, DUE, DayKind.HOLIDAY, "测试假日"))
                    .andWaitForStateChange(() -> dueInOverdueList(title), due -> due.equals("2023-05-31"))
                    .andVerify(due -> assertThat(clueDue(clue)).isEqualTo(LocalDate.of(2023, 6, 1)));
            showsDue(id, DUE.plusDays(1));
        } finally {
            scenario.stimulate(() -> calendar.remove(admin, DUE))
                    .andWaitForStateChange(() -> dueInOverdueList(title), due -> due.equals(DUE.toString()))
                    .andVerify(due -> assertThat(clueDue(clue)).isEqualTo(LocalDate.of(2023, 5, 31)));
        }
        showsDue(id, DUE);
    }

    /** The due day the list's overdue filter shows for the case (its JSON). */
    String dueInOverdueList(String title) {
        try {
            String json = mvc.perform(get("/api/v1/cases").param("q", title).param("clock", "OVERDUE")
                    .with(demo.as("licheng.officer"))).andReturn().getResponse().getContentAsString();
            List<String> dues = JsonPath.read(json, "$.rows[*].decisionDueOn");
            return dues.isEmpty() ? null : dues.get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void showsDue(long caseId, LocalDate due) throws Exception {
        mvc.perform(get("/cases/" + caseId).with(demo.as("licheng.officer")))
                .andExpect(content().string(containsString("期限至 " + due)));
    }

    LocalDate clueDue(long clueId) {
        return jdbc.sql("select due_on from clue where id = :id").param("id", clueId).query(LocalDate.class).single();
    }
}
