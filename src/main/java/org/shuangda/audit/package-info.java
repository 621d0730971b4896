/**
 * Audit: the append-only, SM3 hash-chained audit trail (审计日志). Records every
 * {@link org.shuangda.shared.AuditableChange} synchronously, inside the transaction of the change it
 * describes; verifies the chain ({@link org.shuangda.audit.AuditChain}); lists entries within the viewer's
 * data scope. Depends on organisation (unit paths for the scope snapshot) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"shared", "organization"})
package org.shuangda.audit;
