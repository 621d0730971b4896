package org.shuangda.cases;

import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Loads a case for an actor: to read it they need {@code CASE_VIEW} over its unit, to change it
 * {@code permission} (the step's, usually {@code CASE_HANDLE}) over its unit. A case outside the view scope is
 * not found (404); one they see but may not change is forbidden (403).
 */
@Component
class CaseAccess {

    private final CaseStore store;

    CaseAccess(CaseStore store) {
        this.store = store;
    }

    CaseView visible(Actor actor, long id) {
        DataScope scope = actor.require(Permission.CASE_VIEW);
        return store.view(id).filter(c -> covers(scope, c.owner())).orElseThrow(() -> new NotFoundProblem("case", id));
    }

    EnforcementCase forChange(Actor actor, long id, Permission permission) {
        DataScope scope = actor.require(Permission.CASE_VIEW);
        EnforcementCase c = store.find(id).filter(k -> covers(scope, k.unit()))
                .orElseThrow(() -> new NotFoundProblem("case", id));
        if (!may(actor, permission, c.unit())) {
            throw new AccessDeniedProblem("missing permission " + permission + " for case " + id);
        }
        return c;
    }

    /** Whether the actor may use {@code permission} on what {@code unit} owns (for buttons; writes check again). */
    static boolean may(Actor actor, Permission permission, OwningUnit unit) {
        return actor.can(permission) && covers(actor.scopeFor(permission), unit);
    }

    private static boolean covers(DataScope scope, OwningUnit unit) {
        return scope.coversUnit(unit.path(), unit.regionPath());
    }
}
