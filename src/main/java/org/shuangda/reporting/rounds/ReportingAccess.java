package org.shuangda.reporting.rounds;

import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/** Who may read what: reporters their submissions (REPORT_SUBMIT), offices what they review (REPORT_REVIEW). */
final class ReportingAccess {

    private ReportingAccess() {
    }

    /** The union of the actor's submit and review scopes; 403 when the actor has neither permission. */
    static DataScope readScope(Actor actor) {
        DataScope scope = DataScope.none();
        boolean any = false;
        for (Permission p : new Permission[] {Permission.REPORT_SUBMIT, Permission.REPORT_REVIEW}) {
            if (actor.can(p)) {
                scope = scope.union(actor.scopeFor(p));
                any = true;
            }
        }
        if (!any) {
            throw new AccessDeniedProblem("missing permission REPORT_SUBMIT or REPORT_REVIEW");
        }
        return scope;
    }
}
