package org.shuangda.complaints;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * A filing's clocks now, on the working-day calendar: the rules are the filing's ({@link Filing#clocks}),
 * the time is the platform's {@link Clock}.
 */
@Component
public class FilingClocks {

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Rulebook rulebook;

    FilingClocks(WorkingCalendar calendar, Clock clock, Rulebook rulebook) {
        this.calendar = calendar;
        this.clock = clock;
        this.rulebook = rulebook;
    }

    /** Beijing local time now. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE));
    }

    public List<FilingClock> of(Filing f) {
        return of(f, now());
    }

    public List<FilingClock> of(Filing f, LocalDateTime now) {
        return f.clocks(calendar.snapshot(), rulebook, now);
    }

    /** The running clock that ran out, if any. */
    public Optional<FilingClock> overdue(Filing f, LocalDateTime now) {
        return of(f, now).stream().filter(c -> c.running() && c.overdue()).findFirst();
    }

    /** The running clock due first. */
    public Optional<FilingClock> next(Filing f, LocalDateTime now) {
        return of(f, now).stream().filter(FilingClock::running).min(Comparator.comparing(FilingClock::due));
    }
}
