/**
 * Organisation: GB/T 2260 regions (dated, so retired codes keep their history) and member units in a
 * materialised-path tree. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package org.shuangda.organization;
