package org.shuangda.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.events.ClueDecided;

/**
 * A clue (线索) under verification by a unit, the aggregate: 15 working days from receipt (+15 once with
 * approval), stopped for testing, appraisal or identification by the rights holder. The outcome is a case (立案)
 * or a reasoned refusal (不予立案); for a clue from a complaint filing, the outcome is told to complaints
 * ({@link ClueDecided}). Each guarded method asks {@link ClueAction} first; the names it is shown with are in
 * {@link ClueView}.
 *
 * @see Clues
 */
final class Clue {


    /** Where a clue came from and what it says, as registered. */
    record Received(ClueSource source, String sourceRef, Long filingId, LocalDateTime at, String subject,
            String subjectUscc, String content) {
    }

    private final Long id;
    private final String number;
    private final OwningUnit unit;
    private final Received received;
    private ClueStatus status;
    private final LegalClock clock;
    private String outcomeReason;
    private LocalDate decidedOn;
    private String decidedBy;
    private Long caseId;
    private final int version;
    private final List<Object> events = new ArrayList<>();

    Clue(Long id, String number, OwningUnit unit, Received received, ClueStatus status, LegalClock clock,
            String outcomeReason, LocalDate decidedOn, String decidedBy, Long caseId, int version) {
        this.id = id;
        this.number = number;
        this.unit = unit;
        this.received = received;
        this.status = status;
        this.clock = clock;
        this.outcomeReason = outcomeReason;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.caseId = caseId;
        this.version = version;
    }

    /** A new clue whose verification clock counts {@code rule} (the rulebook's {@code clue.verification}). */
    static Clue register(String number, OwningUnit unit, Received received, DeadlineRule rule) {
        return new Clue(null, number, unit, received, ClueStatus.VERIFYING, new LegalClock(clockFrom(received.at(), rule)),
                null, null, null, null, 0);
    }

    static Deadline clockFrom(LocalDateTime receivedAt, DeadlineRule rule) {
        return Deadline.startingAt(receivedAt, rule);
    }

    ClueState state() {
        return new ClueState(status, clock.paused(), clock.extended());
    }

    /** 立案: the case {@code caseNumber} was registered for it. */
    void openCase(long openedCaseId, String caseNumber, LocalDate today, String by) {
        require(ClueAction.OPEN_CASE);
        caseId = openedCaseId;
        decided(ClueAction.OPEN_CASE, today, by, caseNumber);
    }

    /** 不予立案, with the reason. */
    void decline(String reason, LocalDate today, String by) {
        require(ClueAction.DECLINE);
        outcomeReason = Texts.required(reason, "reason", "clue.missing.reason");
        decided(ClueAction.DECLINE, today, by, null);
    }

    /** Pauses only for testing, appraisal or rights-holder identification, and not twice at once. */
    void pause(PauseReason reason, String note, LocalDateTime now) {
        require(ClueAction.PAUSE);
        if (reason == null || !reason.appliesToClues()) {
            throw new InvalidInput("reason", "clue.invalid.pauseReason");
        }
        clock.pause(reason, Texts.blankToNull(note), now);
    }

    void resume(LocalDateTime now) {
        require(ClueAction.RESUME);
        clock.resume(now);
    }

    /** The one extension ({@code amount}: the rulebook's, 15 working days), with the approval recorded. */
    void extend(String approval, String approvedBy, int amount) {
        require(ClueAction.EXTEND);
        clock.extend(amount, Texts.required(approval, "approval", "clock.missing.approval"), approvedBy);
    }

    /** The due day of the running verification clock (the cache to-dos read), else null. */
    LocalDate dueOn(WorkingCalendar calendar) {
        return dueOn(status, clock.deadline(), calendar);
    }

    static LocalDate dueOn(ClueStatus status, Deadline clock, WorkingCalendar calendar) {
        return status == ClueStatus.VERIFYING ? clock.due(calendar).map(LocalDateTime::toLocalDate).orElse(null)
                : null;
    }

    private void decided(ClueAction action, LocalDate today, String by, String caseNumber) {
        status = action.target();
        decidedOn = today;
        decidedBy = by;
        if (received.filingId() != null) {
            events.add(new ClueDecided(received.filingId(), id, status == ClueStatus.CASE_OPENED, caseNumber,
                    outcomeReason, today));
        }
    }

    /** Refuses ({@link CaseTransitionRefused}) unless {@code action} is possible now. */
    void require(ClueAction action) {
        action.requirePossibleIn(state());
    }

    Long id() { return id; }
    String number() { return number; }
    OwningUnit unit() { return unit; }
    Received received() { return received; }
    ClueStatus status() { return status; }
    LegalClock clock() { return clock; }
    String outcomeReason() { return outcomeReason; }
    LocalDate decidedOn() { return decidedOn; }
    String decidedBy() { return decidedBy; }
    Long caseId() { return caseId; }
    int version() { return version; }
    /** The domain events of the steps since loading, to publish once stored. */
    List<Object> events() { return List.copyOf(events); }
}
