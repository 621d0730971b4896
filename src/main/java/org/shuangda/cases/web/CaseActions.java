package org.shuangda.cases.web;

import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.CaseSupervision;
import org.shuangda.cases.PauseReason;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/** The case page's buttons: one action name each, posted as a form. */
@Component
class CaseActions {

    private final CaseLifecycle lifecycle;
    private final CaseClocks clocks;
    private final CaseSupervision supervision;

    CaseActions(CaseLifecycle lifecycle, CaseClocks clocks, CaseSupervision supervision) {
        this.lifecycle = lifecycle;
        this.clocks = clocks;
        this.supervision = supervision;
    }

    void apply(long id, String action, CaseFormReader form, Actor actor) {
        String reason = form.text("reason");
        switch (action) {
            case "investigate" -> lifecycle.startInvestigation(id, actor);
            case "notify" -> lifecycle.notifyParty(id, actor);
            case "decide" -> lifecycle.decide(id, form.decision(), actor);
            case "no-penalty" -> lifecycle.decideNoPenalty(id, reason, actor);
            case "revoke" -> lifecycle.revoke(id, reason, actor);
            case "execute" -> lifecycle.startExecution(id, actor);
            case "close" -> lifecycle.close(id, reason, actor);
            case "pause" -> clocks.pause(id, pauseReason(form.text("pauseReason")), form.text("note"), actor);
            case "resume" -> clocks.resume(id, actor);
            case "extend" -> clocks.extend(id, form.text("approval"), form.text("collectiveDecision"), actor);
            case "seize" -> clocks.startSeizure(id, null, actor);
            case "extend-seizure" -> clocks.extendSeizure(id, form.text("approval"), actor);
            case "release" -> clocks.releaseSeizure(id, actor);
            case "supervise" -> supervision.supervise(id, every(form.text("everyWorkingDays")), form.text("note"), actor);
            case "end-supervision" -> supervision.endSupervision(id, actor);
            case "progress" -> supervision.reportProgress(id, form.text("text"), actor);
            default -> throw new NotFoundProblem("case action", action);
        }
    }

    private static PauseReason pauseReason(String value) {
        try {
            return value == null ? null : PauseReason.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("pauseReason", "error.required");
        }
    }

    private static int every(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInput("everyWorkingDays", "case.invalid.everyDays");
        }
    }
}
