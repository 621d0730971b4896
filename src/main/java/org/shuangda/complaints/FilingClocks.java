package org.shuangda.complaints;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** Computes a filing's clocks on the working-day calendar; nothing about them is stored. */
@Component
public class FilingClocks {

    private final WorkingCalendar calendar;

    FilingClocks(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(WorkingCalendar.ZONE);
    }

    public List<FilingClock> of(Filing f) {
        return of(f, now());
    }

    public List<FilingClock> of(Filing f, LocalDateTime now) {
        WorkingCalendar cal = calendar.snapshot();
        List<FilingClock> clocks = new ArrayList<>();
        switch (f.track()) {
            case COMPLAINT -> {
                clocks.add(clock(ClockKind.ACCEPTANCE, f.receivedAt(), 0, firstOf(f.acceptedAt(), f.decidedAt()),
                        now, cal));
                if (f.acceptedAt() != null) {
                    clocks.add(clock(ClockKind.MEDIATION, f.acceptedAt(), 0, f.decidedAt(), now, cal));
                }
            }
            case ENQUIRY -> clocks.add(clock(ClockKind.ACCEPTANCE, f.receivedAt(), 0, f.decidedAt(), now, cal));
            case REPORT -> {
                int extra = f.verifyExtension() == null ? 0 : ClockKind.VERIFICATION_EXTENSION;
                clocks.add(clock(ClockKind.VERIFICATION, f.receivedAt(), extra,
                        firstOf(f.referredAt(), f.decidedAt()), now, cal));
                if (!f.anonymous() && f.noticeFrom() != null) {
                    clocks.add(clock(ClockKind.NOTICE, f.noticeFrom().atStartOfDay(), 0, f.notifiedAt(), now, cal));
                }
            }
        }
        return clocks;
    }

    /** The running clock that ran out, if any. */
    public Optional<FilingClock> overdue(Filing f, LocalDateTime now) {
        return of(f, now).stream().filter(c -> c.running() && c.overdue()).findFirst();
    }

    /** The running clock due first. */
    public Optional<FilingClock> next(Filing f, LocalDateTime now) {
        return of(f, now).stream().filter(FilingClock::running)
                .min(java.util.Comparator.comparing(FilingClock::due));
    }

    private static FilingClock clock(ClockKind kind, LocalDateTime start, int extension, LocalDateTime stoppedAt,
            LocalDateTime now, WorkingCalendar cal) {
        Deadline deadline = Deadline.startingAt(start, kind.rule());
        if (extension > 0) {
            deadline = deadline.extend(extension, "approved");
        }
        LocalDateTime due = deadline.due(cal).orElseThrow();
        LocalDateTime reference = stoppedAt != null ? stoppedAt : now;
        boolean overdue = reference.isAfter(due);
        long remaining = stoppedAt != null ? 0 : deadline.remaining(now, cal);
        return new FilingClock(kind, start, due, stoppedAt, overdue, remaining);
    }

    private static LocalDateTime firstOf(LocalDateTime a, LocalDateTime b) {
        return a != null ? a : b;
    }
}
