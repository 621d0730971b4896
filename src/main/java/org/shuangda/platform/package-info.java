/**
 * Platform: the embedded PostgreSQL default, start-up checks, the banner that tells a newcomer where to
 * click, and the installation's settings. Public API: {@link org.shuangda.platform.Settings} (get and put of
 * {@code app_setting}, the table no other module names). Room {@code nodes} (issue 19): what lets several
 * nodes share one database (sessions, job locks, limits counted in the database, 503 when it is unreachable,
 * backlog gauges). Depends on the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {"shared"})
package org.shuangda.platform;
