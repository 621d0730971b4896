package org.shuangda.cases.transfer;

import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/** The threshold check of one case, for whoever sees it (CASE_VIEW, or the prosecutor's TRANSFER_OVERSEE). */
@Service
public class TransferPrompts {

    private final CaseFactsStore cases;
    private final Thresholds thresholds;
    private final TransferStore transfers;

    TransferPrompts(CaseFactsStore cases, Thresholds thresholds, TransferStore transfers) {
        this.cases = cases;
        this.thresholds = thresholds;
        this.transfers = transfers;
    }

    public ThresholdCheck check(Actor actor, long caseId) {
        CaseFacts kase = cases.find(TransferReach.scope(actor, Permission.CASE_VIEW), caseId)
                .or(() -> cases.find(TransferReach.scope(actor, Permission.TRANSFER_OVERSEE), caseId))
                .orElseThrow(() -> new NotFoundProblem("case", caseId));
        return new ThresholdCheck(caseId, kase.number(), thresholds.met(kase.amounts(), kase.regionPath()),
                transfers.hasOpenTransfer(caseId) || "TRANSFERRED".equals(kase.status()), kase.transferable());
    }
}
