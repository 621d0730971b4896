package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.internal.MissingArrangement;

/**
 * The provisional statutory holidays against every arrangement the platform ships (2015–2026, entered from
 * the State Council notices): each provisional day must be a day off there. That checks the lunar table,
 * the 清明 formula and the fixed dates against independent, official data.
 */
class ProvisionalHolidaysTest {

    private static final CalendarRules PUBLISHED = PublishedHolidays.rules();

    @Test
    void underTheLawSince2025EveryProvisionalDayIsADayOffInThePublishedArrangement() {
        for (int year = 2025; year <= 2026; year++) {
            List<CalendarDay> days = ProvisionalHolidays.forYear(year);
            assertThat(days).hasSize(13);
            for (CalendarDay day : days) {
                assertThat(PUBLISHED.kindOf(day.date())).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
                assertThat(PUBLISHED.day(day.date()).name()).as(day.toString()).contains(
                        day.name().contains("、") ? "国庆节" : day.name());
            }
        }
    }

    /** Before 2025 除夕 and 2 May were not statutory; the days that were must still agree (lunar table, 清明). */
    @Test
    void theLunarFestivalsAndQingmingAgreeWithEveryPublishedYearSince2020() {
        for (int year = 2020; year <= 2024; year++) {
            for (CalendarDay day : ProvisionalHolidays.forYear(year)) {
                boolean newSince2025 = day.name().equals("春节") && day.date().plusDays(1).equals(newYear(year))
                        || day.date().equals(LocalDate.of(year, 5, 2));
                if (!newSince2025) {
                    assertThat(PUBLISHED.kindOf(day.date())).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
                }
            }
        }
        for (int year = 2015; year <= 2026; year++) {
            assertThat(PUBLISHED.day(ProvisionalHolidays.qingming(year)).name()).as("清明 " + year).isEqualTo("清明节");
        }
    }

    private static LocalDate newYear(int year) {
        return ProvisionalHolidays.forYear(year).stream().filter(d -> d.name().equals("春节")).skip(1).findFirst()
                .orElseThrow().date();
    }

    @Test
    void midAutumnInsideNationalDayIsOneDayWithTwoNames() {
        // 2028: 中秋 on 3 October
        List<CalendarDay> days = ProvisionalHolidays.forYear(2028);
        assertThat(days).hasSize(12).contains(new CalendarDay(LocalDate.of(2028, 10, 3), DayKind.HOLIDAY, "中秋节、国庆节"));
        assertThat(ProvisionalHolidays.forYear(2019)).isEmpty();
        assertThat(ProvisionalHolidays.forYear(2100)).isEmpty();
        assertThatThrownBy(() -> ProvisionalHolidays.qingming(2100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearNotEnteredGetsTheStatutoryDaysMarkedProvisionalAndEnteredYearsStayAsEntered() {
        CalendarRules rules = PUBLISHED.withProvisional(List.of(2026, 2027));
        assertThat(rules.isProvisionalYear(2027)).isTrue();
        assertThat(rules.hasHolidayArrangement(2027)).isFalse();
        assertThat(rules.isProvisionalYear(2026)).isFalse();
        assertThat(rules.specialDays().stream().filter(d -> d.date().getYear() == 2026).toList())
                .isEqualTo(PUBLISHED.specialDays().stream().filter(d -> d.date().getYear() == 2026).toList());
        // Spring Festival 2027: 除夕 Sat 6 Feb, 初一–初三 Sun 7 – Tue 9 Feb
        assertThat(rules.kindOf(LocalDate.of(2027, 2, 8))).isEqualTo(DayKind.HOLIDAY);
        assertThat(rules.day(LocalDate.of(2027, 2, 9)).name()).isEqualTo("春节");
        assertThat(rules.addWorkingDays(LocalDate.of(2027, 2, 5), 1)).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(CalendarRules.weekendsOnly().addWorkingDays(LocalDate.of(2027, 2, 5), 1))
                .isEqualTo(LocalDate.of(2027, 2, 8));
        // 元旦 2027 is a Friday: a natural-day period ending on it rolls to Monday 4 January
        assertThat(rules.addNaturalDays(LocalDate.of(2026, 12, 2), 30)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(rules.firstProvisionalYear(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 3, 1))).isEqualTo(2027);
        assertThat(rules.firstProvisionalYear(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 1))).isNull();
    }

    @Test
    void aClockRunningIntoAProvisionalYearKnowsIt() {
        CalendarRules rules = PUBLISHED.withProvisional(List.of(2027));
        Deadline clock = Deadline.startingAt(LocalDateTime.of(2026, 12, 1, 10, 0), DeadlineRule.naturalDays(90));
        assertThat(clock.dueIfResumedAt(LocalDateTime.of(2026, 12, 2, 9, 0), rules).getYear()).isEqualTo(2027);
        assertThat(rules.firstProvisionalYear(clock.start().toLocalDate(),
                clock.dueIfResumedAt(LocalDateTime.of(2026, 12, 2, 9, 0), rules).toLocalDate())).isEqualTo(2027);
        Deadline shortClock = Deadline.startingAt(LocalDateTime.of(2026, 12, 1, 10, 0), DeadlineRule.workingDays(5));
        assertThat(rules.firstProvisionalYear(shortClock.start().toLocalDate(),
                shortClock.dueIfResumedAt(LocalDateTime.of(2026, 12, 2, 9, 0), rules).toLocalDate())).isNull();
    }

    @Test
    void nextYearsMissingArrangementIsAskedForFromTheFirstOfNovember() {
        CalendarRules rules = PUBLISHED.withProvisional(List.of(2027));
        assertThat(MissingArrangement.yearToEnter(LocalDate.of(2026, 10, 31), rules)).isEmpty();
        assertThat(MissingArrangement.yearToEnter(LocalDate.of(2026, 11, 1), rules)).hasValue(2027);
        assertThat(MissingArrangement.yearToEnter(LocalDate.of(2026, 12, 31), rules)).hasValue(2027);
        assertThat(MissingArrangement.yearToEnter(LocalDate.of(2027, 3, 1), rules)).hasValue(2027);
        assertThat(MissingArrangement.yearToEnter(LocalDate.of(2025, 11, 1), rules)).isEmpty();
    }
}
