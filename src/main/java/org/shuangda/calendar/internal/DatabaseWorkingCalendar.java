package org.shuangda.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.CalendarRules;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The {@link WorkingCalendar} bean: the special days held in memory as an immutable {@link CalendarRules}
 * snapshot, swapped after each committed edit. Every call, and every calculation over a {@link #snapshot()},
 * works on one snapshot, so it never mixes the calendar before and after an edit.
 *
 * <p>Not multi-instance aware: each running instance holds its own copy, and an edit made on one instance
 * reaches the others only when they restart. Running several instances would need a reload signal (e.g.
 * PostgreSQL {@code LISTEN/NOTIFY}) or a periodic {@link #reload()}.
 */
@Component
class DatabaseWorkingCalendar implements WorkingCalendar {

    private final SpecialDayStore store;
    private volatile CalendarRules rules;

    DatabaseWorkingCalendar(SpecialDayStore store) {
        this.store = store;
        reload();
    }

    /** Reads the special days again (after an edit has been committed). */
    void reload() {
        rules = CalendarRules.of(store.all());
    }

    @Override
    public DayKind kindOf(LocalDate date) {
        return rules.kindOf(date);
    }

    @Override
    public CalendarDay day(LocalDate date) {
        return rules.day(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rules.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return rules.addWorkingDays(start, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules.workingDaysBetween(from, to);
    }

    @Override
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        return rules.firstWorkingDayFrom(day);
    }

    @Override
    public LocalDate addNaturalDays(LocalDate start, int n) {
        return rules.addNaturalDays(start, n);
    }

    @Override
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        return rules.days(from, to);
    }

    @Override
    public boolean hasHolidayArrangement(int year) {
        return rules.hasHolidayArrangement(year);
    }

    @Override
    public WorkingCalendar snapshot() {
        return rules;
    }
}
