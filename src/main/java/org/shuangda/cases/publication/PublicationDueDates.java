package org.shuangda.cases.publication;

import org.shuangda.calendar.CalendarChanged;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the cached due days of pending publications true to the calendar: when an administrator adds, changes or
 * removes a holiday or make-up workday, the records whose 20-working-day period holds that day are computed
 * again, so the office's list, its overdue mark and the to-dos agree with the calendar page.
 */
@Component
class PublicationDueDates {

    private static final Actor SYSTEM = Actor.system("节假日调整");

    private final WorkingCalendar calendar;
    private final Publications publications;

    PublicationDueDates(WorkingCalendar calendar, Publications publications) {
        this.calendar = calendar;
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(CalendarChanged changed) {
        calendar.catchUp(); // this instance may not have reloaded the edit yet
        publications.redate(SYSTEM, changed.date());
    }
}
