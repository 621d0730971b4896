package org.shuangda.calendar;

/** What a date is on the Chinese working-day calendar. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WORKDAY,
    /** Saturday or Sunday, not a make-up working day. */
    WEEKEND,
    /** A statutory holiday day off (法定节假日), including weekend days inside a holiday period. */
    HOLIDAY,
    /** A weekend day worked in exchange for a longer holiday (调休上班). */
    MAKEUP_WORKDAY;

    public boolean isWorkingDay() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }

    /** Only special kinds are stored; workdays and weekends follow from the day of the week. */
    public boolean isSpecial() {
        return this == HOLIDAY || this == MAKEUP_WORKDAY;
    }
}
