package org.shuangda.audit;

import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes changes as a demo user (their real principal as the actor), the way a module's service would. */
record AuditTestActors(UserDetailsService accounts, ApplicationEventPublisher events,
        TransactionTemplate transactions) {

    /** Who the audit tests' own changes are by, when no demo user is named. */
    static final Actor SYSTEM = Actor.system("审计测试");

    /** Publishes {@code change} in its own transaction as {@code username}, or as {@link #SYSTEM} when null. */
    void publishAs(String username, AuditableChange change) {
        Actor actor = username == null ? SYSTEM : (Actor) accounts.loadUserByUsername(username);
        transactions.executeWithoutResult(status -> events.publishEvent(change.by(actor)));
    }
}
