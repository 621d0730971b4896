package org.shuangda.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>The working-day arithmetic never walks the days: it counts Mondays to Fridays by whole weeks (5 per
 * week, plus the part-week at either end) and corrects that count with the special days in the range, read
 * from a sorted array with a running sum of their corrections (a holiday on a weekday −1, a make-up workday
 * on a weekend +1). A count is two binary searches; {@link #addWorkingDays} a binary search over that count.
 * Either costs microseconds whatever the distance, so a far-off date costs no more than next week.
 */
public final class CalendarRules implements WorkingCalendar {

    private final Map<LocalDate, CalendarDay> specialDays;
    private final Set<Integer> yearsWithHolidays;
    /** Years whose holidays are only {@link ProvisionalHolidays}, not an entered arrangement. */
    private final Set<Integer> provisionalYears;
    /** The special days' epoch days, ascending. */
    private final long[] specialEpochDays;
    /**
     * {@code correction[i]}: the sum, over the first {@code i} special days, of what each changes against the
     * plain Monday-to-Friday count (working now minus working by weekday: −1, 0 or +1).
     */
    private final long[] correction;

    private CalendarRules(Map<LocalDate, CalendarDay> specialDays) {
        this(specialDays, Set.of());
    }

    private CalendarRules(Map<LocalDate, CalendarDay> specialDays, Set<Integer> provisionalYears) {
        this.provisionalYears = Set.copyOf(provisionalYears);
        this.specialDays = Map.copyOf(specialDays);
        List<CalendarDay> sorted = specialDays.values().stream().sorted(Comparator.comparing(CalendarDay::date))
                .toList();
        this.specialEpochDays = new long[sorted.size()];
        this.correction = new long[sorted.size() + 1];
        for (int i = 0; i < sorted.size(); i++) {
            CalendarDay day = sorted.get(i);
            specialEpochDays[i] = day.date().toEpochDay();
            int delta = (day.kind().isWorkingDay() ? 1 : 0) - (isMondayToFriday(day.date().toEpochDay()) ? 1 : 0);
            correction[i + 1] = correction[i] + delta;
        }
        this.yearsWithHolidays = specialDays.values().stream().filter(d -> d.kind() == DayKind.HOLIDAY)
                .map(d -> d.date().getYear()).filter(y -> !provisionalYears.contains(y))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * These rules plus the {@linkplain ProvisionalHolidays provisional} statutory holidays of every year in
     * {@code years} that has no holiday entered (a date already entered, e.g. a make-up workday, is kept).
     * Those years stay without an {@linkplain #hasHolidayArrangement arrangement} and are
     * {@linkplain #isProvisionalYear provisional}.
     */
    public CalendarRules withProvisional(Collection<Integer> years) {
        Map<LocalDate, CalendarDay> days = new java.util.HashMap<>(specialDays);
        Set<Integer> provisional = new java.util.HashSet<>(provisionalYears);
        for (int year : years) {
            if (hasHolidayArrangement(year) || provisionalYears.contains(year)) {
                continue;
            }
            List<CalendarDay> filled = ProvisionalHolidays.forYear(year);
            if (!filled.isEmpty()) {
                filled.forEach(d -> days.putIfAbsent(d.date(), d));
                provisional.add(year);
            }
        }
        return new CalendarRules(days, provisional);
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
        if (n == 0) {
            return start;
        }
        long from = start.toEpochDay();
        long target = workingDaysUpTo(from) + n;
        // The answer is the first day whose running count reaches the target. Every 7 days hold 5 weekdays,
        // and at most every holiday takes one away, so it lies within (n + holidays) / 5 weeks and a week.
        long lo = from + 1;
        long hi = from + 7 * ((n + (long) specialEpochDays.length) / 5 + 2);
        long max = LocalDate.MAX.toEpochDay();
        if (hi > max) {
            hi = max;
            if (workingDaysUpTo(max) < target) {
                throw new java.time.DateTimeException(
                        "The " + n + "th working day after " + start + " lies beyond " + LocalDate.MAX);
            }
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (workingDaysUpTo(mid) >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    /**
     * @throws ArithmeticException if the count does not fit an {@code int} (a range of some 8 million years)
     */
    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(workingDaysUpTo(to.toEpochDay()) - workingDaysUpTo(from.toEpochDay()));
    }

    /**
     * The working days from a fixed origin up to and including {@code epochDay} (negative before the origin):
     * any two values differ by the working days after the first day up to the second.
     */
    private long workingDaysUpTo(long epochDay) {
        return mondayToFridayUpTo(epochDay) + correction[specialDaysUpTo(epochDay)];
    }

    /** The Mondays to Fridays from Monday 1969-12-29 (epoch day −3) up to and including {@code epochDay}. */
    private static long mondayToFridayUpTo(long epochDay) {
        long sinceMonday = epochDay + 3;
        long weeks = Math.floorDiv(sinceMonday, 7);
        long dayOfWeek = Math.floorMod(sinceMonday, 7); // 0 Monday … 6 Sunday
        return weeks * 5 + Math.min(dayOfWeek + 1, 5);
    }

    private static boolean isMondayToFriday(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5;
    }

    /** How many special days fall on or before {@code epochDay}. */
    private int specialDaysUpTo(long epochDay) {
        int at = Arrays.binarySearch(specialEpochDays, epochDay);
        return at >= 0 ? at + 1 : -at - 1;
    }

    @Override
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
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

    @Override
    public boolean isProvisionalYear(int year) {
        return provisionalYears.contains(year);
    }
}
