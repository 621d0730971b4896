package org.shuangda.shared;

import java.util.Objects;

/**
 * The actor of listeners, scheduled jobs and the demo loader (see {@link Actor#system(String)}). It may do
 * everything: the work it runs was already authorised when a person started it (a tip referred by an
 * officer) or is the platform's own (a reminder, a clock), and the reason says which in the audit trail.
 */
record SystemActor(String reason) implements Actor {

    SystemActor {
        Objects.requireNonNull(reason, "a system actor names its reason");
    }

    @Override public long userId() { return 0; }
    @Override public String username() { return "system"; }
    @Override public String displayName() { return "系统（" + reason + "）"; }
    @Override public long unitId() { return 0; }
    @Override public String unitName() { return "系统"; }
    @Override public String unitRegionPath() { return "/"; }
    @Override public boolean can(Permission permission) { return true; }
    @Override public DataScope scopeFor(Permission permission) { return DataScope.everything(); }
    @Override public boolean isSystem() { return true; }
}
