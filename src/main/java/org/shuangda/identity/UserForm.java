package org.shuangda.identity;

import java.util.List;
import org.shuangda.shared.ScopeKind;

/**
 * A user as typed in the admin form or sent to the API. {@code password} is only read on create or when an
 * admin sets a new one; it is never returned.
 */
public record UserForm(String username, String displayName, Long unitId, String phone, String email,
        String password, Boolean enabled, List<RoleGrant> roles) {

    /** One role with its data scope; {@code regionCode} narrows REGION_SUBTREE (default: the unit's region). */
    public record RoleGrant(String roleCode, ScopeKind scope, String regionCode) {
    }

    public UserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static UserForm empty() {
        return new UserForm("", "", null, "", "", "", true, List.of());
    }
}
