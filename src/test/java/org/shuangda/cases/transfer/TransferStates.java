package org.shuangda.cases.transfer;

import java.time.LocalDateTime;
import org.shuangda.cases.transfer.Transfer.Step;

/** Transfers brought into each state by walking the real transitions, one hour apart from 2025-09-29 09:00. */
final class TransferStates {

    static final LocalDateTime START = LocalDateTime.of(2025, 9, 29, 9, 0);

    private TransferStates() {
    }

    static Step step(int hour, String note) {
        return new Step(START.plusHours(hour), "tester", note);
    }

    static Transfer in(TransferStatus status) {
        Transfer t = saved(Transfer.propose(1, 2, 3, "假冒注册商标罪", "非法经营数额8万元，达到追诉标准", START, "officer"));
        switch (status) {
            case PROPOSED -> { }
            case DECLINED -> t.decline(step(1, "证据不足"));
            case APPROVED -> t.approve(step(1, null));
            case HANDED_OVER -> handedOver(t);
            case ACCEPTED -> { handedOver(t); t.accept(step(3, null)); }
            case NOT_ACCEPTED -> { handedOver(t); t.refuseAcceptance(step(3, "不属本局管辖")); }
            case FILED -> { handedOver(t); t.accept(step(3, null)); t.file(step(4, "立案侦查")); }
            case NOT_FILED -> { handedOver(t); t.accept(step(3, null)); t.refuseFiling(step(4, "未达追诉标准")); }
            case RECONSIDERING -> {
                handedOver(t);
                t.refuseAcceptance(step(3, "不属本局管辖"));
                t.requestReconsideration(step(4, "属于管辖范围"), true);
            }
            case RETURNED -> {
                handedOver(t);
                t.refuseAcceptance(step(3, "情节显著轻微"));
                t.returnForPenalty(step(4, "不需追究刑事责任，退回行政处罚"));
            }
        }
        return t;
    }

    /** The proposal as the store gives it back: with an id (the hand-over's event names the transfer). */
    private static Transfer saved(Transfer proposed) {
        Transfer.Saved s = proposed.saved();
        return Transfer.restore(new Transfer.Saved(10L, s.caseId(), s.unitId(), s.policeUnitId(), s.charge(),
                s.reason(), s.proposedAt(), s.proposedBy(), s.status(), null, null, null, null, null, null, null, null,
                null, s.version()));
    }

    private static void handedOver(Transfer t) {
        t.approve(step(1, null));
        t.handOver(step(2, null), true, "/140000/140400/140426/");
    }
}
