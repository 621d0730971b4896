package org.shuangda.demo;

import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/**
 * The demo's system actor handing in one unit's figures, as that unit's 信息联络员 would: the system's rights
 * and audit name, the unit's id, name and region (a submission is always the acting unit's own).
 */
record UnitReporter(Actor system, UnitRef unit) implements Actor {

    @Override public long userId() { return system.userId(); }
    @Override public String username() { return system.username(); }
    @Override public String displayName() { return system.displayName(); }
    @Override public long unitId() { return unit.id(); }
    @Override public String unitName() { return unit.name(); }
    @Override public String unitRegionPath() { return unit.regionPath(); }
    @Override public boolean can(Permission permission) { return system.can(permission); }
    @Override public DataScope scopeFor(Permission permission) { return system.scopeFor(permission); }
    @Override public boolean isSystem() { return system.isSystem(); }
}
