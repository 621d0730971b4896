package org.shuangda.calendar;

/** The unit a legal clock counts in. Labels: {@code clock.unit.NAME} in {@code messages/calendar*.properties}. */
public enum ClockUnit {
    /** Working days on the {@link WorkingCalendar} (工作日). */
    WORKING_DAYS,
    /** Natural days (日); a period ending on a day off ends on the next working day. */
    NATURAL_DAYS,
    /** Hours (小时), counted exactly, holidays included. */
    HOURS
}
