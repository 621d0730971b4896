package org.shuangda.cases.transfer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.shuangda.calendar.WorkingCalendar;

/**
 * One transfer of a suspected crime to the police (移送涉嫌犯罪案件), the aggregate whose guarded methods are the
 * only way its state changes. Who may call which step (officer, head, police) is checked by the service; the
 * aggregate checks the state (each guarded method asks its {@link TransferAction}), the mandatory reasons and
 * the reconsideration window, and returns the domain event a step raises. Times are Beijing local time. The
 * clocks are computed from these times by {@link TransferClocks}, never stored.
 */
public final class Transfer {

    private final Long id;
    private final long caseId;
    private final long unitId;
    private final long policeUnitId;
    private final String charge;
    private final String reason;
    private final LocalDateTime proposedAt;
    private final String proposedBy;
    private TransferStatus status;
    private Step headDecision;
    private Step handover;
    private Step acceptance;
    private Step filing;
    private Step reconsiderationRequest;
    private Step reconsiderationAnswer;
    /** The refusal the latest reconsideration is about (NOT_ACCEPTED or NOT_FILED), null if none was asked. */
    private TransferStatus reconsideredRefusal;
    private Step returned;
    private Step partyNotice;
    private final int version;

    /**
     * One recorded step: when, by whom, with what note (a reason where the law asks for one).
     *
     * @param at   when
     * @param by   username
     * @param note reason or remark, may be null where none is required
     */
    public record Step(LocalDateTime at, String by, String note) {

        public Step {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }

    /** Every stored field; used by the store to rebuild a transfer as it was saved. */
    public record Saved(Long id, long caseId, long unitId, long policeUnitId, String charge, String reason,
            LocalDateTime proposedAt, String proposedBy, TransferStatus status, Step headDecision, Step handover,
            Step acceptance, Step filing, Step reconsiderationRequest, Step reconsiderationAnswer,
            TransferStatus reconsideredRefusal, Step returned, Step partyNotice, int version) {
    }

    private Transfer(Saved s) {
        this.id = s.id();
        this.caseId = s.caseId();
        this.unitId = s.unitId();
        this.policeUnitId = s.policeUnitId();
        this.charge = s.charge();
        this.reason = s.reason();
        this.proposedAt = s.proposedAt();
        this.proposedBy = s.proposedBy();
        this.status = s.status();
        this.headDecision = s.headDecision();
        this.handover = s.handover();
        this.acceptance = s.acceptance();
        this.filing = s.filing();
        this.reconsiderationRequest = s.reconsiderationRequest();
        this.reconsiderationAnswer = s.reconsiderationAnswer();
        this.reconsideredRefusal = s.reconsideredRefusal();
        this.returned = s.returned();
        this.partyNotice = s.partyNotice();
        this.version = s.version();
    }

    /** An officer proposes to transfer case {@code caseId} of unit {@code unitId} to a police unit. */
    public static Transfer propose(long caseId, long unitId, long policeUnitId, String charge, String reason,
            LocalDateTime at, String by) {
        requireText(charge, "charge");
        requireText(reason, "reason");
        return new Transfer(new Saved(null, caseId, unitId, policeUnitId, charge.strip(), reason.strip(), at, by,
                TransferStatus.PROPOSED, null, null, null, null, null, null, null, null, null, 0));
    }

    public static Transfer restore(Saved saved) {
        return new Transfer(saved);
    }

    public Saved saved() {
        return new Saved(id, caseId, unitId, policeUnitId, charge, reason, proposedAt, proposedBy, status,
                headDecision, handover, acceptance, filing, reconsiderationRequest, reconsiderationAnswer,
                reconsideredRefusal, returned, partyNotice, version);
    }

    /** 负责人批准移送. */
    public void approve(Step step) {
        require(TransferAction.APPROVE);
        headDecision = step;
        status = TransferStatus.APPROVED;
    }

    /** 负责人不批准移送, with the reason (the law asks for one). */
    public void decline(Step step) {
        require(TransferAction.DECLINE);
        requireNote(step);
        headDecision = step;
        status = TransferStatus.DECLINED;
    }

    /**
     * The package goes to the police; {@code packageComplete}: 调查报告 and 涉案物品清单 are attached.
     *
     * @param regionPath the region path of the agency's case, carried by the event for listeners that work by place
     */
    public TransferHandedOver handOver(Step step, boolean packageComplete, String regionPath) {
        require(TransferAction.HAND_OVER);
        if (!packageComplete) {
            throw new TransferRefused("transfer.refused.packageIncomplete");
        }
        handover = step;
        status = TransferStatus.HANDED_OVER;
        return new TransferHandedOver(id, caseId, unitId, policeUnitId, regionPath,
                step.at().atZone(WorkingCalendar.ZONE).toInstant());
    }

