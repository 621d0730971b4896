package org.shuangda.audit;

import org.shuangda.shared.AuditableChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes changes as a demo user (their real principal), the way a module's service would. */
record AuditTestActors(UserDetailsService accounts, ApplicationEventPublisher events,
        TransactionTemplate transactions) {

    /** Publishes {@code change} in its own transaction as {@code username}, or as the system when null. */
    void publishAs(String username, AuditableChange change) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            if (username != null) {
                UserDetails user = accounts.loadUserByUsername(username);
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            }
            SecurityContextHolder.setContext(context);
            transactions.executeWithoutResult(status -> events.publishEvent(change));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
