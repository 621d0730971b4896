package org.shuangda.identity;

import java.time.OffsetDateTime;
import java.util.List;

/** A user as listed and shown: never the password hash. */
public record UserView(long id, String username, String displayName, long unitId, String unitName,
        String regionName, String phone, String email, boolean enabled, boolean locked, int failedAttempts,
        OffsetDateTime lastLoginAt, List<UserForm.RoleGrant> roles, int version) {
}