    /** 公安机关受理. */
    public void accept(Step step) {
        require(TransferAction.ACCEPT);
        acceptance = step;
        status = TransferStatus.ACCEPTED;
    }

    /** 不予受理, with the reason. */
    public void refuseAcceptance(Step step) {
        require(TransferAction.REFUSE_ACCEPTANCE);
        requireNote(step);
        acceptance = step;
        status = TransferStatus.NOT_ACCEPTED;
    }

    /** 立案. */
    public void file(Step step) {
        require(TransferAction.FILE);
        filing = step;
        status = TransferStatus.FILED;
    }

    /** 不予立案, with the reason. */
    public void refuseFiling(Step step) {
        require(TransferAction.REFUSE_FILING);
        requireNote(step);
        filing = step;
        status = TransferStatus.NOT_FILED;
    }

    /**
     * 提请复议: once per refusal (不予受理, then possibly 不予立案), against a refusal, within the window
     * ({@code windowOpen}, computed from the refusal on the calendar by the caller), with the reason.
     */
    public void requestReconsideration(Step step, boolean windowOpen) {
        require(TransferAction.REQUEST_RECONSIDERATION);
        if (reconsideredRefusal == status) {
            throw new TransferRefused("transfer.refused.alreadyReconsidered");
        }
        if (!windowOpen) {
            throw new TransferRefused("transfer.refused.reconsiderationLate");
        }
        requireNote(step);
        reconsiderationRequest = step;
        reconsiderationAnswer = null;
        reconsideredRefusal = status;
        status = TransferStatus.RECONSIDERING;
    }

    /** The police answer the reconsideration: {@code reversed} accepts (or files) after all; else the refusal stands. */
    public void answerReconsideration(Step step, boolean reversed) {
        require(reversed ? TransferAction.REVERSE_ON_RECONSIDERATION : TransferAction.UPHOLD_ON_RECONSIDERATION);
        requireNote(step);
        reconsiderationAnswer = step;
        if (reversed) {
            status = reconsideredRefusal == TransferStatus.NOT_ACCEPTED ? TransferStatus.ACCEPTED : TransferStatus.FILED;
        } else {
            status = reconsideredRefusal;
        }
    }

    /**
     * 反向移送: the police send the case back for administrative penalty, after a refusal (not while it is being
     * reconsidered) or after 立案 when no criminal liability follows (撤销案件、不起诉), with the reason.
     */
    public void returnForPenalty(Step step) {
        require(TransferAction.RETURN_FOR_PENALTY);
        requireNote(step);
        returned = step;
        status = TransferStatus.RETURNED;
    }

    /** The agency records how it told the party that the case continues as an administrative case. Once. */
    public void recordPartyNotice(Step step) {
        require(TransferAction.NOTICE_PARTY);
        if (partyNotice != null) {
            throw new TransferRefused("transfer.refused.partyNoticed");
        }
        requireNote(step);
        partyNotice = step;
    }

    private void require(TransferAction action) {
        if (!action.possibleIn(status)) {
            throw new TransferRefused("transfer.refused.state", status.name());
        }
    }

    private static void requireNote(Step step) {
        requireText(step.note(), "note");
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new org.shuangda.shared.InvalidInput(field, "error.required");
        }
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long unitId() { return unitId; }
    public long policeUnitId() { return policeUnitId; }
    public String charge() { return charge; }

    /** The catalogue's 罪名 the transfer names (empty for a free-text charge recorded before V143). */
    public java.util.Optional<org.shuangda.cases.CriminalCharge> criminalCharge() {
        return org.shuangda.cases.CriminalCharge.resolve(charge);
    }

    /** 罪名 with its article (假冒注册商标罪（《中华人民共和国刑法》第二百一十三条）), or the recorded text. */
    public String chargeCited() {
        return criminalCharge().map(org.shuangda.cases.CriminalCharge::cited).orElse(charge);
    }
    public String reason() { return reason; }
    public LocalDateTime proposedAt() { return proposedAt; }
    public String proposedBy() { return proposedBy; }
    public TransferStatus status() { return status; }
    public Step headDecision() { return headDecision; }
    public Step handover() { return handover; }
    public Step acceptance() { return acceptance; }
    public Step filing() { return filing; }
    public Step reconsiderationRequest() { return reconsiderationRequest; }
    public Step reconsiderationAnswer() { return reconsiderationAnswer; }
    public TransferStatus reconsideredRefusal() { return reconsideredRefusal; }
    public Step returned() { return returned; }
    public Step partyNotice() { return partyNotice; }
    public int version() { return version; }
}
