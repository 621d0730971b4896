package org.shuangda.cases.web;

import org.shuangda.cases.CaseAction;
import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.CaseSupervision;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.SeizureRecords;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/** Takes a case step posted from the case page or the API: the one dispatch on {@link CaseAction}. */
@Component
class CaseActions {

    private final CaseLifecycle lifecycle;
    private final CaseClocks clocks;
    private final CaseSupervision supervision;
    private final SeizureRecords seizures;

    CaseActions(CaseLifecycle lifecycle, CaseClocks clocks, CaseSupervision supervision, SeizureRecords seizures) {
        this.seizures = seizures;
        this.lifecycle = lifecycle;
        this.clocks = clocks;
        this.supervision = supervision;
    }

    CaseView take(Actor me, long id, CaseAction action, StepInput in) {
        return switch (action) {
            case INVESTIGATE -> lifecycle.startInvestigation(me, id);
            case NOTIFY -> lifecycle.notifyParty(me, id);
            case EXECUTE -> lifecycle.startExecution(me, id);
            case DECIDE -> lifecycle.decide(me, id, in.decision());
            case NO_PENALTY -> lifecycle.decideNoPenalty(me, id, in.reason());
            case REVOKE -> lifecycle.revoke(me, id, in.reason());
            case CLOSE -> lifecycle.close(me, id, in.reason());
            case PAUSE -> clocks.pause(me, id, in.pauseReason(), in.note());
            case RESUME -> clocks.resume(me, id);
            case SEIZE -> seizures.seize(me, id, in.seizureOrder());
            case RELEASE -> seizures.release(me, id, in.releasedOn(), in.reason(), in.disposal());
            case PROGRESS -> supervision.reportProgress(me, id, in.progress());
            case EXTEND -> clocks.extend(me, id, in.approval(), in.collectiveDecision());
            case EXTEND_SEIZURE -> clocks.extendSeizure(me, id, in.approval());
            case SUPERVISE -> supervision.supervise(me, id, in.reportEvery(), in.note());
            case END_SUPERVISION -> supervision.endSupervision(me, id);
            // the correction has its own form; the transfer's steps are the transfer code's
            case CORRECT, TRANSFER_TO_POLICE, RETURN_FROM_POLICE, CLOSE_AFTER_TRANSFER ->
                    throw new NotFoundProblem("case action", action.name());
        };
    }
}
