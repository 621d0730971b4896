package org.shuangda.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The calendar API against the real database: any signed-in user or token may read it; bad input names the field. */
@WebTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions call(String url) throws Exception {
        return mvc.perform(get(url).with(user("any")));
    }

    @Test
    void days_lists_every_date_with_kind_and_holiday_name() throws Exception {
        call("/api/v1/calendar/days?from=2024-09-28&to=2024-10-13").andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(16)))
                .andExpect(jsonPath("$[0].date").value("2024-09-28"))
                .andExpect(jsonPath("$[0].kind").value("WEEKEND"))
                .andExpect(jsonPath("$[0].name").doesNotExist())
                .andExpect(jsonPath("$[1].date").value("2024-09-29"))
                .andExpect(jsonPath("$[1].kind").value("MAKEUP_WORKDAY"))
                .andExpect(jsonPath("$[1].name").value("国庆节"))
                .andExpect(jsonPath("$[2].kind").value("WORKDAY"))
                .andExpect(jsonPath("$[3].date").value("2024-10-01"))
                .andExpect(jsonPath("$[3].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[14].date").value("2024-10-12"))
                .andExpect(jsonPath("$[14].kind").value("MAKEUP_WORKDAY"));
    }

    @Test
    void a_range_of_three_years_is_allowed_and_one_day_more_is_not() throws Exception {
        call("/api/v1/calendar/days?from=2024-01-01&to=2027-01-01").andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1097)));
        call("/api/v1/calendar/days?from=2024-01-01&to=2027-01-02").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("3")));
    }

    @Test
    void to_before_from_is_422_on_to() throws Exception {
        call("/api/v1/calendar/days?from=2024-10-02&to=2024-10-01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].reason").value("结束日期不能早于开始日期"));
    }

    @Test
    void a_malformed_or_missing_date_is_400_naming_the_parameter() throws Exception {
        call("/api/v1/calendar/days?from=2024-13-01&to=2024-12-31").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        call("/api/v1/calendar/days?from=2024-10-01&to=tomorrow").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        call("/api/v1/calendar/days?from=2024-10-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void dates_beyond_any_clock_are_refused_not_overflowed() throws Exception {
        call("/api/v1/calendar/days?from=9999-12-31&to=9999-12-31").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        call("/api/v1/calendar/days?from=%2B999999999-12-31&to=%2B999999999-12-31")
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.errors[0].field").value("from"));
        call("/api/v1/calendar/add?from=2200-12-31&workingDays=3650").andExpect(status().isOk());
        call("/api/v1/calendar/add?from=2201-01-01&workingDays=1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void add_gives_the_nth_working_day_after_the_start() throws Exception {
        call("/api/v1/calendar/add?from=2024-09-27&workingDays=15").andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2024-09-27"))
                .andExpect(jsonPath("$.workingDays").value(15))
                .andExpect(jsonPath("$.due").value("2024-10-23"));
        call("/api/v1/calendar/add?from=2024-09-30&workingDays=1").andExpect(jsonPath("$.due").value("2024-10-08"));
        call("/api/v1/calendar/add?from=2024-10-03&workingDays=0").andExpect(jsonPath("$.due").value("2024-10-03"));
        call("/api/v1/calendar/add?from=2024-09-28&workingDays=3650").andExpect(status().isOk());
    }

    @Test
    void add_natural_days_moves_an_end_on_a_holiday_to_the_next_working_day() throws Exception {
        call("/api/v1/calendar/add?from=2024-09-28&naturalDays=3").andExpect(status().isOk())
                .andExpect(jsonPath("$.naturalDays").value(3))
                .andExpect(jsonPath("$.workingDays").doesNotExist())
                .andExpect(jsonPath("$.due").value("2024-10-08"));
    }

    @Test
    void add_calendar_days_rolls_forward_only_when_asked_months_and_hours_too() throws Exception {
        call("/api/v1/calendar/add?from=2025-01-08&calendarDays=20&rollForward=true").andExpect(status().isOk())
                .andExpect(jsonPath("$.calendarDays").value(20)).andExpect(jsonPath("$.rollForward").value(true))
                .andExpect(jsonPath("$.due").value("2025-02-05"));
        call("/api/v1/calendar/add?from=2025-01-08&calendarDays=20").andExpect(status().isOk())
                .andExpect(jsonPath("$.rollForward").value(false)).andExpect(jsonPath("$.due").value("2025-01-28"));
        call("/api/v1/calendar/add?from=2024-01-31&months=1").andExpect(jsonPath("$.due").value("2024-02-29"));
        call("/api/v1/calendar/add?from=2025-01-31&months=1").andExpect(jsonPath("$.due").value("2025-02-28"));
        call("/api/v1/calendar/add?from=2024-09-30&hours=24").andExpect(jsonPath("$.due").value("2024-10-01"))
                .andExpect(jsonPath("$.dueAt").value("2024-10-01T00:00:00"));
        call("/api/v1/calendar/add?from=2024-09-30&months=1&hours=1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        call("/api/v1/calendar/add?from=2024-09-30&months=1201").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("months"));
        call("/api/v1/calendar/add?from=2024-09-30&workingDays=1&rollForward=true")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rollForward"));
    }

    @Test
    void add_refuses_counts_out_of_range_both_counts_or_none() throws Exception {
        call("/api/v1/calendar/add?from=2024-09-27&workingDays=-1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        call("/api/v1/calendar/add?from=2024-09-27&workingDays=3651").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        call("/api/v1/calendar/add?from=2024-09-27&naturalDays=-5").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("naturalDays"));
        call("/api/v1/calendar/add?from=2024-09-27&workingDays=1&naturalDays=1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("naturalDays"));
        call("/api/v1/calendar/add?from=2024-09-27").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        call("/api/v1/calendar/add?from=2024-09-27&workingDays=ten").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"));
    }

    @Test
    void anonymous_callers_are_refused_and_a_token_is_enough() throws Exception {
        mvc.perform(get("/api/v1/calendar/days?from=2024-10-01&to=2024-10-07")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calendar/days?from=2024-10-01&to=2024-10-07")
                .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(7)));
    }

    @Test
    void the_api_is_described_in_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/days'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/add'].get.parameters[?(@.name == 'workingDays')]")
                        .exists());
    }
}
