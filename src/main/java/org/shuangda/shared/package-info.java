/**
 * Shared kernel: the few types every module speaks — {@link org.shuangda.shared.Actor} (who is acting),
 * {@link org.shuangda.shared.DataScope} (what they may see, as bound SQL parameters),
 * {@link org.shuangda.shared.Permission}, the {@link org.shuangda.shared.AuditableChange} event that the
 * audit module records, the to-do contract and the API error format. Open to all modules; depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shuangda.shared;
