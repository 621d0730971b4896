package org.shuangda.identity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a request: a user with the permissions of their roles, each permission resolved once
 * to the union of the data scopes of the assignments that grant it.
 */
public final class SignedInUser implements Actor, UserDetails, CredentialsContainer {

    private final long userId;
    private final String username;
    private final String displayName;
    private final long unitId;
    private final String unitName;
    private final String unitRegionPath;
    private final Set<String> roleCodes;
    private final Map<Permission, DataScope> scopes;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;
    /** {@code app_user.rights_version} when this principal was loaded (see {@link SessionRightsFilter}). */
    private final int rightsVersion;
    /** The password was set by someone else: the holder must choose one before anything else ({@link SignInSteps}). */
    private final boolean mustChangePassword;
    /** Two-factor sign-in is enrolled and confirmed: the password alone does not sign in ({@link TwoFactor}). */
    private final boolean totpEnrolled;
    /** An administrator reset the password, not yet confirmed: no permission at all ({@link Users#confirmReset}). */
    private final boolean rightsSuspended;

    SignedInUser(long userId, String username, String displayName, long unitId, String unitName,
            String unitRegionPath, Set<String> roleCodes, Map<Permission, DataScope> scopes, boolean enabled,
            boolean locked, String passwordHash, int rightsVersion, boolean mustChangePassword,
            boolean totpEnrolled, boolean rightsSuspended) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitRegionPath = unitRegionPath;
        this.roleCodes = Set.copyOf(roleCodes);
        this.scopes = scopes.isEmpty() ? Map.of() : new EnumMap<>(scopes);
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
        this.rightsVersion = rightsVersion;
        this.mustChangePassword = mustChangePassword;
        this.totpEnrolled = totpEnrolled;
        this.rightsSuspended = rightsSuspended;
    }

    int rightsVersion() {
        return rightsVersion;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean totpEnrolled() {
        return totpEnrolled;
    }

    boolean rightsSuspended() {
        return rightsSuspended;
    }

    @Override public long userId() { return userId; }
    @Override public String username() { return username; }
    @Override public String displayName() { return displayName; }
    @Override public long unitId() { return unitId; }
    @Override public String unitName() { return unitName; }
    @Override public String unitRegionPath() { return unitRegionPath; }

    public Set<String> roleCodes() {
        return roleCodes;
    }

    @Override
    public boolean can(Permission permission) {
        return scopes.containsKey(permission);
    }

    @Override
    public DataScope scopeFor(Permission permission) {
        return scopes.getOrDefault(permission, DataScope.none());
    }

    /** The widest scope the user holds for any permission, for the home page ("本县全部单位"). */
    public DataScope widestScope() {
        return scopes.values().stream().reduce(DataScope.none(), DataScope::union);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return scopes.keySet().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList();
    }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    @Override public boolean isAccountNonLocked() { return !locked; }
    @Override public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
