package org.shuangda.calendar.internal;

import org.shuangda.calendar.CalendarDay;

/**
 * A holiday or make-up workday as stored, for the editor.
 *
 * @param day       the day
 * @param updatedBy who last changed it; null for rows loaded from the published notices
 */
public record StoredSpecialDay(CalendarDay day, String updatedBy) {
}
