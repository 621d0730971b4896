package org.shuangda.sampling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Every period of a sample counted by the one engine ({@link Deadline}) on the working-day calendar, with the
 * rulebook's version in force on the clock's start day in the sample's region ({@link Rulebook}): never a constant
 * here. Food and agricultural inputs count working days; product quality calendar days, a last day off moving to the
 * next working day ({@code NATURAL_DAYS}, 产品质量监督抽查管理暂行办法 art.55). Nothing is stored: due days and
 * "overdue" are computed whenever asked.
 */
@Component
public class SamplingClocks {

    private final Rulebook rulebook;
    private final WorkingCalendar calendar;
    private final Clock clock;

    SamplingClocks(Rulebook rulebook, WorkingCalendar calendar, Clock clock) {
        this.rulebook = rulebook;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /** The last day of the period {@code key} started on {@code start} in the region at {@code regionPath}. */
    public LocalDate due(String key, LocalDate start, String regionPath) {
        StatutoryRule rule = rulebook.rule(key, start, regionPath);
        return Deadline.startingAt(start.atStartOfDay(), rule.deadlineRule()).due(calendar).orElseThrow()
                .toLocalDate();
    }

    /** The clock of {@code key} from {@code start}, done on {@code doneOn} (null: open), as of today. */
    public ClockView view(String key, LocalDate start, LocalDate doneOn, boolean window, String regionPath) {
        StatutoryRule rule = rulebook.rule(key, start, regionPath);
        Deadline deadline = Deadline.startingAt(start.atStartOfDay(), rule.deadlineRule());
        LocalDate due = deadline.due(calendar).orElseThrow().toLocalDate();
        LocalDate today = today();
        boolean late = doneOn == null ? today.isAfter(due) : doneOn.isAfter(due);
        Long remaining = doneOn == null ? deadline.remaining(today.atTime(12, 0), calendar) : null;
        return new ClockView(key, rule.name(), start, due, doneOn, window, late && !window, remaining, rule.source());
    }

    /** The sample's clocks that have started, in the order of its lifecycle. */
    public List<ClockView> of(Sample s) {
        List<ClockView> out = new ArrayList<>();
        for (SampleClock c : SampleClock.values()) {
            String key = c.ruleKey(s.kind(), s.lab().result());
            LocalDate start = c.start(s);
            if (key == null || start == null) {
                continue;
            }
            out.add(view(key, start, c.done(s), c.window(), s.regionPath()));
        }
        return out;
    }

    /**
     * The last day the business may ask for a re-test: the window from the day it received the result (the notice
     * served), by the sample's kind (food: 7 working days, art.30; product quality: 15 days rolling forward).
     */
    public LocalDate retestLastDay(Sample s) {
        if (s.resultReceivedOn() == null) {
            throw new SampleRefused("state", "sampling.refused.notNotified");
        }
        return due(SampleClock.RETEST_REQUEST.ruleKey(s.kind(), SampleResult.FAIL), s.resultReceivedOn(),
                s.regionPath());
    }
}
