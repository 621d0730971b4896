package org.shuangda.calendar;

/**
 * The unit a legal clock counts in. Labels: {@code clock.unit.NAME} in {@code messages/calendar*.properties}.
 * One engine ({@link Deadline}) counts all of them, so every statutory period of the rulebook
 * ({@code calendar/Rulebook}) is a row with one of these units, never a module's own arithmetic.
 */
public enum ClockUnit {
    /** Working days on the {@link WorkingCalendar} (工作日). */
    WORKING_DAYS,
    /**
     * Calendar days rolling forward (日, e.g. 产品质量监督抽查管理暂行办法 art.55, 行政处罚法 art.85): a period ending on
     * a day off ends on the next working day.
     */
    NATURAL_DAYS,
    /** Calendar days counted exactly, the last one even if it is a day off (e.g. a display period's days). */
    CALENDAR_DAYS,
    /** Hours (小时), counted exactly, holidays included. */
    HOURS,
    /**
     * Months (月): the due day is the same day of the due month, or its last day when it has none
     * (民法典 art.202: 31 January + 1 month = the end of February); paused days push it by as many days.
     */
    MONTHS,
    /** Years (年), counted like months (29 February + 1 year = 28 February). */
    YEARS;

    /** Whether the unit counts whole days (all but hours). */
    public boolean countsDays() {
        return this != HOURS;
    }
}
