package org.shuangda.cases;

import org.shuangda.shared.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.shuangda.calendar.CalendarChanged;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the due days cached for the lists ({@code enforcement_case.decision_due_on}, {@code clue.due_on}) right
 * when an administrator edits the calendar: the running clocks that span the edited day are computed again on
 * the new calendar, in batches, and the rows whose due day moved are rewritten. Runs after the edit committed,
 * in its own transaction, once the calendar has caught up with the edit.
 */
@Component
class CachedDueDates {

    static final int BATCH = 500;

    /** A running clock's start and the due day cached for it. */
    record Cached(long id, LocalDateTime start, LocalDate due) {
    }

    /** Where the running clocks of one kind are, and how to rewrite a due day. */
    private record Clocks(ClockStore.Owner owner, String ruleKey, Batches batches, BiConsumer<Long, LocalDate> write) {
    }

    @FunctionalInterface
    private interface Batches {
        List<Cached> after(LocalDate date, long afterId, int limit);
    }

    private final CaseStore cases;
    private final ClueStore clues;
    private final ClockStore clocks;
    private final WorkingCalendar calendar;

    CachedDueDates(CaseStore cases, ClueStore clues, ClockStore clocks, WorkingCalendar calendar) {
        this.cases = cases;
        this.clues = clues;
        this.clocks = clocks;
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(CalendarChanged change) {
        calendar.catchUp();
        WorkingCalendar now = calendar.snapshot();
        recompute(change.date(), now, new Clocks(ClockStore.Owner.CASE, RuleKeys.CASE_DECISION,
                cases::runningOver, cases::cacheDecisionDue));
        recompute(change.date(), now, new Clocks(ClockStore.Owner.CLUE, RuleKeys.CLUE_VERIFICATION, clues::runningOver,
                clues::cacheDue));
    }

    private void recompute(LocalDate date, WorkingCalendar snapshot, Clocks kind) {
        long after = 0;
        List<Cached> batch;
        do {
            batch = kind.batches().after(date, after, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            Map<Long, LocalDateTime> starts = batch.stream().collect(Collectors.toMap(Cached::id, Cached::start));
            Map<Long, Deadline> deadlines = clocks.deadlines(kind.owner(), starts, kind.ruleKey());
            for (Cached cached : batch) {
                LocalDate due = deadlines.get(cached.id()).due(snapshot).map(LocalDateTime::toLocalDate).orElse(null);
                if (!Objects.equals(due, cached.due())) {
                    kind.write().accept(cached.id(), due);
                }
                after = cached.id();
            }
        } while (batch.size() == BATCH);
    }

    static Cached cached(ResultSet rs, int row) throws SQLException {
        return new Cached(rs.getLong(1), Instants.wallTime(rs, 2), rs.getObject(3, LocalDate.class));
    }
}
