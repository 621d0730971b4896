package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.CalendarRules;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.transfer.Transfer.Step;

/** The transfer's clocks on the real calendar (国庆 2025: 10月1日–8日 off, 9月28日 and 10月11日 worked). */
class TransferClocksTest {

    static final WorkingCalendar CALENDAR = shippedHolidays();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static LocalDateTime endOf(String date) {
        return LocalDate.parse(date).atTime(Deadline.END_OF_DAY);
    }

    private static Transfer proposedAt(String iso) {
        return Transfer.propose(1, 2, 3, "假冒注册商标罪", "非法经营数额8万元", t(iso), "officer");
    }

    @Test
    void theHeadsThreeDaysFromTheEveOfNationalDayEndOnTheFirstWorkingDayAfterTheHoliday() {
        Transfer t = proposedAt("2025-09-30T10:00");
        TransferClock clock = TransferClocks.current(t, t("2025-10-05T12:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow();
        assertThat(clock.kind()).isEqualTo(TransferClockKind.HEAD_DECISION);
        assertThat(clock.due()).isEqualTo(endOf("2025-10-09")); // 10月3日 is a holiday: 10月9日
        assertThat(clock.overdue()).isFalse();
        assertThat(TransferClocks.current(t, t("2025-10-10T08:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow().overdue()).isTrue();
    }

    @Test
    void threeDaysOnOrdinaryDaysEndOnTheThirdDayAfterTheStart() {
        Transfer t = proposedAt("2025-11-03T16:00"); // a Monday
        TransferClock clock = TransferClocks.current(t, t("2025-11-05T09:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow();
        assertThat(clock.due()).isEqualTo(endOf("2025-11-06"));
        assertThat(clock.remaining()).isEqualTo(1);
        assertThat(clock.overdue()).isFalse();
    }

    @Test
    void theHandOverRunsTwentyFourHoursEvenOverTheHoliday() {
        Transfer t = proposedAt("2025-09-30T10:00");
        t.approve(new Step(t("2025-09-30T15:00"), "head", null));
        TransferClock clock = TransferClocks.current(t, t("2025-10-01T14:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow();
        assertThat(clock.kind()).isEqualTo(TransferClockKind.HANDOVER);
        assertThat(clock.unit()).isEqualTo("HOURS");
        assertThat(clock.due()).isEqualTo(t("2025-10-01T15:00"));
        assertThat(clock.remaining()).isEqualTo(1);
        assertThat(TransferClocks.current(t, t("2025-10-01T15:30"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow().overdue()).isTrue();
    }

    @Test
    void thePoliceDecideWithinThreeDaysOfReceiptAndOfAcceptance() {
        Transfer t = TransferStates.in(TransferStatus.HANDED_OVER); // handed over 2025-09-29 11:00
        TransferClock acceptance = TransferClocks.current(t, t("2025-09-30T09:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow();
        assertThat(acceptance.kind()).isEqualTo(TransferClockKind.ACCEPTANCE);
        assertThat(acceptance.due()).isEqualTo(endOf("2025-10-09")); // 10月2日 falls in the holiday
        t.accept(new Step(t("2025-11-03T09:00"), "police", null));
        TransferClock filing = TransferClocks.current(t, t("2025-11-07T09:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow();
        assertThat(filing.kind()).isEqualTo(TransferClockKind.FILING);
        assertThat(filing.due()).isEqualTo(endOf("2025-11-06"));
        assertThat(filing.overdue()).isTrue();
    }

    @Test
    void theReconsiderationWindowClosesAfterThreeDaysAndTheAnswerHasThreeDays() {
        Transfer t = TransferStates.in(TransferStatus.HANDED_OVER);
        t.refuseAcceptance(new Step(t("2025-11-03T10:00"), "police", "不属管辖"));
        assertThat(TransferClocks.reconsiderationOpen(t, t("2025-11-06T18:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE)).isTrue();
        assertThat(TransferClocks.reconsiderationOpen(t, t("2025-11-07T00:01"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE)).isFalse();
        t.requestReconsideration(new Step(t("2025-11-05T10:00"), "officer", "属于管辖"), true);
        TransferClock answer = TransferClocks.current(t, t("2025-11-05T11:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE).orElseThrow();
        assertThat(answer.kind()).isEqualTo(TransferClockKind.RECONSIDERATION_ANSWER);
        assertThat(answer.due()).isEqualTo(endOf("2025-11-10")); // 11月8日 is a Saturday: Monday
    }

    @Test
    void noClockRunsOnceTheMatterIsDecided() {
        for (TransferStatus s : new TransferStatus[] {TransferStatus.DECLINED, TransferStatus.FILED,
                TransferStatus.RETURNED}) {
            assertThat(TransferClocks.current(TransferStates.in(s), t("2025-10-09T09:00"), CALENDAR, org.shuangda.support.SeededRules.INSTANCE)).isEmpty();
        }
    }

    /** The calendar the migration loads, read from the shipped file without a database. */
    static WorkingCalendar shippedHolidays() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(TransferClocksTest.class
                .getClassLoader().getResourceAsStream("db/calendar/holidays.csv"), StandardCharsets.UTF_8))) {
            return CalendarRules.of(reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", 3))
                    .map(f -> new CalendarDay(LocalDate.parse(f[0]), DayKind.valueOf(f[1]), f[2])).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
