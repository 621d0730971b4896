/**
 * Platform: the embedded PostgreSQL default, start-up checks and the banner that tells a newcomer where
 * to click. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.shuangda.platform;
