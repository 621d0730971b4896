package org.shuangda.identity;

import java.util.Set;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Permission;

/**
 * A person as other modules may name them (who handled a case, who inspects a place): never a password hash,
 * phone, e-mail or lockout state.
 *
 * @param roles       the codes of the roles held, e.g. {@code ENFORCEMENT_OFFICER}
 * @param permissions what those roles grant together (their data scopes are the signed-in user's business)
 */
public record Officer(long id, String username, String displayName, boolean enabled, UnitRef unit,
        Set<String> roles, Set<Permission> permissions) {

    public Officer {
        roles = Set.copyOf(roles);
        permissions = permissions.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(permissions);
    }

    public boolean holds(Permission permission) {
        return permissions.contains(permission);
    }
}
