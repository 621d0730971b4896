package org.shuangda.demo;

import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/**
 * The actor the demo loader runs as: every permission, scope ALL. Going through the real services (not
 * raw SQL) keeps the demo data valid and audited as "system (demo data)".
 */
record SystemActor() implements Actor {

    @Override public long userId() { return 0; }
    @Override public String username() { return "system"; }
    @Override public String displayName() { return "系统（演示数据）"; }
    @Override public long unitId() { return 0; }
    @Override public String unitName() { return "系统"; }
    @Override public String unitRegionPath() { return "/"; }
    @Override public boolean can(Permission permission) { return true; }
    @Override public DataScope scopeFor(Permission permission) { return DataScope.everything(); }
}
