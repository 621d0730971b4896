package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The week-jumping arithmetic of {@link CalendarRules} gives exactly what walking the days gave
 * ({@link DayByDayReference}), over thousands of seeded random ranges and offsets: on the shipped holidays
 * (2015–2026, every 调休 day), on weekends alone, and on random calendars with holidays on weekdays and on
 * weekends, make-up workdays on weekends (and, oddly, on weekdays), and long runs of days off. Range ends are
 * biased towards weekends, holidays and make-up workdays, where an off-by-one would show.
 */
class CalendarRulesPropertyTest {

    private static final long SEED = 20261202L;
    private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
    private static final int SPAN_DAYS = 16 * 366;

    @Test
    void the_shipped_holidays_count_as_walking_the_days_did() {
        compare(PublishedHolidays.rules(), new Random(SEED), 6_000);
    }

    @Test
    void weekends_only_count_as_walking_the_days_did() {
        compare(CalendarRules.weekendsOnly(), new Random(SEED + 1), 3_000);
    }

    @Test
    void random_calendars_count_as_walking_the_days_did() {
        Random random = new Random(SEED + 2);
        for (int c = 0; c < 20; c++) {
            compare(randomCalendar(random), random, 500);
        }
    }

    @Test
    void a_start_or_end_far_from_every_special_day_counts_alike() {
        CalendarRules rules = PublishedHolidays.rules();
        DayByDayReference old = new DayByDayReference(rules);
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 200; i++) {
            LocalDate from = LocalDate.of(1949 + random.nextInt(40), 1, 1).plusDays(random.nextInt(366));
            LocalDate to = LocalDate.of(2060 + random.nextInt(40), 1, 1).plusDays(random.nextInt(366));
            assertThat(rules.workingDaysBetween(from, to)).as("%s → %s", from, to)
                    .isEqualTo(old.workingDaysBetween(from, to));
            assertThat(rules.workingDaysBetween(to, from)).isEqualTo(old.workingDaysBetween(to, from));
            int n = random.nextInt(40_000);
            assertThat(rules.addWorkingDays(from, n)).as("%s + %d", from, n).isEqualTo(old.addWorkingDays(from, n));
        }
    }

    private static void compare(CalendarRules rules, Random random, int rounds) {
        DayByDayReference old = new DayByDayReference(rules);
        List<LocalDate> special = rules.specialDays().stream().map(CalendarDay::date).toList();
        for (int i = 0; i < rounds; i++) {
            LocalDate from = pick(random, special);
            LocalDate to = random.nextInt(4) == 0 ? pick(random, special)
                    : from.plusDays(random.nextInt(900) - 300);
            if (random.nextInt(5) == 0) {
                to = toWeekend(to, random);
            }
            assertThat(rules.workingDaysBetween(from, to)).as("between %s and %s", from, to)
                    .isEqualTo(old.workingDaysBetween(from, to));
            int n = random.nextInt(8) == 0 ? random.nextInt(3) : random.nextInt(600);
            LocalDate added = rules.addWorkingDays(from, n);
            assertThat(added).as("%d working days after %s", n, from).isEqualTo(old.addWorkingDays(from, n));
            assertThat(rules.workingDaysBetween(from, added)).isEqualTo(n);
            assertThat(rules.firstWorkingDayFrom(to)).as("first working day from %s", to)
                    .isEqualTo(old.firstWorkingDayFrom(to));
        }
    }

    /** A date in the span, a third of the time a special day or one beside it. */
    private static LocalDate pick(Random random, List<LocalDate> special) {
        if (!special.isEmpty() && random.nextInt(3) == 0) {
            return special.get(random.nextInt(special.size())).plusDays(random.nextInt(3) - 1);
        }
        LocalDate day = FIRST.plusDays(random.nextInt(SPAN_DAYS));
        return random.nextInt(5) == 0 ? toWeekend(day, random) : day;
    }

    private static LocalDate toWeekend(LocalDate day, Random random) {
        LocalDate saturday = day.plusDays(Math.floorMod(DayOfWeek.SATURDAY.getValue() - day.getDayOfWeek().getValue(), 7));
        return random.nextBoolean() ? saturday : saturday.plusDays(1);
    }

    /** Holidays on weekdays and weekends, runs of them, make-up workdays on weekends and weekdays. */
    private static CalendarRules randomCalendar(Random random) {
        Set<LocalDate> taken = new HashSet<>();
        List<CalendarDay> days = new ArrayList<>();
        int periods = random.nextInt(60);
        for (int p = 0; p < periods; p++) {
            LocalDate first = FIRST.plusDays(random.nextInt(SPAN_DAYS));
            int length = random.nextInt(10) == 0 ? 20 + random.nextInt(40) : 1 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                LocalDate day = first.plusDays(k);
                if (taken.add(day)) {
                    days.add(new CalendarDay(day, DayKind.HOLIDAY, "假" + p));
                }
            }
            int makeups = random.nextInt(3);
            for (int k = 0; k < makeups; k++) {
                LocalDate near = first.plusDays(random.nextInt(30) - 15);
                LocalDate day = random.nextInt(6) == 0 ? near : toWeekend(near, random);
                if (taken.add(day)) {
                    days.add(new CalendarDay(day, DayKind.MAKEUP_WORKDAY, "假" + p));
                }
            }
        }
        return CalendarRules.of(days);
    }
}
