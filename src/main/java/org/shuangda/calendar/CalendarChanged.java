package org.shuangda.calendar;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * An administrator added, changed or removed a holiday or make-up working day. Modules that keep due dates
 * computed on the calendar (cases' decision and clue clocks, the publication deadline) recompute those whose
 * period covers {@code date}; they call {@link WorkingCalendar#catchUp()} first.
 *
 * @param date the day whose kind changed
 */
@DomainEvent
public record CalendarChanged(LocalDate date) {
}
