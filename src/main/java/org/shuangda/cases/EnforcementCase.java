package org.shuangda.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.InvalidInput;

/**
 * A case (案件) as the handling unit keeps it: the aggregate whose guarded methods are the only way its state
 * changes. Each asks {@link CaseAction} whether the step is possible in the case's {@link #state()} (else
 * {@link CaseTransitionRefused}), checks what the step needs ({@link InvalidInput} naming the missing fields),
 * changes the case, and records a line for the timeline and the domain events to publish once it is stored.
 * Who may take a step is checked by the services; names of units and officers are in {@link CaseView}.
 */
final class EnforcementCase {

    static final int MIN_OFFICERS = 2;

    /** A line for the case's timeline, e.g. {@code STATUS 开始调查取证}. */
    record Line(String kind, String text) {
    }

    /** A progress report on a supervised case, by whom, when. */
    record ProgressReport(String text, String by, LocalDateTime at) {
    }

    private final Long id;
    private final String number;
    private final OwningUnit unit;
    private final Long clueId;
    private final LocalDateTime registeredAt;
    private CaseDetails details;
    private boolean detailsCorrected;
    private CaseStatus status;
    private final LegalClock decisionClock;
    private String collectiveExtension;
    private Seizure seizure;
    private Supervision supervision;
    private PenaltyDecision decision;
    private String outcomeReason;
    private LocalDate closedOn;
    private Long transferId;
    /** The transfer code's answer, set by the service before the decision step ({@link TransferRequirement}). */
    private boolean transferUndecided;
    private final int version;
    private final List<Line> lines = new ArrayList<>();
    private final List<ProgressReport> reports = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** The case as stored (the store's one way to rebuild it). */
    EnforcementCase(Long id, String number, OwningUnit unit, Long clueId, LocalDateTime registeredAt,
            CaseDetails details, CaseStatus status, LegalClock decisionClock, String collectiveExtension,
            Seizure seizure, Supervision supervision, PenaltyDecision decision, String outcomeReason,
            LocalDate closedOn, Long transferId, int version) {
        this.id = id;
        this.number = number;
        this.unit = unit;
        this.clueId = clueId;
        this.registeredAt = registeredAt;
        this.details = details;
        this.status = status;
        this.decisionClock = decisionClock;
        this.collectiveExtension = collectiveExtension;
        this.seizure = seizure;
        this.supervision = supervision;
        this.decision = decision;
        this.outcomeReason = outcomeReason;
        this.closedOn = closedOn;
        this.transferId = transferId;
        this.version = version;
    }

    /** 立案: a new case with the id the store reserved; publishes {@link CaseRegistered}. */
    static EnforcementCase register(long id, String number, OwningUnit unit, Long clueId, LocalDateTime registeredAt,
            CaseDetails details, DeadlineRule decisionRule) {
        EnforcementCase c = new EnforcementCase(id, number, unit, clueId, registeredAt, details, CaseStatus.REGISTERED,
                new LegalClock(decisionClockFrom(registeredAt, decisionRule)), null, null, null, null, null, null, null, 0);
        c.record("STATUS", "立案 " + number);
        c.events.add(new CaseRegistered(id, number, unit.id(), unit.regionPath(), details.category(),
                registeredAt.toLocalDate(), details.partyUsccs(), details.caseValue(), details.illegalBusinessAmount()));
        return c;
    }

    /** The decision clock of a case registered at {@code registeredAt}, before any pause or extension. */
    static Deadline decisionClockFrom(LocalDateTime registeredAt, DeadlineRule decisionRule) {
        return Deadline.startingAt(registeredAt, decisionRule);
    }

    CaseState state() {
        return CaseState.of(status, decisionClock.paused(), seizure, supervision != null)
                .withTransferUndecided(transferUndecided);
    }

    /** Whether a transfer to the police must still be decided on (then the decision step is refused). */
    void transferUndecided(boolean undecided) {
        transferUndecided = undecided;
    }

    /** The 案值 worked out again with the case's seized items (after a correction or a seizure): {@link CaseValue}. */
    void revalue(List<SeizureItem> seized) {
        details = details.revalued(seized);
    }

    /** 更正: the details, checked by the validator, replace the stored ones. */
    void correct(CaseDetails corrected) {
        require(CaseAction.CORRECT);
        details = corrected;
        detailsCorrected = true;
    }

    /** 立案 → 调查取证: needs at least one party. */
    void startInvestigation() {
        require(CaseAction.INVESTIGATE);
        InvalidInput.Collector missing = new InvalidInput.Collector();
        requireParties(missing);
        missing.throwIfAny();
        moveTo(CaseAction.INVESTIGATE, "开始调查取证");
    }

    /** 调查取证 → 告知/听证: the facts, the party and the amounts must be established. */
    void notifyParty() {
        require(CaseAction.NOTIFY);
        InvalidInput.Collector missing = new InvalidInput.Collector();
        requireParties(missing);
        if (Texts.blank(details.facts())) {
            missing.add("facts", "case.missing.facts");
        }
        if (details.caseValue() == null) {
            missing.add("caseValue", "case.missing.caseValue");
        }
        missing.throwIfAny();
        moveTo(CaseAction.NOTIFY, "送达行政处罚告知书");
    }

    /**
     * → 处罚决定: from 告知/听证, or straight from 调查取证 under the simple procedure. The decision needs its
     * number, procedure, at least one penalty kind, a fine amount when fined, the legal basis, facts and date.
     * Publishes {@link PenaltyDecided}.
     */
    void decide(PenaltyDecision d) {
        require(CaseAction.DECIDE);
        if (status == CaseStatus.INVESTIGATING && d.procedure() != Procedure.SIMPLE) {
            throw new CaseTransitionRefused("case.refused.notifyFirst");
        }
        InvalidInput.Collector missing = new InvalidInput.Collector();
        if (Texts.blank(d.decisionNumber())) {
            missing.add("decisionNumber", "case.missing.decisionNumber");
        }
        if (d.kinds().isEmpty()) {
            missing.add("penaltyKinds", "case.missing.penaltyKinds");
        }
        if (d.kinds().contains(PenaltyKind.FINE) && (d.fineAmount() == null || d.fineAmount().signum() <= 0)) {
            missing.add("fineAmount", "case.missing.fineAmount");
        }
        org.shuangda.shared.Amounts.checkMoney(missing, "fineAmount", d.fineAmount()); // numeric(16, 2)
        if (Texts.blank(d.legalBasis())) {
            missing.add("legalBasis", "case.missing.legalBasis");
        }
        if (Texts.blank(d.facts())) {
            missing.add("decisionFacts", "case.missing.facts");
        }
        if (d.decidedOn() == null) {
            missing.add("decidedOn", "case.missing.decidedOn");
        } else if (d.decidedOn().isBefore(registeredAt.toLocalDate())) {
            missing.add("decidedOn", "case.invalid.decidedBeforeRegistered");
        }
        if (d.mitigated() && d.aggravated()) {
            missing.add("aggravated", "case.invalid.mitigatedAndAggravated");
        }
        checkListingProposal(d, missing);
        missing.throwIfAny();
        decision = d.stripped();
        moveTo(CaseAction.DECIDE, "作出行政处罚决定 " + decision.decisionNumber()
                + (decision.seriousListing() == null ? "" : "，提请列入严重违法失信名单"));
        events.add(new PenaltyDecided(id, number, unit.id(), unit.regionPath(), decision.decisionNumber(),
                decision.procedure(), decision.kinds(), decision.fineAmount(), decision.decidedOn(),
                decision.mitigated(), decision.seriousListing()));
    }

    /**
     * A serious-violation listing is proposed only with a 较重行政处罚 under the general procedure, not mitigated
     * (SAMR Order 44 art.2, 13), naming its field (art.5–11), the weighing factors found (art.12) and the reasons.
     */
    private static void checkListingProposal(PenaltyDecision d, InvalidInput.Collector missing) {
        SeriousListingProposal p = d.seriousListing();
        if (p == null) {
            return;
        }
        if (d.procedure() != Procedure.GENERAL || !d.heavier() || d.mitigated()) {
            missing.add("seriousListing", "case.invalid.seriousNotHeavier");
        }
        if (p.field() == null || !SeriousListingProposal.FIELDS.contains(p.field())) {
            missing.add("seriousField", "case.missing.seriousField");
        }
        if (p.factors().isEmpty() || !SeriousListingProposal.FACTORS.containsAll(p.factors())) {
            missing.add("seriousFactors", "case.missing.seriousFactors");
        }
        if (Texts.blank(p.reasons())) {
            missing.add("seriousReasons", "case.missing.seriousReasons");
        }
    }

    /** → 不予处罚 from 调查取证 or 告知/听证, with the reason. */
    void decideNoPenalty(String reason) {
        require(CaseAction.NO_PENALTY);
        outcomeReason = requireReason(reason);
        moveTo(CaseAction.NO_PENALTY, "不予行政处罚（" + outcomeReason + "）");
    }

    /** → 撤销立案 from 立案 or 调查取证, with the reason; publishes {@link CaseClosed}. */
    void revoke(String reason, LocalDate today) {
        require(CaseAction.REVOKE);
        outcomeReason = requireReason(reason);
        ended(CaseAction.REVOKE, CaseClosed.Outcome.REVOKED, "撤销立案（" + outcomeReason + "）", today);
    }

    /** 处罚决定 → 执行. */
    void startExecution() {
        require(CaseAction.EXECUTE);
        moveTo(CaseAction.EXECUTE, "处罚决定执行中");
    }

    /** 执行 or 不予处罚 → 结案, with a summary of the execution (执行情况); publishes {@link CaseClosed}. */
    void close(String summary, LocalDate today) {
        require(CaseAction.CLOSE);
        CaseClosed.Outcome outcome = status == CaseStatus.NO_PENALTY ? CaseClosed.Outcome.NO_PENALTY
                : CaseClosed.Outcome.PENALTY_EXECUTED;
        outcomeReason = requireReason(summary);
        ended(CaseAction.CLOSE, outcome, "结案（" + outcomeReason + "）", today);
    }

    /** → 移送公安 (pending or accepted): the decision clock stops (pause reason TRANSFER). */
    void transferToPolice(long transfer, LocalDateTime now) {
        require(CaseAction.TRANSFER_TO_POLICE);
        if (!decisionClock.paused()) {
            decisionClock.pause(PauseReason.TRANSFER, null, now);
        }
        transferId = transfer;
        moveTo(CaseAction.TRANSFER_TO_POLICE, "移送公安");
    }

    /** 移送公安 → 调查取证 (反向移送 / 不予立案): the decision clock resumes. */
    void returnFromPolice(String reason, LocalDateTime now) {
        require(CaseAction.RETURN_FROM_POLICE);
        outcomeReason = requireReason(reason);
        if (decisionClock.paused()) {
            decisionClock.resume(now);
        }
        moveTo(CaseAction.RETURN_FROM_POLICE, "公安退回（" + outcomeReason + "）");
    }

    /** 移送公安 → 结案 once the police opened a criminal case; publishes {@link CaseClosed}. */
    void closeAfterTransfer(String reason, LocalDate today) {
        require(CaseAction.CLOSE_AFTER_TRANSFER);
        outcomeReason = requireReason(reason);
        ended(CaseAction.CLOSE_AFTER_TRANSFER, CaseClosed.Outcome.CRIMINAL_CASE, "结案（" + outcomeReason + "）", today);
    }

    /** 中止 the decision clock for a reason other than a transfer. */
    void pauseClock(PauseReason reason, String note, LocalDateTime now) {
        require(CaseAction.PAUSE);
        if (reason == null || reason == PauseReason.TRANSFER) {
            throw new InvalidInput("reason", "error.required");
        }
        decisionClock.pause(reason, Texts.blankToNull(note), now);
        record("CLOCK", "办案期限中止（" + reason.name() + "）");
    }

    void resumeClock(LocalDateTime now) {
        require(CaseAction.RESUME);
        decisionClock.resume(now);
        record("CLOCK", "办案期限恢复计算");
    }

    /**
     * +30 days. The first extension needs the approval only; any further one also the collective decision
     * (集体讨论) as recorded text, which is kept on the case.
     */
    void extendClock(String approval, String collectiveDecision, String approvedBy, int days) {
        require(CaseAction.EXTEND);
        String approved = Texts.required(approval, "approval", "clock.missing.approval");
        boolean further = decisionClock.extended();
        String collective = Texts.blankToNull(collectiveDecision);
        if (further && collective == null) {
            throw new InvalidInput("collectiveDecision", "case.invalid.collective");
        }
        decisionClock.extend(days, approved, approvedBy);
        if (further) {
            collectiveExtension = collective;
        }
        record("CLOCK", "办案期限延长 " + days + " 日（" + approved
                + (further ? "；集体讨论：" + collective : "") + "）");
    }

    /** 查封扣押 from {@code at} (default now): not in the future, not before the day before 立案. */
    void startSeizure(LocalDateTime at, LocalDateTime now) {
        startSeizure(at, now, "实施查封扣押");
    }

    /** The same, with the timeline's line naming the decision and its items ({@link SeizureRecords}). */
    void startSeizure(LocalDateTime at, LocalDateTime now, String line) {
        require(CaseAction.SEIZE);
        LocalDateTime start = at != null ? at.withNano(0) : now;
        if (start.isAfter(now) || start.isBefore(registeredAt.minusDays(1))) {
            throw new InvalidInput("at", "case.invalid.future");
        }
        seizure = Seizure.startingAt(start);
        record("SEIZURE", line);
    }

    /** {@code days}: the rulebook's extension of {@code seizure.hold} (30), for the timeline. */
    void extendSeizure(String approval, int days) {
        require(CaseAction.EXTEND_SEIZURE);
        String approved = Texts.required(approval, "approval", "clock.missing.approval");
        seizure = seizure.extend();
        record("SEIZURE", "查封扣押期限延长 " + days + " 日（" + approved + "）");
    }

    void releaseSeizure(LocalDateTime now) {
        releaseSeizure(now, "解除查封扣押");
    }

    void releaseSeizure(LocalDateTime at, String line) {
        require(CaseAction.RELEASE);
        seizure = seizure.release(at);
        record("SEIZURE", line);
    }

    /** 督办 since {@code since}: a progress report every 1 to 60 working days. */
    void supervise(int everyWorkingDays, String note, LocalDate since) {
        require(CaseAction.SUPERVISE);
        if (everyWorkingDays < 1 || everyWorkingDays > 60) {
            throw new InvalidInput("everyWorkingDays", "case.invalid.everyDays");
        }
        supervision = new Supervision(everyWorkingDays, Texts.blankToNull(note), since, null);
        record("SUPERVISION", "列为督办案件（每 " + everyWorkingDays + " 个工作日报告进展）");
    }

    void endSupervision() {
        require(CaseAction.END_SUPERVISION);
        supervision = null;
        record("SUPERVISION", "解除督办");
    }

    void reportProgress(String text, String by, LocalDateTime now) {
        require(CaseAction.PROGRESS);
        String report = Texts.required(text, "text", "error.required");
        supervision = supervision.reportedOn(now.toLocalDate());
        reports.add(new ProgressReport(report, by, now));
        record("PROGRESS", "督办进展：" + report);
    }

    /** The decision clock's due day while it runs (the cache lists filter on), else null. */
    LocalDate decisionDueOn(WorkingCalendar calendar) {
        return decisionDueOn(status, decisionClock.deadline(), calendar);
    }

    /** The due day of a decision clock in {@code status}: null once decided or while stopped. */
    static LocalDate decisionDueOn(CaseStatus status, Deadline clock, WorkingCalendar calendar) {
        return status.awaitsDecision() && clock.openPause().isEmpty()
                ? clock.due(calendar).map(LocalDateTime::toLocalDate).orElse(null) : null;
    }

    /** Whether the decision clock stands still while the decision is pending (for the list's filter). */
    boolean decisionClockStopped() {
        return status.awaitsDecision() && decisionClock.paused();
    }

    /** Refuses ({@link CaseTransitionRefused}) unless {@code action} is possible now. */
    void require(CaseAction action) {
        action.requirePossibleIn(state());
    }

    private void moveTo(CaseAction action, String line) {
        status = action.target();
        record("STATUS", line);
    }

    private void ended(CaseAction action, CaseClosed.Outcome outcome, String line, LocalDate today) {
        moveTo(action, line);
        if (status == CaseStatus.CLOSED) {
            closedOn = today;
        }
        events.add(new CaseClosed(id, number, unit.id(), unit.regionPath(), details.category(), outcome, today,
                details.partyUsccs(), decision == null ? null : decision.decisionNumber(),
                decision == null ? null : decision.fineAmount(), details.caseValue(), details.illegalBusinessAmount()));
    }

    private void record(String kind, String text) {
        lines.add(new Line(kind, text));
    }

    private void requireParties(InvalidInput.Collector missing) {
        if (details.parties().isEmpty()) {
            missing.add("parties", "case.missing.parties");
        }
    }

    private static String requireReason(String reason) {
        return Texts.required(reason, "reason", "case.missing.reason");
    }

    Long id() { return id; }
    String number() { return number; }
    OwningUnit unit() { return unit; }
    Long clueId() { return clueId; }
    LocalDateTime registeredAt() { return registeredAt; }
    CaseDetails details() { return details; }
    boolean detailsCorrected() { return detailsCorrected; }
    CaseStatus status() { return status; }
    LegalClock decisionClock() { return decisionClock; }
    String collectiveExtension() { return collectiveExtension; }
    Seizure seizure() { return seizure; }
    Supervision supervision() { return supervision; }
    PenaltyDecision decision() { return decision; }
    String outcomeReason() { return outcomeReason; }
    LocalDate closedOn() { return closedOn; }
    Long transferId() { return transferId; }
    int version() { return version; }
    /** What the steps since loading wrote on the timeline, in order. */
    List<Line> lines() { return List.copyOf(lines); }
    List<ProgressReport> progressReports() { return List.copyOf(reports); }
    /** The domain events of the steps since loading, to publish once stored. */
    List<Object> events() { return List.copyOf(events); }
}
