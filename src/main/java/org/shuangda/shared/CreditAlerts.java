package org.shuangda.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether market entities are on a credit blacklist and which joint punishment measures apply: the SPI through
 * which modules that must not depend on credit (complaints, cases, entities, later inspections and campaigns)
 * show the warning wherever a listed entity appears. The credit module implements it (listed = a listing fact
 * without a later removal fact). Listings are public information (they are published), so an alert is given to
 * anyone holding {@link Permission#CREDIT_VIEW} whatever their data scope; without it the answer is empty.
 * Never throws for an unknown entity: the answer is empty.
 */
public interface CreditAlerts {

    /** The alerts of one directory entity. */
    List<CreditAlert> forEntity(Actor actor, long entityId);

    /** The alerts of many entities at once (those without any are missing from the map). */
    Map<Long, List<CreditAlert>> forEntities(Actor actor, Collection<Long> entityIds);

    /**
     * The alerts of a business named on a form: by its USCC when one is given (exactly), else by its exact
     * registered name; nothing for a blank or unknown target.
     */
    List<CreditAlert> forTarget(Actor actor, String uscc, String name);
}
