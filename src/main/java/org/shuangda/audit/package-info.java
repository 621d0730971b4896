/**
 * Audit: the append-only, SM3 hash-chained audit trail (审计日志). Records every
 * {@link org.shuangda.shared.AuditableChange} synchronously, inside the transaction of the change it
 * describes: appended to the chain at commit when the chain lock is free, else queued in {@code audit_pending}
 * in that same transaction (no waiting) and folded into the chain by {@link org.shuangda.audit.AuditChainer}
 * soon after. Verifies the chain ({@link org.shuangda.audit.AuditChain}, which also reports how many entries
 * are still pending); lists chained entries within the viewer's data scope and counts the pending ones.
 * Depends on organisation (unit paths for the scope snapshot) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"shared", "organization"})
package org.shuangda.audit;
