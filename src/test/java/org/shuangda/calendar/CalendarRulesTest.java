package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    private final CalendarRules calendar = PublishedHolidays.rules();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void spring_festival_2024_make_up_workdays_are_sundays_that_are_worked() {
        assertThat(d("2024-02-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.kindOf(d("2024-02-04"))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.kindOf(d("2024-02-18"))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.isWorkingDay(d("2024-02-18"))).isTrue();
        assertThat(calendar.day(d("2024-02-18")).name()).isEqualTo("春节");
    }

    @Test
    void national_day_2024_is_seven_days_off_with_two_weekend_workdays() {
        for (LocalDate day = d("2024-10-01"); !day.isAfter(d("2024-10-07")); day = day.plusDays(1)) {
            assertThat(calendar.kindOf(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
            assertThat(calendar.isWorkingDay(day)).isFalse();
            assertThat(calendar.day(day).name()).isEqualTo("国庆节");
        }
        assertThat(calendar.kindOf(d("2024-09-29"))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.kindOf(d("2024-10-12"))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.kindOf(d("2024-10-08"))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(d("2024-10-13"))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.day(d("2024-10-08")).name()).isNull();
    }

    @Test
    void the_2020_spring_festival_extension_is_a_holiday() {
        assertThat(calendar.kindOf(d("2020-02-02"))).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void adding_working_days_skips_the_national_day_holiday_and_counts_make_up_days() {
        LocalDate friday = d("2024-09-27");
        assertThat(calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(d("2024-09-29"));
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(d("2024-09-30"));
        assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(d("2024-10-08"));
        assertThat(calendar.addWorkingDays(friday, 7)).isEqualTo(d("2024-10-12"));
        assertThat(calendar.addWorkingDays(friday, 15)).isEqualTo(d("2024-10-23"));
        assertThat(calendar.addWorkingDays(d("2024-10-03"), 0)).as("n = 0 is the start, even on a holiday")
                .isEqualTo(d("2024-10-03"));
        assertThat(calendar.addWorkingDays(d("2024-10-03"), 1)).isEqualTo(d("2024-10-08"));
    }

    @Test
    void negative_working_days_are_refused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2024-10-08"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addNaturalDays(d("2024-10-08"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void working_days_between_counts_after_the_first_day_up_to_the_last() {
        assertThat(calendar.workingDaysBetween(d("2024-09-27"), d("2024-10-08"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-09-27"))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(d("2024-10-01"), d("2024-10-07"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-10-08"))).isZero();
    }

    @Test
    void working_days_between_undoes_add_working_days_across_every_holiday_of_2024() {
        for (LocalDate start = d("2024-01-01"); start.getYear() == 2024; start = start.plusDays(3)) {
            for (int n = 0; n <= 25; n++) {
                LocalDate due = calendar.addWorkingDays(start, n);
                assertThat(calendar.isWorkingDay(due) || n == 0).isTrue();
                assertThat(calendar.workingDaysBetween(start, due)).as(start + " + " + n).isEqualTo(n);
            }
        }
    }

    @Test
    void natural_days_ending_on_a_day_off_end_on_the_next_working_day() {
        assertThat(calendar.addNaturalDays(d("2024-09-10"), 3)).isEqualTo(d("2024-09-13"));
        assertThat(calendar.addNaturalDays(d("2024-09-28"), 3)).as("10-01 is a holiday").isEqualTo(d("2024-10-08"));
        assertThat(calendar.addNaturalDays(d("2024-10-10"), 3)).as("10-13 is a Sunday").isEqualTo(d("2024-10-14"));
        assertThat(calendar.addNaturalDays(d("2024-10-09"), 3)).as("10-12 is a make-up Saturday")
                .isEqualTo(d("2024-10-12"));
        assertThat(calendar.firstWorkingDayFrom(d("2024-10-08"))).isEqualTo(d("2024-10-08"));
    }

    @Test
    void days_lists_every_date_with_its_kind_and_name() {
        List<CalendarDay> days = calendar.days(d("2024-09-28"), d("2024-10-13"));
        assertThat(days).hasSize(16);
        assertThat(days.get(0)).isEqualTo(new CalendarDay(d("2024-09-28"), DayKind.WEEKEND, null));
        assertThat(days.get(1)).isEqualTo(new CalendarDay(d("2024-09-29"), DayKind.MAKEUP_WORKDAY, "国庆节"));
        assertThat(days.get(2)).isEqualTo(new CalendarDay(d("2024-09-30"), DayKind.WORKDAY, null));
        assertThat(days.stream().filter(x -> x.kind() == DayKind.HOLIDAY)).hasSize(7);
        assertThatThrownBy(() -> calendar.days(d("2024-10-02"), d("2024-10-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void years_without_an_arrangement_count_weekends_only_and_say_so() {
        assertThat(calendar.hasHolidayArrangement(2024)).isTrue();
        assertThat(calendar.hasHolidayArrangement(2026)).isTrue();
        assertThat(calendar.hasHolidayArrangement(2040)).isFalse();
        assertThat(calendar.kindOf(d("2040-10-01"))).as("a Monday, no arrangement yet").isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(d("2040-10-06"))).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void rules_built_by_hand_accept_special_days_only_and_each_date_once() {
        CalendarDay holiday = new CalendarDay(d("2030-10-01"), DayKind.HOLIDAY, "国庆节");
        assertThat(CalendarRules.of(List.of(holiday)).kindOf(d("2030-10-01"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CalendarRules.weekendsOnly().kindOf(d("2024-10-01"))).isEqualTo(DayKind.WORKDAY);
        assertThatThrownBy(() -> CalendarRules.of(List.of(holiday, holiday)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030-10-01");
        assertThatThrownBy(() -> CalendarRules.of(List.of(new CalendarDay(d("2030-10-02"), DayKind.WORKDAY, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_published_make_up_workday_is_a_weekend_day() {
        assertThat(calendar.specialDays()).filteredOn(x -> x.kind() == DayKind.MAKEUP_WORKDAY).isNotEmpty()
                .allSatisfy(x -> assertThat(x.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
}
