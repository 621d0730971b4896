package org.shuangda.cases;

import java.time.LocalDateTime;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Loads a case for an actor: to read it they need {@code CASE_VIEW} over its unit, to change it
 * {@code permission} (usually {@code CASE_HANDLE}) over its unit. A case outside the view scope is not found
 * (404); one they see but may not change is forbidden (403). Also keeps the decision clock's cached due day.
 */
@Component
class CaseAccess {

    private final CaseStore store;
    private final WorkingCalendar calendar;

    CaseAccess(CaseStore store, WorkingCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    EnforcementCase visible(long id, Actor actor) {
        if (!actor.can(Permission.CASE_VIEW)) {
            throw new AccessDeniedProblem("missing permission CASE_VIEW");
        }
        return store.find(id).filter(c -> actor.scopeFor(Permission.CASE_VIEW).coversUnit(c.unitPath(), c.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("case", id));
    }

    EnforcementCase forChange(long id, Actor actor, Permission permission) {
        EnforcementCase c = visible(id, actor);
        if (!actor.can(permission) || !actor.scopeFor(permission).coversUnit(c.unitPath(), c.regionPath())) {
            throw new AccessDeniedProblem("missing permission " + permission + " for case " + id);
        }
        return c;
    }

    /** Whether the actor may use {@code permission} on this case (for buttons; writes check again). */
    static boolean may(Actor actor, Permission permission, EnforcementCase c) {
        return actor.can(permission) && actor.scopeFor(permission).coversUnit(c.unitPath(), c.regionPath());
    }

    /** Re-reads the case and caches its decision clock's due day, null while stopped or once decided. */
    EnforcementCase refreshClock(long id) {
        EnforcementCase c = store.find(id).orElseThrow();
        Deadline clock = c.decisionClock();
        boolean pending = c.status().awaitsDecision();
        boolean paused = pending && clock.openPause().isPresent();
        store.setDecisionDue(id, pending && !paused ? clock.due(calendar).map(LocalDateTime::toLocalDate).orElse(null)
                : null, paused);
        return c;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(WorkingCalendar.ZONE).withNano(0);
    }
}
