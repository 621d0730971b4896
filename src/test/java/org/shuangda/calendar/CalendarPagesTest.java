package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The calendar page for every signed-in user and the editor for administrators of the national calendar, as
 * the demo users. Edits touch far-future dates (2031) or next year only, and are undone in the same test.
 */
@WebTest
@RecordApplicationEvents
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ApplicationEvents events;

    private RequestPostProcessor as(String username) {
        return demoUsers.as(username);
    }

    @Test
    void the_year_page_shows_the_holidays_and_make_up_days_to_any_user() throws Exception {
        mvc.perform(get("/calendar?year=2024").with(as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2024年工作日历")))
                .andExpect(content().string(containsString("国庆节")))
                .andExpect(content().string(containsString("10月1日至10月7日放假，共7天")))
                .andExpect(content().string(containsString("9月29日（周日）、10月12日（周六）上班")))
                .andExpect(content().string(containsString("data-date=\"2024-10-01\"")))
                .andExpect(content().string(containsString("sd-cal-holiday")))
                .andExpect(content().string(containsString(">班<")))
                .andExpect(content().string(not(containsString("id=\"editor\""))))
                .andExpect(content().string(not(containsString("尚未录入，请按国务院办公厅通知录入"))));
    }

    @Test
    void the_page_speaks_english_too() throws Exception {
        mvc.perform(get("/calendar?year=2024&lang=en").with(as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Working-day calendar 2024")))
                .andExpect(content().string(containsString("National Day")))
                .andExpect(content().string(containsString(">Work<")));
    }

    @Test
    void an_unusable_year_shows_this_year_and_today_is_highlighted() throws Exception {
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        mvc.perform(get("/calendar?year=abc").with(as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(today.getYear() + "年工作日历")))
                .andExpect(content().string(containsString("sd-cal-today")));
    }

    @Test
    void a_year_without_an_arrangement_says_it_counts_weekends_only() throws Exception {
        mvc.perform(get("/calendar?year=2035").with(as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2035年节假日安排尚未录入：本页和各项办理时限暂按周末计算工作日")));
    }

    @Test
    void a_make_up_workday_on_a_wednesday_is_refused_with_a_message_and_nothing_is_saved() throws Exception {
        LocalDate wednesday = LocalDate.parse("2031-05-07");
        mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                        .param("date", wednesday.toString()).param("kind", "MAKEUP_WORKDAY").param("name", "劳动节"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2031-05-07不是周末：调休上班日必须是星期六或星期日")))
                .andExpect(content().string(containsString("value=\"劳动节\"")));
        assertThat(calendar.kindOf(wednesday)).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void a_duplicate_date_a_malformed_date_and_an_empty_name_are_explained_in_the_form() throws Exception {
        mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                        .param("date", "2024-10-01").param("kind", "HOLIDAY").param("name", "国庆节"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2024-10-01已有安排，请修改原记录而不是新增")));
        mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                        .param("date", "2031-02-30").param("kind", "HOLIDAY").param("name", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("“2031-02-30”不是有效日期")));
        mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                        .param("date", "2031-05-06").param("kind", "HOLIDAY").param("name", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(calendar.kindOf(LocalDate.parse("2031-05-06"))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void a_saved_change_reaches_the_api_and_every_clock_and_is_audited() throws Exception {
        LocalDate tuesday = LocalDate.parse("2031-05-06");
        try {
            mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                            .param("date", tuesday.toString()).param("kind", "HOLIDAY").param("name", " 劳动节 "))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/calendar?year=2031"));
            mvc.perform(get("/api/v1/calendar/days?from=2031-05-06&to=2031-05-06").with(as("licheng.reporter")))
                    .andExpect(jsonPath("$[0].kind").value("HOLIDAY")).andExpect(jsonPath("$[0].name").value("劳动节"));
            mvc.perform(get("/api/v1/calendar/add?from=2031-05-05&workingDays=1").with(as("licheng.reporter")))
                    .andExpect(jsonPath("$.due").value("2031-05-07"));
            assertThat(events.stream(AuditableChange.class).filter(e -> e.objectType().equals("calendar_day")))
                    .anySatisfy(e -> {
                        assertThat(e.action()).isEqualTo(AuditAction.CREATE);
                        assertThat(e.objectId()).isEqualTo("2031-05-06");
                        assertThat(e.after()).containsEntry("kind", "HOLIDAY").containsEntry("name", "劳动节");
                    });

            mvc.perform(get("/calendar?edit=2031-05-06").with(as("admin"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("修改 2031-05-06")));
            mvc.perform(post("/calendar/days").with(as("admin")).with(csrf()).param("editing", "true")
                            .param("date", tuesday.toString()).param("kind", "HOLIDAY").param("name", "劳动节调整"))
                    .andExpect(status().is3xxRedirection());
            assertThat(calendar.day(tuesday).name()).isEqualTo("劳动节调整");
            assertThat(events.stream(AuditableChange.class).filter(e -> e.action() == AuditAction.UPDATE))
                    .anySatisfy(e -> {
                        assertThat(e.before()).containsOnlyKeys("name").containsEntry("name", "劳动节");
                        assertThat(e.after()).containsEntry("name", "劳动节调整");
                    });
        } finally {
            mvc.perform(post("/calendar/days/2031-05-06/delete").with(as("admin")).with(csrf()));
        }
        assertThat(calendar.kindOf(tuesday)).isEqualTo(DayKind.WORKDAY);
        assertThat(events.stream(AuditableChange.class).filter(e -> e.action() == AuditAction.DELETE))
                .anySatisfy(e -> assertThat(e.objectId()).isEqualTo("2031-05-06"));
    }

    @Test
    void the_national_calendar_is_edited_only_with_calendar_manage_for_all_regions() throws Exception {
        // licheng.admin holds CALENDAR_MANAGE for 黎城县 only: the calendar counts for every region
        mvc.perform(get("/calendar?year=2024").with(as("licheng.admin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"editor\""))));
        mvc.perform(post("/calendar/days").with(as("licheng.admin")).with(csrf())
                        .param("date", "2031-05-06").param("kind", "HOLIDAY").param("name", "劳动节"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendar/days/2024-10-01/delete").with(as("licheng.reporter")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(calendar.kindOf(LocalDate.parse("2031-05-06"))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(LocalDate.parse("2024-10-01"))).isEqualTo(DayKind.HOLIDAY);
        long specialDays2024 = calendar.days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).stream()
                .filter(d -> d.kind().isSpecial()).count();
        mvc.perform(get("/calendar?year=2024").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"editor\"")))
                .andExpect(content().string(containsString("本年度特殊日（" + specialDays2024 + "天）")));
    }

    @Test
    void deleting_a_date_without_an_entry_is_not_found() throws Exception {
        mvc.perform(post("/calendar/days/2031-05-08/delete").with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/calendar/days/not-a-date/delete").with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void admins_are_reminded_to_enter_next_years_arrangement_until_it_is_entered() throws Exception {
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        int nextYear = today.getYear() + 1;
        String notice = "国务院办公厅关于" + nextYear + "年部分节假日安排的通知尚未录入";
        String todo = "录入国务院办公厅" + nextYear + "年节假日安排";
        // asked for from 1 November only (ProvisionalHolidaysTest covers the dates on either side of it)
        if (calendar.hasHolidayArrangement(nextYear) || today.getMonthValue() < 11) {
            mvc.perform(get("/calendar").with(as("admin"))).andExpect(content().string(not(containsString(notice))));
            return;
        }
        mvc.perform(get("/calendar").with(as("admin"))).andExpect(content().string(containsString(notice)));
        mvc.perform(get("/").with(as("admin"))).andExpect(content().string(containsString(todo)));
        mvc.perform(get("/").with(as("licheng.reporter"))).andExpect(content().string(not(containsString(todo))));
        LocalDate newYearsDay = LocalDate.of(nextYear, 1, 1);
        try {
            mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                    .param("date", newYearsDay.toString()).param("kind", "HOLIDAY").param("name", "元旦"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/calendar").with(as("admin"))).andExpect(content().string(not(containsString(notice))));
            mvc.perform(get("/").with(as("admin"))).andExpect(content().string(not(containsString(todo))));
        } finally {
            mvc.perform(post("/calendar/days/" + newYearsDay + "/delete").with(as("admin")).with(csrf()));
        }
        mvc.perform(get("/calendar").with(as("admin"))).andExpect(content().string(containsString(notice)));
    }

    @Test
    void a_provisional_year_is_marked_on_the_calendar_page_with_its_statutory_days() throws Exception {
        int nextYear = LocalDate.now(WorkingCalendar.ZONE).getYear() + 1;
        if (calendar.hasHolidayArrangement(nextYear)) {
            return; // entered: nothing provisional left (the unit test covers the marking)
        }
        assertThat(calendar.isProvisionalYear(nextYear)).isTrue();
        LocalDate newYearsDay = LocalDate.of(nextYear, 1, 1);
        assertThat(calendar.kindOf(newYearsDay)).isEqualTo(DayKind.HOLIDAY);
        mvc.perform(get("/calendar?year=" + nextYear).with(as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-provisional\"")))
                .andExpect(content().string(containsString(nextYear + "年节假日安排尚未录入：本页和各项办理时限暂按法定节日计算")))
                .andExpect(content().string(not(containsString("暂按周末计算工作日"))));
        // once an arrangement is entered the year is no longer provisional
        try {
            mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                    .param("date", newYearsDay.toString()).param("kind", "HOLIDAY").param("name", "元旦"))
                    .andExpect(status().is3xxRedirection());
            assertThat(calendar.isProvisionalYear(nextYear)).isFalse();
            assertThat(calendar.kindOf(LocalDate.of(nextYear, 10, 2))).isNotEqualTo(DayKind.HOLIDAY);
            mvc.perform(get("/calendar?year=" + nextYear).with(as("licheng.reporter")))
                    .andExpect(content().string(not(containsString("id=\"calendar-provisional\""))));
        } finally {
            mvc.perform(post("/calendar/days/" + newYearsDay + "/delete").with(as("admin")).with(csrf()));
        }
        assertThat(calendar.isProvisionalYear(nextYear)).isTrue();
    }
}
