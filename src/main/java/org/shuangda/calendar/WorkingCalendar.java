package org.shuangda.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The Chinese working-day calendar used by every legal clock. A working day is Monday to Friday unless it
 * is a statutory holiday, plus every 调休 make-up working day on a weekend. Inject this interface; the bean
 * reflects administrators' edits as soon as they are committed.
 *
 * <p>Years whose arrangement has not been entered (see {@link #hasHolidayArrangement(int)}) count their
 * statutory holiday days as {@linkplain ProvisionalHolidays provisional} ones (no 调休): the State Council
 * publishes each year's arrangement only in November of the year before.
 */
public interface WorkingCalendar {

    /** Every legal clock runs on Beijing time. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    DayKind kindOf(LocalDate date);

    /** The date with its kind and, for holidays and make-up workdays, the holiday's name. */
    CalendarDay day(LocalDate date);

    default boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorkingDay();
    }

    /**
     * The {@code n}-th working day after {@code start}; the start day itself is not counted (期间开始之日不计算在内),
     * so {@code n = 0} gives {@code start}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}. Negative when {@code to} is before {@code from}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** {@code day} itself if it is a working day, else the first working day after it. */
    LocalDate firstWorkingDayFrom(LocalDate day);

    /**
     * {@code n} natural days after {@code start} (start day not counted); when that last day is a holiday or a
     * weekend day off, the first working day after it, as the rules on periods require
     * (期间届满的最后一日为法定节假日的,以法定节假日后的第一日为期间届满的日期).
     */
    default LocalDate addNaturalDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        return firstWorkingDayFrom(start.plusDays(n));
    }

    /** Every date from {@code from} to {@code to}, both included. */
    List<CalendarDay> days(LocalDate from, LocalDate to);

    /** Whether at least one statutory holiday of {@code year} has been entered. */
    boolean hasHolidayArrangement(int year);

    /**
     * Whether {@code year}'s holidays are only the {@linkplain ProvisionalHolidays provisional} statutory days
     * (its arrangement not entered yet): a clock that runs into it must say so.
     */
    default boolean isProvisionalYear(int year) {
        return false;
    }

    /** The first provisional year from {@code from}'s year to {@code to}'s, or null: for a clock's page. */
    default Integer firstProvisionalYear(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return null;
        }
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear());
                year++) {
            if (isProvisionalYear(year)) {
                return year;
            }
        }
        return null;
    }

    /**
     * A calendar that stays unchanged while a long calculation (a deadline) walks over it, even if an
     * administrator edits the calendar meanwhile.
     */
    default WorkingCalendar snapshot() {
        return this;
    }

    /**
     * Makes sure every calendar edit committed so far is loaded: listeners of {@link CalendarChanged} call it
     * first, since they may run before this instance's own reload after the editing transaction's commit.
     */
    default void catchUp() {
    }
}
