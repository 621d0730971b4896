package org.shuangda.credit.record;

import java.time.LocalDate;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.DisplayTier;
import org.springframework.stereotype.Component;

/**
 * The periods of SAMR Order 107 counted by the rulebook's rows (V149) and the one deadline engine: the last day a
 * fact is shown, and the first day its restoration may be asked for. Months and years count exactly (民法典
 * art.202: the corresponding day of the last month, its last day when it has none); a display period is no time
 * limit for an act, so a last day on a holiday stays that day.
 */
@Component
public class DisplayPeriods {

    static final String MINOR = "credit.display.minor";
    static final String GENERAL = "credit.display.general";
    static final String SERIOUS = "credit.display.serious";
    static final String EARLIEST_GENERAL = "credit.restoration.earliest-general";
    static final String EARLIEST_SERIOUS = "credit.restoration.earliest-serious";
    static final String ACCEPTANCE = "credit.restoration.acceptance";
    static final String DECISION = "credit.restoration.decision";

    private final Rulebook rulebook;
    private final WorkingCalendar calendar;

    DisplayPeriods(Rulebook rulebook, WorkingCalendar calendar) {
        this.rulebook = rulebook;
        this.calendar = calendar;
    }

    /** The last day shown for a fact of {@code tier} shown from {@code from}; null when it is never shown. */
    public LocalDate lastDayShown(DisplayTier tier, LocalDate from, String regionPath) {
        String key = switch (tier) {
            case NOT_SHOWN -> null;
            case MINOR -> MINOR;
            case GENERAL -> GENERAL;
            case SERIOUS -> SERIOUS;
        };
        return key == null ? null : due(key, from, regionPath);
    }

    /**
     * The first day a restoration may be asked for (the day after the minimum period is complete: 公示满三个月 /
     * 满一年), or null when the tier has none.
     */
    public LocalDate earliestApplication(DisplayTier tier, LocalDate from, String regionPath) {
        String key = switch (tier) {
            case GENERAL -> EARLIEST_GENERAL;
            case SERIOUS -> EARLIEST_SERIOUS;
            case NOT_SHOWN, MINOR -> null;
        };
        return key == null ? null : due(key, from, regionPath).plusDays(1);
    }

    /** The acceptance clock of an application received on {@code receivedOn} (2 working days, art.14). */
    public Deadline acceptanceClock(LocalDate receivedOn, String regionPath) {
        return clock(ACCEPTANCE, receivedOn, regionPath);
    }

    /** The decision clock of an application accepted on {@code acceptedOn} (7 working days, +10, art.16). */
    public Deadline decisionClock(LocalDate acceptedOn, String regionPath) {
        return clock(DECISION, acceptedOn, regionPath);
    }

    /** How many working days the decision clock may be extended by (art.16: 10). */
    public int decisionExtension(LocalDate acceptedOn, String regionPath) {
        return rulebook.rule(DECISION, acceptedOn, regionPath).extension();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    private Deadline clock(String key, LocalDate start, String regionPath) {
        return Deadline.startingAt(start.atStartOfDay(), rulebook.rule(key, start, regionPath).deadlineRule());
    }

    private LocalDate due(String key, LocalDate from, String regionPath) {
        return clock(key, from, regionPath).due(calendar).orElseThrow().toLocalDate();
    }
}
