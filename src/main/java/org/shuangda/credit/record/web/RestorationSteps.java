package org.shuangda.credit.record.web;

import org.shuangda.credit.record.Restoration;
import org.shuangda.credit.record.RestorationAction;
import org.shuangda.credit.record.Restorations;
import org.shuangda.shared.Actor;

/** The one dispatch of an officer's restoration step, for the pages and the API. */
final class RestorationSteps {

    private RestorationSteps() {
    }

    static Restoration run(Restorations restorations, Actor me, long id, RestorationAction action, String missing,
            String reason, String approval) {
        return switch (action) {
            case ACCEPT -> restorations.accept(me, id);
            case REQUEST_PAPERS -> restorations.requestPapers(me, id, missing);
            case EXTEND -> restorations.extend(me, id, approval);
            case RESTORE -> restorations.restore(me, id);
            case REFUSE -> restorations.refuse(me, id, reason);
            case SUPPLEMENT -> throw new org.shuangda.shared.AccessDeniedProblem("the applicant's step");
        };
    }
}
