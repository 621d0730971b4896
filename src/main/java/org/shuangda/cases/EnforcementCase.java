package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.calendar.Deadline;
import org.shuangda.shared.InvalidInput;

/**
 * A case (案件) as the handling unit keeps it. The lifecycle is the guarded methods below: each checks the
 * state and the fields the step needs and returns the next {@link CaseStatus}, or throws
 * {@link CaseTransitionRefused} (wrong state) or {@link InvalidInput} naming the missing fields. They change
 * nothing themselves; {@link Cases} applies the step.
 *
 * <pre>
 * REGISTERED ─startInvestigation→ INVESTIGATING ─notifyParty→ NOTIFIED ─decide→ DECIDED ─startExecution→ EXECUTING ─close→ CLOSED
 *                                 INVESTIGATING ─decide (简易程序)→ DECIDED
 * INVESTIGATING / NOTIFIED ─decideNoPenalty→ NO_PENALTY ─close→ CLOSED
 * REGISTERED / INVESTIGATING ─revoke→ REVOKED
 * REGISTERED / INVESTIGATING / NOTIFIED ─transferToPolice→ TRANSFERRED ─returnFromPolice→ INVESTIGATING
 *                                                                    TRANSFERRED ─closeAfterTransfer→ CLOSED
 * </pre>
 *
 * @param number                 e.g. 黎市监处〔2026〕12号
 * @param unitPath               unit tree path of the handling unit
 * @param regionPath             region path of the handling unit
 * @param caseValue              案值 in 元
 * @param illegalGains           违法所得 in 元
 * @param illegalBusinessAmount  非法经营数额 / 销售金额 in 元 (criminal thresholds compare with it)
 * @param decisionClock          90 natural days from 立案 with its pauses and extensions
 * @param collectiveExtension    the recorded collective decision (集体讨论) allowing more than 90+30 days, or null
 * @param seizureStartedAt       start of 查封扣押, or null
 * @param supervision            督办, or null
 * @param decision               the penalty decision once decided, else null
 * @param outcomeReason          why no penalty / revoked / closed after transfer / closing summary
 * @param transferId             the transfer (移送) while or after transferred, else null
 */
