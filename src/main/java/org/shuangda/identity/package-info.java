/**
 * Identity: users of member units, roles as sets of permissions, data scope per role assignment, form
 * login with lockout, bearer tokens for systems, and the security configuration. Depends on organisation
 * (a user belongs to a unit) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "organization"})
package org.shuangda.identity;
