package org.shuangda.cases;

import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling officer's steps through a case ({@code CASE_HANDLE} over its unit). Each step asks the
 * aggregate's guard ({@link EnforcementCase}) first, so a wrong state or a missing field changes nothing.
 * The penalty decision publishes {@link PenaltyDecided} in the same transaction.
 */
@Service
public class CaseLifecycle {

    private final Cases cases;
    private final CaseAccess access;
    private final CaseStore store;
    private final ApplicationEventPublisher events;

    CaseLifecycle(Cases cases, CaseAccess access, CaseStore store, ApplicationEventPublisher events) {
        this.cases = cases;
        this.access = access;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public EnforcementCase startInvestigation(long caseId, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        return cases.changeStatus(c, c.startInvestigation(), null, "开始调查取证", actor);
    }

    @Transactional
    public EnforcementCase notifyParty(long caseId, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        return cases.changeStatus(c, c.notifyParty(), null, "送达行政处罚告知书", actor);
    }

    @Transactional
    public EnforcementCase decide(long caseId, PenaltyDecision decision, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        CaseStatus next = c.decide(decision);
        store.setDecision(caseId, decision);
        EnforcementCase after = cases.changeStatus(c, next, null, "作出行政处罚决定 " + decision.decisionNumber().strip(),
                actor);
        events.publishEvent(new PenaltyDecided(caseId, c.number(), c.unitId(), c.regionPath(),
                decision.decisionNumber().strip(), decision.procedure(), decision.kinds(), decision.fineAmount(),
                decision.decidedOn()));
        return after;
    }

    @Transactional
    public EnforcementCase decideNoPenalty(long caseId, String reason, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        return cases.changeStatus(c, c.decideNoPenalty(reason), reason.strip(), "不予行政处罚（" + reason.strip() + "）",
                actor);
    }

    @Transactional
    public EnforcementCase revoke(long caseId, String reason, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        return cases.changeStatus(c, c.revoke(reason), reason.strip(), "撤销立案（" + reason.strip() + "）", actor);
    }

    @Transactional
    public EnforcementCase startExecution(long caseId, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        return cases.changeStatus(c, c.startExecution(), null, "处罚决定执行中", actor);
    }

    @Transactional
    public EnforcementCase close(long caseId, String summary, Actor actor) {
        EnforcementCase c = handled(caseId, actor);
        return cases.changeStatus(c, c.close(summary), summary.strip(), "结案（" + summary.strip() + "）", actor);
    }

    private EnforcementCase handled(long caseId, Actor actor) {
        return access.forChange(caseId, actor, Permission.CASE_HANDLE);
    }
}
