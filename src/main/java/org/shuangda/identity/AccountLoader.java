package org.shuangda.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.identity.AccountStore.Account;
import org.shuangda.identity.AccountStore.Assignment;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Builds a {@link SignedInUser} from the user, their unit and their role assignments; for both web sessions and
 * bearer tokens, so an account whose rights are suspended (password reset, {@link Users#confirmReset}) holds no
 * permission through either.
 */
@Service
class AccountLoader implements UserDetailsService {

    private final AccountStore store;
    private final Clock clock;

    AccountLoader(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    Optional<SignedInUser> findByUsername(String username) {
        return store.byUsername(username, OffsetDateTime.now(clock)).map(this::withScopes);
    }

    Optional<SignedInUser> findById(long id) {
        return store.byId(id, OffsetDateTime.now(clock)).map(this::withScopes);
    }

    private SignedInUser withScopes(Account a) {
        Map<Permission, DataScope> scopes = new EnumMap<>(Permission.class);
        Set<String> roles = new HashSet<>();
        // a password reset by an administrator suspends every permission (the roles stay, for the security
        // administrator to see) until he confirms it with the holder in person: Users.confirmReset, V110
        for (Assignment assignment : store.assignments(a.id())) {
            roles.add(assignment.roleCode());
            if (a.rightsSuspended()) {
                continue;
            }
            DataScope scope = DataScope.of(assignment.scope(), a.unitPath(), a.unitRegionPath(),
                    assignment.regionPath());
            for (String name : assignment.permissions()) {
                Permission permission = RoleStore.parse(name);
                if (permission != null) {
                    scopes.merge(permission, scope, DataScope::union);
                }
            }
        }
        return new SignedInUser(a.id(), a.username(), a.displayName(), a.unitId(), a.unitName(),
                a.unitRegionPath(), roles, scopes, a.enabled(), a.locked(), a.passwordHash(), a.rightsVersion(),
                a.mustChangePassword(), a.totpEnrolled(), a.rightsSuspended());
    }
}
