/**
 * Platform: the embedded PostgreSQL default, start-up checks, the banner that tells a newcomer where to
 * click, and the installation's settings. Public API: {@link org.shuangda.platform.Settings} (get and put of
 * {@code app_setting}, the table no other module names). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.shuangda.platform;
