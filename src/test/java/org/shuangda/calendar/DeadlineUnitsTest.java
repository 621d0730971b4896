package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The units the rulebook adds to the one engine: calendar days with and without roll-forward, months, years. */
class DeadlineUnitsTest {

    private final WorkingCalendar calendar = PublishedHolidays.rules();

    private static LocalDateTime endOf(String isoDate) {
        return LocalDate.parse(isoDate).atTime(Deadline.END_OF_DAY);
    }

    private Deadline from(String isoDate, DeadlineRule rule) {
        return Deadline.startingAt(LocalDate.parse(isoDate).atTime(10, 0), rule);
    }

    @Test
    void calendar_days_rolling_forward_leave_spring_festival_for_its_first_working_day() {
        // 2025-01-08 + 20 days = 2025-01-28, the first day of 春节 (1-28 … 2-04): rolls to Wednesday 2-05
        assertThat(from("2025-01-08", DeadlineRule.naturalDays(20)).due(calendar)).contains(endOf("2025-02-05"));
        // counted exactly, the same period ends on the holiday itself
        assertThat(from("2025-01-08", DeadlineRule.calendarDays(20)).due(calendar)).contains(endOf("2025-01-28"));
        // 1-26 is a 调休 Sunday (a working day): a period ending there does not move
        assertThat(from("2025-01-06", DeadlineRule.naturalDays(20)).due(calendar)).contains(endOf("2025-01-26"));
    }

    @Test
    void calendar_days_pause_every_day_of_the_pause() {
        Deadline paused = from("2025-01-08", DeadlineRule.calendarDays(20))
                .withPause(LocalDateTime.parse("2025-01-10T09:00")).resume(LocalDateTime.parse("2025-01-13T09:00"));
        assertThat(paused.due(calendar)).contains(endOf("2025-01-31"));
    }

    @Test
    void months_from_31_january_end_on_the_last_day_of_february() {
        assertThat(from("2025-01-31", DeadlineRule.months(1)).due(calendar)).contains(endOf("2025-02-28"));
        assertThat(from("2024-01-31", DeadlineRule.months(1)).due(calendar)).contains(endOf("2024-02-29"));
        assertThat(from("2024-01-31", DeadlineRule.months(3)).due(calendar)).contains(endOf("2024-04-30"));
        // a month period is not moved off a day off (a display period): 2024-10-01 is 国庆
        assertThat(from("2024-09-01", DeadlineRule.months(1)).due(calendar)).contains(endOf("2024-10-01"));
    }

    @Test
    void years_from_29_february_end_on_28_february_and_four_years_on_29() {
        assertThat(from("2024-02-29", DeadlineRule.years(1)).due(calendar)).contains(endOf("2025-02-28"));
        assertThat(from("2024-02-29", DeadlineRule.years(4)).due(calendar)).contains(endOf("2028-02-29"));
        assertThat(from("2024-02-29", DeadlineRule.months(12)).due(calendar)).contains(endOf("2025-02-28"));
    }

    @Test
    void a_month_clock_is_pushed_by_its_paused_days_and_extended_in_months() {
        Deadline clock = from("2025-01-31", DeadlineRule.months(1));
        Deadline paused = clock.withPause(LocalDateTime.parse("2025-02-10T09:00"))
                .resume(LocalDateTime.parse("2025-02-15T09:00"));
        assertThat(paused.due(calendar)).contains(endOf("2025-03-05"));
        assertThat(clock.withPause(LocalDateTime.parse("2025-02-10T09:00")).due(calendar)).isEmpty();
        assertThat(clock.extend(1).due(calendar)).contains(endOf("2025-03-31"));
        // a pause after it ran out does not revive it
        assertThat(clock.withPause(LocalDateTime.parse("2025-03-10T09:00")).due(calendar)).contains(endOf("2025-02-28"));
        assertThat(clock.remaining(LocalDateTime.parse("2025-02-20T09:00"), calendar)).isEqualTo(8);
    }
}