public record EnforcementCase(Long id, String number, long unitId, String unitName, String unitPath,
        String regionPath, Long clueId, String title, CaseCategory category, String productCategory,
        CaseStatus status, LocalDateTime registeredAt, String facts, BigDecimal caseValue, BigDecimal illegalGains,
        BigDecimal illegalBusinessAmount, List<CaseParty> parties, List<SeizedGoods> goods,
        List<HandlingOfficer> officers, Deadline decisionClock, String collectiveExtension,
        LocalDateTime seizureStartedAt, boolean seizureExtended, LocalDateTime seizureReleasedAt,
        Supervision supervision, PenaltyDecision decision, String outcomeReason, LocalDate closedOn,
        Long transferId, List<TimelineEntry> timeline, int version) {

    /** 90 natural days to decide (行政处罚法 / 市场监管行政处罚程序规定). */
    public static final int DECISION_DAYS = 90;
    /** The one extension a unit head may approve. */
    public static final int DECISION_EXTENSION_DAYS = 30;
    /** 查封扣押: 30 days, once +30. */
    public static final int SEIZURE_DAYS = 30;
    public static final int MIN_OFFICERS = 2;

    public EnforcementCase {
        parties = parties == null ? List.of() : List.copyOf(parties);
        goods = goods == null ? List.of() : List.copyOf(goods);
        officers = officers == null ? List.of() : List.copyOf(officers);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** 立案 → 调查取证: needs at least one party. */
    public CaseStatus startInvestigation() {
        requireStatus("case.refused.notRegistered", CaseStatus.REGISTERED);
        InvalidInput.Collector missing = new InvalidInput.Collector();
        if (parties.isEmpty()) {
            missing.add("parties", "case.missing.parties");
        }
        missing.throwIfAny();
        return CaseStatus.INVESTIGATING;
    }

    /** 调查取证 → 告知/听证: the facts, the party and the amounts must be established. */
    public CaseStatus notifyParty() {
        requireStatus("case.refused.notInvestigating", CaseStatus.INVESTIGATING);
        InvalidInput.Collector missing = new InvalidInput.Collector();
        if (parties.isEmpty()) {
            missing.add("parties", "case.missing.parties");
        }
        if (blank(facts)) {
            missing.add("facts", "case.missing.facts");
        }
        if (caseValue == null) {
            missing.add("caseValue", "case.missing.caseValue");
        }
        missing.throwIfAny();
        return CaseStatus.NOTIFIED;
    }

    /**
     * → 处罚决定: from 告知/听证, or straight from 调查取证 under the simple procedure. The decision needs its
     * number, procedure, at least one penalty kind, a fine amount when fined, the legal basis, facts and date.
     */
    public CaseStatus decide(PenaltyDecision d) {
        boolean simple = d != null && d.procedure() == Procedure.SIMPLE;
        if (!(status == CaseStatus.NOTIFIED || simple && status == CaseStatus.INVESTIGATING)) {
            throw new CaseTransitionRefused(status == CaseStatus.INVESTIGATING ? "case.refused.notifyFirst"
                    : "case.refused.notNotified");
        }
        InvalidInput.Collector missing = new InvalidInput.Collector();
        if (blank(d.decisionNumber())) {
            missing.add("decisionNumber", "case.missing.decisionNumber");
        }
        if (d.kinds().isEmpty()) {
            missing.add("penaltyKinds", "case.missing.penaltyKinds");
        }
        if (d.kinds().contains(PenaltyKind.FINE) && (d.fineAmount() == null || d.fineAmount().signum() <= 0)) {
            missing.add("fineAmount", "case.missing.fineAmount");
        }
        if (blank(d.legalBasis())) {
            missing.add("legalBasis", "case.missing.legalBasis");
        }
        if (blank(d.facts())) {
            missing.add("decisionFacts", "case.missing.facts");
        }
        if (d.decidedOn() == null) {
            missing.add("decidedOn", "case.missing.decidedOn");
        } else if (d.decidedOn().isBefore(registeredAt.toLocalDate())) {
            missing.add("decidedOn", "case.invalid.decidedBeforeRegistered");
        }
        missing.throwIfAny();
        return CaseStatus.DECIDED;
    }

    /** → 不予处罚 from 调查取证 or 告知/听证, with the reason. */
    public CaseStatus decideNoPenalty(String reason) {
        requireStatus("case.refused.notInvestigatingOrNotified", CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED);
        requireReason(reason);
        return CaseStatus.NO_PENALTY;
    }

    /** → 撤销立案 from 立案 or 调查取证, with the reason. */
    public CaseStatus revoke(String reason) {
        requireStatus("case.refused.notRevocable", CaseStatus.REGISTERED, CaseStatus.INVESTIGATING);
        requireReason(reason);
        return CaseStatus.REVOKED;
    }

    /** 处罚决定 → 执行. */
    public CaseStatus startExecution() {
        requireStatus("case.refused.notDecided", CaseStatus.DECIDED);
        return CaseStatus.EXECUTING;
    }

    /** 执行 or 不予处罚 → 结案, with a summary of the execution (执行情况). */
    public CaseStatus close(String summary) {
        requireStatus("case.refused.notClosable", CaseStatus.EXECUTING, CaseStatus.NO_PENALTY);
        requireReason(summary);
        return CaseStatus.CLOSED;
    }

    /** → 移送公安 from 立案, 调查取证 or 告知/听证: the decision clock stops. */
    public CaseStatus transferToPolice() {
        requireStatus("case.refused.notTransferable", CaseStatus.REGISTERED, CaseStatus.INVESTIGATING,
                CaseStatus.NOTIFIED);
        return CaseStatus.TRANSFERRED;
    }

    /** 移送公安 → 调查取证 (反向移送 / 不予立案): the decision clock resumes. */
    public CaseStatus returnFromPolice(String reason) {
        requireStatus("case.refused.notTransferred", CaseStatus.TRANSFERRED);
        requireReason(reason);
        return CaseStatus.INVESTIGATING;
    }

    /** 移送公安 → 结案 once the police opened a criminal case and nothing administrative is left. */
    public CaseStatus closeAfterTransfer(String reason) {
        requireStatus("case.refused.notTransferred", CaseStatus.TRANSFERRED);
        requireReason(reason);
        return CaseStatus.CLOSED;
    }

    /** Details (parties, goods, amounts, facts) may change until the decision. */
    public void requireEditable() {
        requireStatus("case.refused.notEditable", CaseStatus.REGISTERED, CaseStatus.INVESTIGATING,
                CaseStatus.NOTIFIED);
    }

    /** The decision clock may be paused, resumed or extended only while the decision is pending. */
    public void requireDecisionPending() {
        if (!status.awaitsDecision() || status == CaseStatus.TRANSFERRED) {
            throw new CaseTransitionRefused("case.refused.noDecisionPending");
        }
    }

    private void requireStatus(String reason, CaseStatus... allowed) {
        for (CaseStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new CaseTransitionRefused(reason);
    }

    private static void requireReason(String reason) {
        if (blank(reason)) {
            throw new InvalidInput("reason", "case.missing.reason");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
