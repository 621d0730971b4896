package org.shuangda.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What signing in reads: the account with its unit's paths, and its role assignments with their permissions. */
@Repository
class AccountStore {

    record Account(long id, String username, String displayName, long unitId, String unitName,
            String unitPath, String unitRegionPath, boolean enabled, boolean locked, String passwordHash, int rightsVersion,
            boolean mustChangePassword, boolean totpEnrolled, boolean rightsSuspended) {
    }

    /** One role held: its permissions (as stored: names) and the scope it is held with. */
    record Assignment(String roleCode, List<String> permissions, ScopeKind scope, String regionPath) {
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username, OffsetDateTime now) {
        return load("lower(a.username) = lower(:key)", username, now);
    }

    Optional<Account> byId(long id, OffsetDateTime now) {
        return load("a.id = :key", id, now);
    }

    /** Locked at {@code now}; a disabled account or one of a deactivated unit is not enabled. */
    private Optional<Account> load(String where, Object key, OffsetDateTime now) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.unit_id, u.name as unit_name, u.path as unit_path,
                       u.region_path, a.enabled and u.active as enabled,
                       coalesce(a.locked_until > :now, false) as locked, a.password_hash, a.rights_version,
                       a.must_change_password, a.rights_suspended_at is not null as rights_suspended,
                       exists (select 1 from user_totp t where t.user_id = a.id and t.confirmed_at is not null)
                           as totp_enrolled
                  from app_user a join pub_unit u on u.id = a.unit_id
                 where\s""" + where).param("key", key).param("now", now)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("unit_path"), rs.getString("region_path"), rs.getBoolean("enabled"),
                        rs.getBoolean("locked"), rs.getString("password_hash"), rs.getInt("rights_version"),
                        rs.getBoolean("must_change_password"), rs.getBoolean("totp_enrolled"),
                        rs.getBoolean("rights_suspended")))
                .optional();
    }

    /**
     * The account's rights version while it may still be signed in (enabled, its unit active): empty for a
     * disabled or deleted account. One primary-key read per session request ({@link SessionRightsFilter}).
     */
    Optional<Integer> currentRightsVersion(long id) {
        return jdbc.sql("""
                select a.rights_version from app_user a join pub_unit u on u.id = a.unit_id
                 where a.id = :id and a.enabled and u.active""").param("id", id).query(Integer.class).optional();
    }

    List<Assignment> assignments(long userId) {
        return jdbc.sql("""
                select ro.code, ro.permissions, ur.scope_kind, gr.path as grant_region_path
                  from user_role ur join role ro on ro.id = ur.role_id
                  left join pub_region gr on gr.code = ur.region_code
                 where ur.user_id = :id""").param("id", userId)
                .query((rs, n) -> new Assignment(rs.getString("code"),
                        List.of((String[]) rs.getArray("permissions").getArray()),
                        ScopeKind.valueOf(rs.getString("scope_kind")), rs.getString("grant_region_path")))
                .list();
    }
}
