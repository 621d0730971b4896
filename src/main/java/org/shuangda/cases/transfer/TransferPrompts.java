package org.shuangda.cases.transfer;

import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
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

    public ThresholdCheck check(long caseId) {
        Actor actor = Actors.require();
        DataScope view = actor.can(Permission.CASE_VIEW) ? actor.scopeFor(Permission.CASE_VIEW) : DataScope.none();
        DataScope oversee = actor.can(Permission.TRANSFER_OVERSEE) ? actor.scopeFor(Permission.TRANSFER_OVERSEE)
                : DataScope.none();
        CaseFacts kase = cases.find(view, caseId).or(() -> cases.find(oversee, caseId))
                .orElseThrow(() -> new NotFoundProblem("case", caseId));
        return new ThresholdCheck(caseId, kase.number(), thresholds.met(kase.amounts()),
                transfers.hasOpenTransfer(caseId) || "TRANSFERRED".equals(kase.status()), kase.transferable());
    }
}
