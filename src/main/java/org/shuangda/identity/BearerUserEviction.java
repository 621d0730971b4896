package org.shuangda.identity;

import java.util.Set;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Empties {@link BearerUsers} whenever a user, a role or a token changes (every such change is audited, so
 * the audit event is the one place that sees them all): a revoked token, a removed role or permission, a
 * disabled or deleted user take effect with the next call. A plain (not transactional) listener, so the
 * event publication registry is not involved; {@link BearerUsers#evictAll()} clears again on commit.
 */
@Component
class BearerUserEviction {

    private static final Set<String> IDENTITY_OBJECTS = Set.of("user", "role", "api_token", "user_role", "unit");

    private final BearerUsers bearerUsers;

    BearerUserEviction(BearerUsers bearerUsers) {
        this.bearerUsers = bearerUsers;
    }

    @EventListener
    void on(AuditableChange change) {
        if (IDENTITY_OBJECTS.contains(change.objectType())) {
            bearerUsers.evictAll();
        }
    }
}
