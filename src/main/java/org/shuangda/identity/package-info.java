/**
 * Identity: users of member units, roles as sets of permissions, data scope per role assignment, form
 * login with lockout, bearer tokens for systems, the security configuration and the {@code Actor} of a
 * request ({@code web.ActorArgumentResolver}). Depends on organisation (a user belongs to a unit) and the
 * shared kernel.
 *
 * <p>What other modules may use:
 * <ul>
 * <li>{@link org.shuangda.identity.Officers}: the published query for people ({@link org.shuangda.identity.Officer}:
 * display name, unit, region, roles, permissions; one by id, those of a unit, those of a region holding a
 * permission). No actor: it is the directory; the caller applies its actor's scope.</li>
 * <li>{@link org.shuangda.identity.Users}, {@link org.shuangda.identity.Roles} and
 * {@link org.shuangda.identity.ApiTokens}: the admin services, with the actor as the first parameter (the demo
 * creates its accounts through them).</li>
 * <li>For SQL: the view {@code pub_user} (id, username, display_name, unit_id, enabled; V54), joined with
 * organisation's {@code pub_unit} on {@code unit_id}. Another module's SQL never names {@code app_user},
 * {@code user_role}, {@code role}, {@code api_token} or {@code login_unknown_attempt}: the password hash,
 * contact details and lockout state stay here.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "organization"})
package org.shuangda.identity;
