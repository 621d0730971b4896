package org.shuangda.shared;

/**
 * Who is acting: the signed-in person (or the API client acting for a person), or a named system actor for
 * listeners, scheduled jobs and the demo loader. Every service method that reads or writes on someone's
 * behalf takes it as its first parameter, so the signature says who acts and the method runs the same from a
 * page, an API call, a listener or a job. Controllers receive it as a handler argument (resolved once per
 * request by the identity module); nothing outside {@code web} and {@code identity} reads Spring Security's
 * context.
 */
public interface Actor {

    long userId();

    String username();

    String displayName();

    long unitId();

    String unitName();

    /** Region path of the actor's unit, e.g. {@code /140000/140400/140426/}. */
    String unitRegionPath();

    /**
     * The code of the region of the actor's unit ({@code 140426} for {@code /140000/140400/140426/}), {@code ""} for
     * the system actor: what the region pickers preselect on a blank form ({@code ${me.unitRegionCode()}}).
     */
    default String unitRegionCode() {
        String path = unitRegionPath();
        if (path == null) {
            return "";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    boolean can(Permission permission);

    /** The union of the scopes of the actor's role assignments that grant {@code permission}. */
    DataScope scopeFor(Permission permission);

    /** For templates: {@code ${me.can('UNIT_MANAGE')}}. */
    default boolean can(String permission) {
        return can(Permission.valueOf(permission));
    }

    /** True for {@link #system(String)}: no person, audited as the system with the reason as its name. */
    default boolean isSystem() {
        return false;
    }

    /**
     * The scope for {@code permission}, failing with 403 ({@link AccessDeniedProblem}) when the actor lacks
     * the permission: the first line of most service methods.
     */
    default DataScope require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedProblem("missing permission " + permission);
        }
        return scopeFor(permission);
    }

    /**
     * The platform itself acting, for a reason people can read in the audit trail ("演示数据", "reminder job",
     * "tip referred by complaints"): every permission, scope ALL, no user and no unit.
     */
    static Actor system(String reason) {
        return new SystemActor(reason);
    }
}
