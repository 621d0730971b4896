package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangda.campaigns.CampaignStatus.ACTIVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.CalendarRules;
import org.shuangda.calendar.DayKind;

/** Status and time left on the working-day calendar, with the 2011 New Year holiday (1–3 January). */
class TaskTimingTest {

    static final CalendarRules CALENDAR = CalendarRules.of(List.of(
            new CalendarDay(LocalDate.of(2011, 1, 1), DayKind.HOLIDAY, "元旦"),
            new CalendarDay(LocalDate.of(2011, 1, 2), DayKind.HOLIDAY, "元旦"),
            new CalendarDay(LocalDate.of(2011, 1, 3), DayKind.HOLIDAY, "元旦")));
    static final LocalDate FRIDAY_31_DEC = LocalDate.of(2010, 12, 31);

    static CampaignTask dueOnNewYearsEve(LocalDate lastProgress, Instant completed) {
        return Fixtures.task(ACTIVE, FRIDAY_31_DEC, lastProgress, completed);
    }

    @Test
    void withoutProgressATaskHasNotStartedAndCountsWorkingDaysLeft() {
        TaskTiming timing = TaskTiming.of(dueOnNewYearsEve(null, null), LocalDate.of(2010, 12, 29), CALENDAR);
        assertThat(timing.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(timing.workingDaysLeft()).isEqualTo(2); // Thursday 30th and Friday 31st
    }

    @Test
    void withProgressItIsInProgressAndOnItsDueDayNothingIsLeft() {
        TaskTiming timing = TaskTiming.of(dueOnNewYearsEve(LocalDate.of(2010, 12, 24), null), FRIDAY_31_DEC, CALENDAR);
        assertThat(timing.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(timing.workingDaysLeft()).isZero();
        assertThat(timing.isOverdue()).isFalse();
    }

    @Test
    void overdueDaysSkipTheNewYearHolidayThatAWeekendOnlyCalendarWouldCount() {
        LocalDate tuesday = LocalDate.of(2011, 1, 4);
        TaskTiming timing = TaskTiming.of(dueOnNewYearsEve(null, null), tuesday, CALENDAR);
        assertThat(timing.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(timing.workingDaysLeft()).isEqualTo(-1);
        assertThat(TaskTiming.of(dueOnNewYearsEve(null, null), tuesday, CalendarRules.weekendsOnly())
                .workingDaysLeft()).isEqualTo(-2);
    }

    @Test
    void theDayAfterTheDueDateIsOverdueEvenOnAHoliday() {
        TaskTiming timing = TaskTiming.of(dueOnNewYearsEve(null, null), LocalDate.of(2011, 1, 1), CALENDAR);
        assertThat(timing.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(timing.workingDaysLeft()).isZero();
    }

    @Test
    void aCompletedTaskIsNeverOverdue() {
        TaskTiming timing = TaskTiming.of(dueOnNewYearsEve(LocalDate.of(2010, 12, 24),
                Instant.parse("2011-01-05T02:00:00Z")), LocalDate.of(2011, 2, 1), CALENDAR);
        assertThat(timing.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(timing.isOpen()).isFalse();
    }

    @Test
    void aSupervisedTaskFlagsProgressOlderThanItsPeriodInWorkingDays() {
        // last report Thursday 30 Dec, every 2 working days: due Tuesday 4 Jan (31 Dec, then 4 Jan after the holiday)
        CampaignTask task = Fixtures.task(ACTIVE, LocalDate.of(2011, 1, 16), LocalDate.of(2010, 12, 30), null, 2);
        assertThat(TaskTiming.of(task, LocalDate.of(2011, 1, 4), CALENDAR).progressDueOn())
                .isEqualTo(LocalDate.of(2011, 1, 4));
        assertThat(TaskTiming.of(task, LocalDate.of(2011, 1, 4), CALENDAR).progressOverdue()).isFalse();
        assertThat(TaskTiming.of(task, LocalDate.of(2011, 1, 5), CALENDAR).progressOverdue()).isTrue();
    }

    @Test
    void anUnsupervisedTaskHasNoProgressClock() {
        TaskTiming timing = TaskTiming.of(Fixtures.open(ACTIVE), LocalDate.of(2011, 1, 10), CALENDAR);
        assertThat(timing.progressDueOn()).isNull();
        assertThat(timing.progressOverdue()).isFalse();
    }
}
