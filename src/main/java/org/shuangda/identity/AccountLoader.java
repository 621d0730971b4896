package org.shuangda.identity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.shuangda.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Builds a {@link SignedInUser} from the user, their unit and their role assignments. */
@Service
class AccountLoader implements UserDetailsService {

    private record Account(long id, String username, String displayName, long unitId, String unitName,
            String unitPath, String unitRegionPath, boolean enabled, boolean locked, String passwordHash) {
    }

    private record Assignment(String roleCode, List<String> permissions, ScopeKind scope, String regionPath) {
    }

    private final JdbcClient jdbc;

    AccountLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    Optional<SignedInUser> findByUsername(String username) {
        return load("lower(a.username) = lower(:key)", username);
    }

    Optional<SignedInUser> findById(long id) {
        return load("a.id = :key", id);
    }

    private Optional<SignedInUser> load(String where, Object key) {
        Optional<Account> account = jdbc.sql("""
                select a.id, a.username, a.display_name, a.unit_id, u.name as unit_name, u.path as unit_path,
                       r.path as region_path, a.enabled and u.active as enabled,
                       coalesce(a.locked_until > now(), false) as locked, a.password_hash
                  from app_user a join unit u on u.id = a.unit_id join region r on r.code = u.region_code
                 where\s""" + where).param("key", key)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("unit_path"), rs.getString("region_path"), rs.getBoolean("enabled"),
                        rs.getBoolean("locked"), rs.getString("password_hash")))
                .optional();
        return account.map(this::withScopes);
    }

    private SignedInUser withScopes(Account a) {
        List<Assignment> assignments = jdbc.sql("""
                select ro.code, ro.permissions, ur.scope_kind, gr.path as grant_region_path
                  from user_role ur join role ro on ro.id = ur.role_id
                  left join region gr on gr.code = ur.region_code
                 where ur.user_id = :id""").param("id", a.id())
                .query((rs, n) -> new Assignment(rs.getString("code"),
                        List.of((String[]) rs.getArray("permissions").getArray()),
                        ScopeKind.valueOf(rs.getString("scope_kind")), rs.getString("grant_region_path")))
                .list();
        Map<Permission, DataScope> scopes = new EnumMap<>(Permission.class);
        Set<String> roles = new HashSet<>();
        for (Assignment assignment : assignments) {
            roles.add(assignment.roleCode());
            DataScope scope = DataScope.of(assignment.scope(), a.unitPath(), a.unitRegionPath(),
                    assignment.regionPath());
            for (String name : assignment.permissions()) {
                Permission permission = parse(name);
                if (permission != null) {
                    scopes.merge(permission, scope, DataScope::union);
                }
            }
        }
        return new SignedInUser(a.id(), a.username(), a.displayName(), a.unitId(), a.unitName(),
                a.unitRegionPath(), roles, scopes, a.enabled(), a.locked(), a.passwordHash());
    }

    /** Permissions stored by an older or newer release may be unknown here: ignore rather than fail. */
    private static Permission parse(String name) {
        try {
            return Permission.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
