package org.shuangda.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The arithmetic behind {@link Deadline}: walks the days (or adds the hours) the clock actually ran. */
final class DueDates {

    private enum DayState { RUNNING, PAUSED, STOPPED }

    private DueDates() {
    }

    /**
     * @param openPauseEndsAt where an open pause is taken to end; null: it never ends (due unknown)
     */
    static Optional<LocalDateTime> due(Deadline deadline, WorkingCalendar calendar, LocalDateTime openPauseEndsAt) {
        return switch (deadline.rule().unit()) {
            case HOURS -> byHours(deadline, openPauseEndsAt);
            case MONTHS, YEARS -> byMonths(deadline, openPauseEndsAt);
            case WORKING_DAYS, NATURAL_DAYS, CALENDAR_DAYS -> byDays(deadline, calendar.snapshot(), openPauseEndsAt);
        };
    }

    private static Optional<LocalDateTime> byDays(Deadline deadline, WorkingCalendar calendar,
            LocalDateTime openPauseEndsAt) {
        boolean workingDays = deadline.rule().unit() == ClockUnit.WORKING_DAYS;
        LocalDate day = deadline.start().toLocalDate();
        int left = deadline.totalAmount();
        while (left > 0) {
            day = day.plusDays(1);
            DayState state = stateOf(day, deadline, openPauseEndsAt);
            if (state == DayState.STOPPED) {
                return Optional.empty();
            }
            if (state == DayState.RUNNING && (!workingDays || calendar.isWorkingDay(day))) {
                left--;
            }
        }
        LocalDate dueDay = deadline.rule().unit() == ClockUnit.NATURAL_DAYS ? calendar.firstWorkingDayFrom(day) : day;
        return Optional.of(dueDay.atTime(Deadline.END_OF_DAY));
    }

    /** A pause covers the days from its start date up to, not including, its end date. */
    private static DayState stateOf(LocalDate day, Deadline deadline, LocalDateTime openPauseEndsAt) {
        for (Deadline.Pause pause : deadline.pauses()) {
            if (day.isBefore(pause.from().toLocalDate())) {
                continue;
            }
            if (pause.isOpen()) {
                if (openPauseEndsAt == null) {
                    return DayState.STOPPED;
                }
                if (day.isBefore(openPauseEndsAt.toLocalDate())) {
                    return DayState.PAUSED;
                }
            } else if (day.isBefore(pause.to().toLocalDate())) {
                return DayState.PAUSED;
            }
        }
        return DayState.RUNNING;
    }

    private static Optional<LocalDateTime> byHours(Deadline deadline, LocalDateTime openPauseEndsAt) {
        LocalDateTime due = deadline.start().plusHours(deadline.totalAmount());
        for (Deadline.Pause pause : deadline.pauses()) {
            if (!pause.from().isBefore(due)) {
                break; // the clock had already run out: a later pause does not revive it
            }
            LocalDateTime end = pause.isOpen() ? openPauseEndsAt : pause.to();
            if (end == null) {
                return Optional.empty();
            }
            if (end.isAfter(pause.from())) {
                due = due.plus(Duration.between(pause.from(), end));
            }
        }
        return Optional.of(due);
    }

    /**
     * Months and years: the corresponding day of the due month (its last day when it has none, as
     * {@link LocalDate#plusMonths} does), then pushed by every day a pause covered before that day.
     */
    private static Optional<LocalDateTime> byMonths(Deadline deadline, LocalDateTime openPauseEndsAt) {
        LocalDate start = deadline.start().toLocalDate();
        int total = deadline.totalAmount();
        LocalDate due = deadline.rule().unit() == ClockUnit.YEARS ? start.plusYears(total) : start.plusMonths(total);
        for (Deadline.Pause pause : deadline.pauses()) {
            LocalDate from = pause.from().toLocalDate();
            if (from.isAfter(due)) {
                break; // the clock had already run out: a later pause does not revive it
            }
            LocalDateTime end = pause.isOpen() ? openPauseEndsAt : pause.to();
            if (end == null) {
                return Optional.empty();
            }
            due = due.plusDays(Math.max(0, ChronoUnit.DAYS.between(from, end.toLocalDate())));
        }
        return Optional.of(due.atTime(Deadline.END_OF_DAY));
    }

    static long remaining(ClockUnit unit, LocalDateTime now, LocalDateTime due, WorkingCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingDaysBetween(now.toLocalDate(), due.toLocalDate());
            case NATURAL_DAYS, CALENDAR_DAYS, MONTHS, YEARS -> ChronoUnit.DAYS.between(now.toLocalDate(), due.toLocalDate());
            case HOURS -> Math.floorDiv(Duration.between(now, due).toMinutes(), 60);
        };
    }
}
