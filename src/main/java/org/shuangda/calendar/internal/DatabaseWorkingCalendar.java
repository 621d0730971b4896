package org.shuangda.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.CalendarRules;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@link WorkingCalendar} bean: the special days held in memory as an immutable {@link CalendarRules}
 * snapshot, swapped after each committed edit. Every call, and every calculation over a {@link #snapshot()},
 * works on one snapshot, so it never mixes the calendar before and after an edit.
 *
 * <p>Several instances: each holds its own copy. Every change of the special days bumps
 * {@code calendar_revision} (a trigger, V53), and each instance looks at it every few seconds
 * ({@code shuangda.calendar.revision-check-ms}, default 5,000) and reloads when it moved, so an edit made on
 * one instance (or by hand in the database) reaches the others within that time.
 */
@Component
class DatabaseWorkingCalendar implements WorkingCalendar {

    private final SpecialDayStore store;
    private final java.time.Clock clock;
    private volatile CalendarRules rules;
    private volatile long revision;
    private volatile int loadedInYear;

    DatabaseWorkingCalendar(SpecialDayStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
        reload();
    }

    /**
     * Reads the special days again (after an edit has been committed), with the revision they belong to, and
     * pre-fills the {@linkplain org.shuangda.calendar.ProvisionalHolidays provisional} statutory holidays of
     * last year to the year after next where no arrangement is entered: a clock started now ends within that.
     */
    synchronized void reload() {
        long current = store.revision(); // read first: a change in between only causes one more reload
        int year = LocalDate.now(clock).getYear();
        rules = CalendarRules.of(store.all()).withProvisional(List.of(year - 1, year, year + 1, year + 2));
        revision = current;
        loadedInYear = year;
    }

    @Override
    public void catchUp() {
        reloadIfChangedElsewhere();
    }

    /** Picks up edits committed by other instances (or by hand). */
    @Scheduled(fixedDelayString = "${shuangda.calendar.revision-check-ms:5000}",
            initialDelayString = "${shuangda.calendar.revision-check-ms:5000}")
    void reloadIfChangedElsewhere() {
        if (store.revision() != revision || LocalDate.now(clock).getYear() != loadedInYear) {
            reload();
        }
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
    public boolean isProvisionalYear(int year) {
        return rules.isProvisionalYear(year);
    }

    @Override
    public WorkingCalendar snapshot() {
        return rules;
    }
}
