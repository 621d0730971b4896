package org.shuangda.cases;

import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling officer's steps through a case ({@code CASE_HANDLE} over its unit). Each is a {@link CaseAction}
 * the aggregate checks first, so a wrong state or a missing field changes nothing. The penalty decision publishes
 * {@link PenaltyDecided}, the end of a case {@link CaseClosed}, in the same transaction.
 */
@Service
public class CaseLifecycle {

    private final CaseSteps steps;
    private final TransferRequirement transfers;

    CaseLifecycle(CaseSteps steps, TransferRequirement transfers) {
        this.steps = steps;
        this.transfers = transfers;
    }

    @Transactional
    public CaseView startInvestigation(Actor actor, long caseId) {
        return steps.take(actor, caseId, CaseAction.INVESTIGATE, EnforcementCase::startInvestigation);
    }

    @Transactional
    public CaseView notifyParty(Actor actor, long caseId) {
        return steps.take(actor, caseId, CaseAction.NOTIFY, EnforcementCase::notifyParty);
    }

    @Transactional
    public CaseView decide(Actor actor, long caseId, PenaltyDecision decision) {
        boolean undecided = transfers.undecided(caseId);
        return steps.take(actor, caseId, CaseAction.DECIDE, c -> {
            c.transferUndecided(undecided);
            c.decide(decision);
        });
    }

    @Transactional
    public CaseView decideNoPenalty(Actor actor, long caseId, String reason) {
        return steps.take(actor, caseId, CaseAction.NO_PENALTY, c -> c.decideNoPenalty(reason));
    }

    @Transactional
    public CaseView revoke(Actor actor, long caseId, String reason) {
        return steps.take(actor, caseId, CaseAction.REVOKE, c -> c.revoke(reason, steps.today()));
    }

    @Transactional
    public CaseView startExecution(Actor actor, long caseId) {
        return steps.take(actor, caseId, CaseAction.EXECUTE, EnforcementCase::startExecution);
    }

    @Transactional
    public CaseView close(Actor actor, long caseId, String summary) {
        return steps.take(actor, caseId, CaseAction.CLOSE, c -> c.close(summary, steps.today()));
    }
}
