package org.shuangda.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The working-day rules for a fixed set of special days: an immutable, database-free
 * {@link WorkingCalendar}. The Spring bean swaps in a new instance after each edit; tests build one from
 * the days they need.
 */
public final class CalendarRules implements WorkingCalendar {

    private final Map<LocalDate, CalendarDay> specialDays;
    private final Set<Integer> yearsWithHolidays;

    private CalendarRules(Map<LocalDate, CalendarDay> specialDays) {
        this.specialDays = Map.copyOf(specialDays);
        this.yearsWithHolidays = specialDays.values().stream().filter(d -> d.kind() == DayKind.HOLIDAY)
                .map(d -> d.date().getYear()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Rules for the given holidays and make-up workdays.
     *
     * @throws IllegalArgumentException if a day is not special or a date appears twice
     */
    public static CalendarRules of(Collection<CalendarDay> specialDays) {
        for (CalendarDay day : specialDays) {
            if (!day.kind().isSpecial()) {
                throw new IllegalArgumentException("Only holidays and make-up workdays are special: " + day);
            }
        }
        return new CalendarRules(specialDays.stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("Date listed twice: " + a.date());
                })));
    }

    /** A calendar that knows only weekends: what the platform would be without its holiday table. */
    public static CalendarRules weekendsOnly() {
        return new CalendarRules(Map.of());
    }

    /** The holidays and make-up workdays, in date order. */
    public List<CalendarDay> specialDays() {
        return specialDays.values().stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    @Override
    public DayKind kindOf(LocalDate date) {
        CalendarDay special = specialDays.get(date);
        if (special != null) {
            return special.kind();
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    @Override
    public CalendarDay day(LocalDate date) {
        CalendarDay special = specialDays.get(date);
        return special != null ? special : new CalendarDay(date, kindOf(date), null);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    @Override
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day(day));
        }
        return days;
    }

    @Override
    public boolean hasHolidayArrangement(int year) {
        return yearsWithHolidays.contains(year);
    }
}
