package org.shuangda.complaints;

import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * A filing as pages, lists and the API show it: the aggregate with what other tables say about it (names of
 * the place, the unit and the handler, the merged-into number) and the handling unit's paths, which decide
 * whose data scope reaches it.
 *
 * @param unitPath       the handling unit's tree path
 * @param unitRegionPath the handling unit's region path
 * @param handlerName    the assigned handler's display name, or null
 * @param mergedIntoNo   the tracking number of the filing it was merged into, or null
 */
public record FilingView(Filing filing, String regionName, String unitName, String unitPath, String unitRegionPath,
        String handlerName, String mergedIntoNo) {

    public long id() {
        return filing.id();
    }

    /** Whether the actor's scope for {@code permission} reaches the handling unit. */
    public boolean reachedBy(Actor actor, Permission permission) {
        return actor.can(permission) && actor.scopeFor(permission).coversUnit(unitPath, unitRegionPath);
    }

    /** Whether the actor may take {@code action} on this filing's unit (whatever its state). */
    public boolean reachedBy(Actor actor, FilingAction action) {
        return action.permissions().stream().anyMatch(p -> reachedBy(actor, p));
    }

    /** Staff who see it: FILING_VIEW or FILING_HANDLE over the handling unit. */
    public boolean visibleTo(Actor actor) {
        return reachedBy(actor, Permission.FILING_VIEW) || reachedBy(actor, Permission.FILING_HANDLE);
    }

    /**
     * The steps the actor may take now, in button order: what the filing's page offers. Beyond state and
     * permission ({@link LifecycleAction#available}), the actor's scope must reach the handling unit and the
     * filing must allow the step (its track, what was done before: {@link Filing#refusal}).
     */
    public List<FilingAction> actionsFor(Actor actor) {
        return LifecycleAction.available(FilingAction.class, actor, filing.status()).stream()
                .filter(a -> reachedBy(actor, a) && filing.refusal(a).isEmpty()).toList();
    }
}
