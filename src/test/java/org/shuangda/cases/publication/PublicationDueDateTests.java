package org.shuangda.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.internal.CalendarEditor;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cached due day of a pending publication follows the calendar: a holiday an administrator adds inside the
 * 20 working days moves it (on the office's list and in the API alike), removing it moves it back, and a record
 * already published keeps its day. The records are decided here, through the services, in March 2019 (a year no
 * other test edits).
 */
@WebTest
@EnableScenarios
class PublicationDueDateTests {

    static final LocalDate DECIDED = LocalDate.of(2019, 3, 4); // a Monday; 20 working days: 2019-04-01
    static final LocalDate HOLIDAY = LocalDate.of(2019, 3, 11); // a working Monday inside that period

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Publications publications;
    @Autowired CalendarEditor calendarEditor;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void removeTheTestHoliday() {
        if (jdbc.sql("select count(*) from calendar_day where day = :d").param("d", HOLIDAY).query(Long.class)
                .single() > 0) {
            calendarEditor.remove(demo.actor("admin"), HOLIDAY);
        }
    }

    @Test
    void anAddedHolidayMovesThePendingDueDayOnTheListAndInTheApiAndRemovingItMovesItBack(Scenario scenario)
            throws Exception {
        Actor office = demo.actor("licheng.office");
        Actor admin = demo.actor("admin");
        DecidedCases decided = new DecidedCases(cases, lifecycle, publications, demo, jdbc);
        long pending = decided.pendingPublication("测试：公示期限随节假日顺延案", DECIDED);
        long published = decided.pendingPublication("测试：已公示记录期限不变案", DECIDED);
        publications.publish(office, published);
        LocalDate due = LocalDate.of(2019, 4, 1);
        assertThat(dueOn(office, pending)).isEqualTo(due);

        scenario.stimulate(() -> calendarEditor.add(admin, HOLIDAY, DayKind.HOLIDAY, "测试假日"))
                .andWaitForStateChange(() -> dueOn(office, pending), day -> !day.equals(due))
                .andVerify(day -> assertThat(day).isEqualTo(LocalDate.of(2019, 4, 2)));
        assertThat(dueOn(office, published)).isEqualTo(due);
        mvc.perform(get("/publications").with(demo.as("licheng.office")))
                .andExpect(content().string(containsString("2019-04-02")));
        mvc.perform(get("/api/v1/publications/{id}", pending).with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.publication.dueOn").value("2019-04-02"));

        scenario.stimulate(() -> calendarEditor.remove(admin, HOLIDAY))
                .andWaitForStateChange(() -> dueOn(office, pending), due::equals)
                .andVerify(day -> assertThat(day).isEqualTo(due));
    }

    private LocalDate dueOn(Actor office, long id) {
        return publications.get(office, id).view().publication().dueOn();
    }
}
