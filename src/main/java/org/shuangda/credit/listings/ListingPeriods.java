package org.shuangda.credit.listings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The periods of the two lists, from the rulebook (the version in force on the day a clock starts, in the
 * listing's region) and counted on the working-day calendar: every one a {@link Deadline}.
 */
@Component
public class ListingPeriods {

    static final String ABNORMAL_LISTING = "credit.abnormal.listing";
    static final String ABNORMAL_OBJECTION = "credit.abnormal.objection";
    static final String OBJECTION_ACCEPTANCE = "credit.abnormal.objection-acceptance";
    static final String OBJECTION_VERIFICATION = "credit.abnormal.objection-verification";
    static final String CORRECTION = "credit.abnormal.correction";
    static final String REMOVAL_ACCEPTANCE = "credit.removal.acceptance";
    static final String ABNORMAL_REMOVAL_DECISION = "credit.abnormal.removal-decision";
    static final String SERIOUS_PUBLICATION = "credit.serious.publication";
    static final String SERIOUS_REMOVAL_DECISION = "credit.serious.removal-decision";
    static final String SERIOUS_EARLY_REMOVAL = "credit.serious.early-removal";
    static final String SERIOUS_PERIOD = "credit.serious.period";

    private final Rulebook rulebook;
    private final WorkingCalendar calendar;

    ListingPeriods(Rulebook rulebook, WorkingCalendar calendar) {
        this.rulebook = rulebook;
        this.calendar = calendar;
    }

    /** The clock of {@code key} started on {@code start}. */
    public Deadline deadline(String key, LocalDate start, String regionPath) {
        return Deadline.startingAt(start.atStartOfDay(), rule(key, start, regionPath).deadlineRule());
    }

    public StatutoryRule rule(String key, LocalDate start, String regionPath) {
        return rulebook.rule(key, start, regionPath);
    }

    /** The clock's last day. */
    public LocalDate due(String key, LocalDate start, String regionPath) {
        return deadline(key, start, regionPath).due(calendar).orElseThrow().toLocalDate();
    }

    /** What is left of the clock at {@code now}, in its unit (negative when overdue). */
    public long remaining(String key, LocalDate start, String regionPath, LocalDateTime now) {
        return deadline(key, start, regionPath).remaining(now, calendar);
    }

    /** The last day an objection may be filed against a listing published on {@code listedOn} (30 days). */
    LocalDate objectionEnds(LocalDate listedOn, String regionPath) {
        return due(ABNORMAL_OBJECTION, listedOn, regionPath);
    }

    /** The first day an early removal may be applied for (one year after the period started). */
    LocalDate earliestRemoval(LocalDate periodStart, String regionPath) {
        return due(SERIOUS_EARLY_REMOVAL, periodStart, regionPath);
    }

    /** The last day of a serious listing's period (three years), after which it is removed by itself. */
    LocalDate periodEnd(LocalDate periodStart, String regionPath) {
        return due(SERIOUS_PERIOD, periodStart, regionPath);
    }
}
