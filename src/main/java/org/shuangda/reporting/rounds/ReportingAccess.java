package org.shuangda.reporting.rounds;

import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/**
 * Who may read what: reporters their submissions (REPORT_SUBMIT), offices what they review (REPORT_REVIEW), a
 * read-only leader what his scope reports (REPORT_VIEW).
 */
public final class ReportingAccess {

    private ReportingAccess() {
    }

    /** The union of the actor's submit and review scopes; 403 when the actor has neither permission. */
    static DataScope readScope(Actor actor) {
        DataScope scope = DataScope.none();
        boolean any = false;
        for (Permission p : new Permission[] {Permission.REPORT_SUBMIT, Permission.REPORT_REVIEW, Permission.REPORT_VIEW}) {
            if (actor.can(p)) {
                scope = scope.union(actor.scopeFor(p));
                any = true;
            }
        }
        if (!any) {
            throw new AccessDeniedProblem("missing permission REPORT_SUBMIT, REPORT_REVIEW or REPORT_VIEW");
        }
        return scope;
    }

    /**
     * Who reads roll-ups, dashboards and the cockpit: offices (REPORT_REVIEW) and read-only leaders (REPORT_VIEW),
     * over the union of both scopes; 403 with neither (a unit's reporter sees his own figures on his submission).
     */
    public static DataScope rollupScope(Actor actor) {
        if (!actor.can(Permission.REPORT_REVIEW) && !actor.can(Permission.REPORT_VIEW)) {
            throw new AccessDeniedProblem("missing permission REPORT_REVIEW or REPORT_VIEW");
        }
        DataScope scope = DataScope.none();
        for (Permission p : new Permission[] {Permission.REPORT_REVIEW, Permission.REPORT_VIEW}) {
            if (actor.can(p)) {
                scope = scope.union(actor.scopeFor(p));
            }
        }
        return scope;
    }

    /**
     * Where a roll-up of a round of the region at {@code roundPath} opens for the actor: the round's region when
     * his roll-up scope covers it (the city office at the city), else the widest region of his scope inside it
     * (a county office or leader at his county, for a city-wide round). Empty when he reads no region in it.
     */
    public static java.util.Optional<String> openingRegionPath(Actor actor, String roundPath) {
        DataScope scope = rollupScope(actor);
        if (scope.coversArea(roundPath)) {
            return java.util.Optional.of(roundPath);
        }
        return scope.areaPatterns().stream().filter(p -> p.endsWith("%"))
                .map(p -> p.substring(0, p.length() - 1)).filter(p -> p.startsWith(roundPath))
                .min(java.util.Comparator.comparingInt(String::length));
    }
}
