package org.shuangda.shared;

/**
 * The person (or API client acting for a person) behind the current request. The identity module's
 * principal implements it; every other module reads it through {@link Actors#current()}.
 */
public interface Actor {

    long userId();

    String username();

    String displayName();

    long unitId();

    String unitName();

    /** Region path of the actor's unit, e.g. {@code /140000/140400/140426/}. */
    String unitRegionPath();

    boolean can(Permission permission);

    /** The union of the scopes of the actor's role assignments that grant {@code permission}. */
    DataScope scopeFor(Permission permission);

    /** For templates: {@code ${me.can('UNIT_MANAGE')}}. */
    default boolean can(String permission) {
        return can(Permission.valueOf(permission));
    }
}
