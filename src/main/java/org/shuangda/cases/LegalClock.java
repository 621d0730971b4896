package org.shuangda.cases;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.calendar.Deadline;

/**
 * A clue's or case's legal clock as its aggregate owns it: the {@link Deadline} the rules read, and the pauses,
 * resumptions and extensions made since it was loaded, which {@link ClockStore} writes with the aggregate.
 */
final class LegalClock {

    /** A change to write: the rows of {@code case_clock_pause} and {@code case_clock_extension}. */
    sealed interface Change {
    }

    record Paused(PauseReason reason, String note, LocalDateTime at) implements Change {
    }

    record Resumed(LocalDateTime at) implements Change {
    }

    record Extended(int amount, String approval, String approvedBy) implements Change {
    }

    private Deadline deadline;
    private final List<Change> changes = new ArrayList<>();

    LegalClock(Deadline deadline) {
        this.deadline = deadline;
    }

    Deadline deadline() {
        return deadline;
    }

    boolean paused() {
        return deadline.openPause().isPresent();
    }

    boolean extended() {
        return !deadline.extensions().isEmpty();
    }

    void pause(PauseReason reason, String note, LocalDateTime at) {
        deadline = deadline.withPause(at, reason.name());
        changes.add(new Paused(reason, note, at));
    }

    /** Ends the open pause at {@code at}, or where it began if that is later (a pause never ends before it starts). */
    void resume(LocalDateTime at) {
        LocalDateTime from = deadline.openPause().orElseThrow().from();
        LocalDateTime end = at.isBefore(from) ? from : at;
        deadline = deadline.resume(end);
        changes.add(new Resumed(end));
    }

    void extend(int amount, String approval, String approvedBy) {
        deadline = deadline.extend(amount, approval);
        changes.add(new Extended(amount, approval, approvedBy));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }
}
