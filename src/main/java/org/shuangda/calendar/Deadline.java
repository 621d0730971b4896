package org.shuangda.calendar;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal clock (办理时限) as an immutable value: when it started, its rule, the times it was stopped
 * (中止, e.g. for testing or appraisal) and the approved extensions (延长). Whether it is overdue is always
 * computed from the value and the {@link WorkingCalendar}, never stored. Times are Beijing local time
 * ({@link WorkingCalendar#ZONE}).
 *
 * <p>Counting rules, as in the Chinese rules on periods:
 * <ul>
 * <li>The start day is not counted: 15 working days from a Friday start run from the next working day.</li>
 * <li>A day rule expires at the end of its due day, {@link #END_OF_DAY} (23:59:59.999999): the due value
 * names the right date when shown, and survives storage in a PostgreSQL timestamp unchanged.</li>
 * <li>A natural-day rule whose last day is a day off ends on the next working day.</li>
 * <li>A pause stops the clock on the days from its start date up to, not including, its end date
 * (working days for working-day rules, every day for natural-day rules); an hour rule is pushed by the exact
 * paused time. A pause that starts after the clock ran out does not revive it.</li>
 * <li>Extensions count in the rule's unit.</li>
 * </ul>
 *
 * @param start      when the clock started
 * @param rule       how long it runs
 * @param pauses     in time order, not overlapping; only the last may be open (no end: the clock is stopped)
 * @param extensions approved extensions, in the order granted
 */
public record Deadline(LocalDateTime start, DeadlineRule rule, List<Pause> pauses, List<Extension> extensions) {

    /** The last instant of a due day, at the microsecond precision of a PostgreSQL timestamp. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_999_000);

    /**
     * A period in which the clock stood still.
     *
     * @param from   when it stopped
     * @param to     when it resumed; null while it is still stopped
     * @param reason why, e.g. 检测鉴定; may be null
     */
    public record Pause(LocalDateTime from, LocalDateTime to, String reason) {

        public Pause {
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("A pause cannot end (" + to + ") before it starts (" + from + ")");
            }
        }

        public boolean isOpen() {
            return to == null;
        }
    }

    /**
     * An approved extension.
     *
     * @param amount   in the rule's unit, at least 1
     * @param approval e.g. the approving document or person; may be null
     */
    public record Extension(int amount, String approval) {

        public Extension {
            if (amount < 1) {
                throw new IllegalArgumentException("An extension needs an amount of at least 1, not " + amount);
            }
        }
    }

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        pauses = List.copyOf(pauses);
        extensions = List.copyOf(extensions);
        LocalDateTime previousEnd = start;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            if (pause.from().isBefore(previousEnd)) {
                throw new IllegalArgumentException("Pause from " + pause.from()
                        + " starts before the clock's start or overlaps the previous pause (ending " + previousEnd + ")");
            }
            if (pause.isOpen() && i < pauses.size() - 1) {
                throw new IllegalArgumentException("Only the last pause may be open; the pause from "
                        + pause.from() + " has no end");
            }
            previousEnd = pause.isOpen() ? pause.from() : pause.to();
        }
    }

    /** A running clock without pauses or extensions. */
    public static Deadline startingAt(LocalDateTime start, DeadlineRule rule) {
        return new Deadline(start, rule, List.of(), List.of());
    }

    /** Stops the clock at {@code from}. */
    public Deadline withPause(LocalDateTime from) {
        return withPause(from, null);
    }

    /**
     * Stops the clock at {@code from} for {@code reason}.
     *
     * @throws IllegalStateException    if the clock is already stopped
     * @throws IllegalArgumentException if {@code from} is before the start or the end of the last pause
     */
    public Deadline withPause(LocalDateTime from, String reason) {
        Objects.requireNonNull(from, "from");
        openPause().ifPresent(open -> {
            throw new IllegalStateException("The clock is already paused since " + open.from()
                    + "; resume it before pausing it again");
        });
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(from, null, reason));
        return new Deadline(start, rule, more, extensions);
    }

    /**
     * Restarts the clock at {@code at}.
     *
     * @throws IllegalStateException    if the clock is not paused
     * @throws IllegalArgumentException if {@code at} is before the pause began
     */
    public Deadline resume(LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        Pause open = openPause().orElseThrow(() -> new IllegalStateException(
                "The clock is not paused: there is no open pause to resume"));
        if (at.isBefore(open.from())) {
            throw new IllegalArgumentException("Cannot resume at " + at + ", before the pause began at " + open.from());
        }
        List<Pause> closed = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
        closed.add(new Pause(open.from(), at, open.reason()));
        return new Deadline(start, rule, closed, extensions);
    }

    /** Adds {@code amount} units of the rule (e.g. +15 working days). */
    public Deadline extend(int amount) {
        return extend(amount, null);
    }

    /** Adds {@code amount} units of the rule, recording the approval. */
    public Deadline extend(int amount, String approval) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(new Extension(amount, approval));
        return new Deadline(start, rule, pauses, more);
    }

    /** The rule's amount plus every extension. */
    public int totalAmount() {
        return rule.amount() + extensions.stream().mapToInt(Extension::amount).sum();
    }

    /** The pause that keeps the clock stopped, if any. */
    public Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen() ? Optional.empty()
                : Optional.of(pauses.get(pauses.size() - 1));
    }

    /** Whether the clock stands still at {@code now}. */
    public boolean isPaused(LocalDateTime now) {
        return pauses.stream().anyMatch(p -> !now.isBefore(p.from()) && (p.isOpen() || now.isBefore(p.to())));
    }

    /**
     * When the clock runs out, or empty while an open pause stopped it before it ran out (the due moment is
     * then unknown; see {@link #dueIfResumedAt}).
     */
    public Optional<LocalDateTime> due(WorkingCalendar calendar) {
        return DueDates.due(this, calendar, null);
    }

    /** The due moment if an open pause ended at {@code now}; the same as {@link #due} when nothing is open. */
    public LocalDateTime dueIfResumedAt(LocalDateTime now, WorkingCalendar calendar) {
        return DueDates.due(this, calendar, now).orElseThrow();
    }

    /** Whether the clock ran out before {@code now}. A clock stopped in time is never overdue while stopped. */
    public boolean isOverdue(LocalDateTime now, WorkingCalendar calendar) {
        return now.isAfter(dueIfResumedAt(now, calendar));
    }

    /**
     * What is left at {@code now}, in the rule's unit: working days after today up to the due day, natural days
     * likewise, or whole hours. 0 on the due day (or in the last hour), negative when overdue. While stopped,
     * what would be left if the clock resumed now.
     */
    public long remaining(LocalDateTime now, WorkingCalendar calendar) {
        WorkingCalendar snapshot = calendar.snapshot();
        return DueDates.remaining(rule.unit(), now, dueIfResumedAt(now, snapshot), snapshot);
    }
}
