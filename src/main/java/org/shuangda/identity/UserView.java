package org.shuangda.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user as listed and shown: never the password hash. {@code rightsSuspendedAt}: an administrator reset the
 * password and the security administrator has not confirmed it yet (待确认重置, {@link Users#confirmReset}); then
 * {@code rightsSuspendedBy} is who reset it (null once that account is deleted) and {@code rightsSuspendedByName}
 * his username.
 */
public record UserView(long id, String username, String displayName, long unitId, String unitName,
        String regionName, String phone, String email, boolean enabled, boolean locked, int failedAttempts,
        OffsetDateTime lastLoginAt, List<UserForm.RoleGrant> roles, int version, OffsetDateTime rightsSuspendedAt,
        Long rightsSuspendedBy, String rightsSuspendedByName) {

    /** While suspended the account holds no permission, whatever its roles. */
    @JsonProperty("rightsSuspended")
    public boolean rightsSuspended() {
        return rightsSuspendedAt != null;
    }
}
