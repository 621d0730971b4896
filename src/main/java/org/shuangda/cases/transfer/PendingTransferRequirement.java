package org.shuangda.cases.transfer;

import org.shuangda.cases.TransferRequirement;
import org.shuangda.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * The threshold check of {@link TransferPrompts} without the actor (the lifecycle has authorised the step): a
 * threshold is met and no transfer of the case was decided on — only a proposal (拟移送) waiting for the head, or
 * nothing at all. A transfer approved, handed over, answered by the police or sent back, and a head's refusal
 * (不批准移送, which needs a reason), are decisions.
 */
@Component
class PendingTransferRequirement implements TransferRequirement {

    private final CaseFactsStore cases;
    private final Thresholds thresholds;
    private final TransferStore transfers;

    PendingTransferRequirement(CaseFactsStore cases, Thresholds thresholds, TransferStore transfers) {
        this.cases = cases;
        this.thresholds = thresholds;
        this.transfers = transfers;
    }

    @Override
    public boolean undecided(long caseId) {
        return cases.find(DataScope.everything(), caseId)
                .filter(c -> !thresholds.met(c.amounts(), c.regionPath()).isEmpty())
                .map(c -> !transfers.hasDecidedTransfer(caseId))
                .orElse(false);
    }
}
