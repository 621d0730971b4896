package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final WorkingCalendar calendar = PublishedHolidays.rules();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static LocalDateTime endOf(String isoDate) {
        return LocalDate.parse(isoDate).atTime(Deadline.END_OF_DAY);
    }

    /** 15 working days from Friday 2024-09-27: 9-29 (make-up Sunday), 9-30, then from 10-08 on → 10-23. */
    private final Deadline fifteenWorkingDays = Deadline.startingAt(t("2024-09-27T10:00"), DeadlineRule.workingDays(15));

    @Test
    void a_working_day_clock_skips_the_holiday_and_ends_at_the_end_of_its_due_day() {
        assertThat(fifteenWorkingDays.due(calendar)).contains(endOf("2024-10-23"));
        assertThat(Deadline.END_OF_DAY.toString()).isEqualTo("23:59:59.999999");
    }

    @Test
    void a_pause_across_the_holiday_pushes_by_the_working_days_inside_it() {
        // stopped Monday 9-30 (a working day), resumed Tuesday 10-08: 9-30 did not count
        Deadline paused = fifteenWorkingDays.withPause(t("2024-09-30T09:00"), "检测鉴定").resume(t("2024-10-08T14:00"));
        assertThat(paused.due(calendar)).contains(endOf("2024-10-24"));
        // stopped only over the holiday itself: no working day lost, no day gained
        Deadline holidayOnly = fifteenWorkingDays.withPause(t("2024-10-01T09:00")).resume(t("2024-10-08T09:00"));
        assertThat(holidayOnly.due(calendar)).contains(endOf("2024-10-23"));
    }

    @Test
    void a_pause_opened_and_closed_the_same_day_changes_nothing() {
        Deadline sameDay = fifteenWorkingDays.withPause(t("2024-10-09T09:00")).resume(t("2024-10-09T17:00"));
        assertThat(sameDay.due(calendar)).isEqualTo(fifteenWorkingDays.due(calendar));
    }

    @Test
    void a_pause_starting_on_the_due_day_still_stops_the_clock() {
        Deadline lastDay = fifteenWorkingDays.withPause(t("2024-10-23T09:00")).resume(t("2024-10-24T09:00"));
        assertThat(lastDay.due(calendar)).contains(endOf("2024-10-24"));
    }

    @Test
    void a_pause_after_the_clock_ran_out_does_not_revive_it() {
        Deadline late = fifteenWorkingDays.withPause(t("2024-10-25T09:00"));
        assertThat(late.due(calendar)).contains(endOf("2024-10-23"));
        assertThat(late.isOverdue(t("2024-10-28T09:00"), calendar)).isTrue();
        assertThat(late.isPaused(t("2024-10-28T09:00"))).isTrue();
    }

    @Test
    void an_open_pause_stops_the_clock_so_the_due_day_is_unknown_and_nothing_runs_out() {
        Deadline stopped = fifteenWorkingDays.withPause(t("2024-09-30T09:00"));
        assertThat(stopped.due(calendar)).isEmpty();
        assertThat(stopped.isPaused(t("2024-11-20T10:00"))).isTrue();
        assertThat(stopped.isOverdue(t("2025-06-01T10:00"), calendar)).isFalse();
        // one working day (9-29) ran before the pause: 14 are left, counted from the day it resumes
        LocalDateTime now = t("2024-11-20T10:00");
        assertThat(stopped.dueIfResumedAt(now, calendar)).isEqualTo(endOf("2024-12-09"));
        assertThat(stopped.remaining(now, calendar)).isEqualTo(13);
        Deadline resumed = stopped.resume(now);
        assertThat(resumed.due(calendar)).contains(endOf("2024-12-09"));
        assertThat(resumed.remaining(now, calendar)).isEqualTo(stopped.remaining(now, calendar));
        assertThat(stopped.remaining(t("2024-12-20T10:00"), calendar)).as("frozen while stopped").isEqualTo(13);
    }

    @Test
    void remaining_working_days_reach_zero_on_the_due_day_and_go_negative_when_overdue() {
        assertThat(fifteenWorkingDays.remaining(t("2024-10-21T09:00"), calendar)).isEqualTo(2);
        assertThat(fifteenWorkingDays.remaining(t("2024-10-23T20:00"), calendar)).isZero();
        assertThat(fifteenWorkingDays.isOverdue(t("2024-10-23T23:59:59"), calendar)).isFalse();
        assertThat(fifteenWorkingDays.isOverdue(t("2024-10-24T00:00"), calendar)).isTrue();
        assertThat(fifteenWorkingDays.remaining(t("2024-10-24T00:00"), calendar)).isEqualTo(-1);
        assertThat(fifteenWorkingDays.remaining(t("2024-10-28T09:00"), calendar)).as("Thu, Fri, Mon late")
                .isEqualTo(-3);
    }

    @Test
    void an_extension_adds_working_days_and_is_recorded() {
        Deadline extended = fifteenWorkingDays.extend(15, "局长批准 2024-10-20");
        assertThat(extended.totalAmount()).isEqualTo(30);
        assertThat(extended.extensions()).containsExactly(new Deadline.Extension(15, "局长批准 2024-10-20"));
        assertThat(extended.due(calendar)).contains(endOf("2024-11-13"));
        assertThat(extended.isOverdue(t("2024-10-28T09:00"), calendar)).isFalse();
    }

    @Test
    void a_24_hour_clock_counts_holidays_and_is_pushed_by_the_exact_paused_time() {
        Deadline handOver = Deadline.startingAt(t("2024-09-30T16:00"), DeadlineRule.hours(24));
        assertThat(handOver.due(calendar)).contains(t("2024-10-01T16:00"));
        assertThat(handOver.remaining(t("2024-10-01T15:30"), calendar)).isZero();
        assertThat(handOver.remaining(t("2024-09-30T16:00"), calendar)).isEqualTo(24);
        assertThat(handOver.isOverdue(t("2024-10-01T16:00"), calendar)).isFalse();
        assertThat(handOver.isOverdue(t("2024-10-01T16:30"), calendar)).isTrue();
        assertThat(handOver.remaining(t("2024-10-01T16:30"), calendar)).isEqualTo(-1);
        Deadline paused = handOver.withPause(t("2024-09-30T18:00")).resume(t("2024-09-30T20:30"));
        assertThat(paused.due(calendar)).contains(t("2024-10-01T18:30"));
        Deadline open = handOver.withPause(t("2024-09-30T18:00"));
        assertThat(open.due(calendar)).isEmpty();
        assertThat(open.dueIfResumedAt(t("2024-10-02T08:00"), calendar)).isEqualTo(t("2024-10-03T06:00"));
        assertThat(open.isOverdue(t("2024-10-05T08:00"), calendar)).isFalse();
    }

    @Test
    void a_3_natural_day_clock_counts_every_day_but_ends_on_a_working_day() {
        DeadlineRule threeDays = DeadlineRule.naturalDays(3);
        assertThat(Deadline.startingAt(t("2024-09-10T09:00"), threeDays).due(calendar)).contains(endOf("2024-09-13"));
        assertThat(Deadline.startingAt(t("2024-09-28T09:00"), threeDays).due(calendar))
                .as("10-01 is a holiday: the period ends on the first working day after it").contains(endOf("2024-10-08"));
        Deadline three = Deadline.startingAt(t("2024-10-14T09:00"), threeDays);
        assertThat(three.remaining(t("2024-10-15T09:00"), calendar)).isEqualTo(2);
        assertThat(three.remaining(t("2024-10-19T09:00"), calendar)).isEqualTo(-2);
        assertThat(three.isOverdue(t("2024-10-18T00:00"), calendar)).isTrue();
    }

    @Test
    void a_natural_day_pause_pushes_by_the_calendar_days_inside_it() {
        // paused 9-11 and 9-12; counts 9-13, 9-14, 9-15; 9-15..17 is 中秋节 → ends 9-18
        Deadline paused = Deadline.startingAt(t("2024-09-10T09:00"), DeadlineRule.naturalDays(3))
                .withPause(t("2024-09-11T10:00")).resume(t("2024-09-13T10:00"));
        assertThat(paused.due(calendar)).contains(endOf("2024-09-18"));
    }

    @Test
    void is_paused_covers_the_pause_from_its_start_up_to_its_end() {
        Deadline d = fifteenWorkingDays.withPause(t("2024-10-09T09:00")).resume(t("2024-10-10T09:00"));
        assertThat(d.isPaused(t("2024-10-09T08:59"))).isFalse();
        assertThat(d.isPaused(t("2024-10-09T09:00"))).isTrue();
        assertThat(d.isPaused(t("2024-10-10T08:59"))).isTrue();
        assertThat(d.isPaused(t("2024-10-10T09:00"))).isFalse();
        assertThat(d.openPause()).isEmpty();
    }

    @Test
    void methods_return_new_values_and_leave_the_original_unchanged() {
        Deadline paused = fifteenWorkingDays.withPause(t("2024-10-09T09:00"));
        assertThat(fifteenWorkingDays.pauses()).isEmpty();
        assertThat(paused.pauses()).containsExactly(new Deadline.Pause(t("2024-10-09T09:00"), null, null));
        assertThat(paused.resume(t("2024-10-10T09:00")).pauses()).hasSize(1).allMatch(p -> !p.isOpen());
        assertThat(paused.openPause()).isPresent();
        assertThat(fifteenWorkingDays.extend(5).extensions()).hasSize(1);
        assertThat(fifteenWorkingDays.extensions()).isEmpty();
        assertThat(fifteenWorkingDays.withPause(t("2024-10-09T09:00"))).isEqualTo(paused);
    }

    @Test
    void misuse_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> fifteenWorkingDays.resume(t("2024-10-09T09:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not paused");
        Deadline paused = fifteenWorkingDays.withPause(t("2024-10-09T09:00"));
        assertThatThrownBy(() -> paused.withPause(t("2024-10-10T09:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already paused since 2024-10-09T09:00");
        assertThatThrownBy(() -> paused.resume(t("2024-10-08T09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the pause began");
        assertThatThrownBy(() -> fifteenWorkingDays.withPause(t("2024-09-26T09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the clock's start");
        Deadline closed = paused.resume(t("2024-10-11T09:00"));
        assertThatThrownBy(() -> closed.withPause(t("2024-10-10T09:00")))
                .as("overlaps the closed pause").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fifteenWorkingDays.extend(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(t("2024-09-27T10:00"), DeadlineRule.hours(3),
                List.of(new Deadline.Pause(t("2024-09-28T10:00"), null, null),
                        new Deadline.Pause(t("2024-09-29T10:00"), t("2024-09-29T11:00"), null)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only the last pause may be open");
        assertThatThrownBy(() -> new Deadline.Pause(t("2024-09-29T10:00"), t("2024-09-29T09:00"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_weekends_only_calendar_would_get_the_national_day_wrong() {
        // why the holiday table matters: the same clock on weekends alone ends two weeks early
        assertThat(fifteenWorkingDays.due(CalendarRules.weekendsOnly())).contains(endOf("2024-10-18"));
        assertThat(fifteenWorkingDays.due(calendar)).contains(endOf("2024-10-23"));
    }
}
