/**
 * Calendar: the Chinese working-day calendar (statutory holidays and 调休 make-up working days, edited by
 * administrators) and the {@link org.shuangda.calendar.Deadline} value that every legal clock is built
 * from. Other modules inject {@link org.shuangda.calendar.WorkingCalendar}; unit tests use
 * {@link org.shuangda.calendar.CalendarRules} without a database. Depends on the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = "shared")
package org.shuangda.calendar;
