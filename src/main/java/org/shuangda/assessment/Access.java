package org.shuangda.assessment;

import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Who stands where to a scheme, in one place. The assessing side: an actor whose scope for a permission covers the
 * scheme's issuing unit (its office manages with {@code ASSESSMENT_MANAGE}, its reviewers score with
 * {@code ASSESSMENT_REVIEW}, its leaders read with {@code ASSESSMENT_VIEW}). The assessed side: an actor whose unit
 * lies in a target (the region assessed, or the member unit and the units below it). A unit-owned test of the
 * issuing unit, not a region test: a member unit's reporter of the same city never reads the other units' runs.
 */
@Component
class Access {

    /** Where the actor's unit is: tree path and region path (null for the platform's own actor). */
    record Place(String unitPath, String regionPath) {
        static final Place NOWHERE = new Place(null, null);
    }

    private final UnitDirectory units;

    Access(UnitDirectory units) {
        this.units = units;
    }

    /** The actor's unit's place; the platform's own actor has no unit (unit id 0) and belongs nowhere. */
    Place placeOf(Actor actor) {
        if (actor.unitId() <= 0) {
            return Place.NOWHERE;
        }
        return units.find(actor.unitId()).map(u -> new Place(u.path(), u.regionPath())).orElse(Place.NOWHERE);
    }

    static boolean covers(Actor actor, Permission permission, SchemeStore.Placed p) {
        return actor.can(permission)
                && actor.scopeFor(permission).coversUnit(p.issuingUnitPath(), p.issuingRegionPath());
    }

    static boolean manages(Actor actor, SchemeStore.Placed p) {
        return covers(actor, Permission.ASSESSMENT_MANAGE, p);
    }

    static boolean reviews(Actor actor, SchemeStore.Placed p) {
        return covers(actor, Permission.ASSESSMENT_REVIEW, p);
    }

    /** The assessing side: manages, reviews or reads over the issuing unit. */
    static boolean assessing(Actor actor, SchemeStore.Placed p) {
        return manages(actor, p) || reviews(actor, p) || covers(actor, Permission.ASSESSMENT_VIEW, p);
    }

    /** The union of the actor's assessing scopes, for lists. */
    static DataScope assessingScope(Actor actor) {
        DataScope scope = DataScope.none();
        for (Permission p : new Permission[] {Permission.ASSESSMENT_MANAGE, Permission.ASSESSMENT_REVIEW,
                Permission.ASSESSMENT_VIEW}) {
            if (actor.can(p)) {
                scope = scope.union(actor.scopeFor(p));
            }
        }
        return scope;
    }

    /** Whether the actor may read what the assessed side reads (schemes in use, its runs). */
    static boolean mayReadAsAssessed(Actor actor) {
        return actor.can(Permission.ASSESSMENT_VIEW) || actor.can(Permission.ASSESSMENT_SUBMIT);
    }

    /** Whether the actor's unit lies in {@code target}. */
    boolean belongs(Actor actor, Scheme.Target target) {
        Place me = placeOf(actor);
        return target.covers(me.unitPath(), me.regionPath());
    }

    /** Whether the actor's unit lies in any target of {@code scheme}. */
    boolean participates(Actor actor, Scheme scheme) {
        Place me = placeOf(actor);
        return scheme.targets().stream().anyMatch(t -> t.covers(me.unitPath(), me.regionPath()));
    }

    UnitRef unit(long id) {
        return units.find(id).orElseThrow();
    }
}
