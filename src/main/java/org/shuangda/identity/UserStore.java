package org.shuangda.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.ScopeKind;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_user} and {@code user_role} tables as {@link Users} edits them; every read takes the data
 * scope, on the user's unit (organisation's {@code pub_unit} view). {@code now} decides who is locked.
 */
@Repository
class UserStore {

    private static final String FROM = " from app_user a join pub_unit u on u.id = a.unit_id where ";
    private static final String COLUMNS = """
            select a.id, a.username, a.display_name, a.unit_id, u.name as unit_name, u.region_name,
                   a.phone, a.email, a.enabled, coalesce(a.locked_until > :now, false) as locked,
                   a.failed_attempts, a.last_login_at, a.version, a.rights_suspended_at, a.rights_suspended_by,
                   (select r.username from app_user r where r.id = a.rights_suspended_by) as rights_suspended_by_name
            """;
    private static final String FILTER = " and (:q = '' or a.username ilike '%' || :q || '%'"
            + " or a.display_name like '%' || :q || '%' or u.name like '%' || :q || '%')"
            + " and (not :suspendedOnly or a.rights_suspended_at is not null)";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Users.Page page(DataScope scope, String query, boolean suspendedOnly, int page, int size, OffsetDateTime now) {
        return page(scope, query, suspendedOnly, null, page, size, now);
    }

    /** {@code sort} null: by region, the unit's place in the tree, then username (the default). */
    Users.Page page(DataScope scope, String query, boolean suspendedOnly, ListSort sort, int page, int size,
            OffsetDateTime now) {
        SqlPredicate visible = visible(scope);
        String q = query == null ? "" : query.strip();
        long total = jdbc.sql("select count(*)" + FROM + visible.sql() + FILTER).params(visible.params())
                .param("q", q).param("suspendedOnly", suspendedOnly).query(Long.class).single();
        List<UserView> users = jdbc.sql(COLUMNS + FROM + visible.sql() + FILTER
                        + (sort == null ? " order by u.region_path, u.tree_order, a.username"
                                : Users.COLUMNS.orderBy(sort)) + " limit :limit offset :offset")
                .params(visible.params()).param("q", q).param("suspendedOnly", suspendedOnly).param("now", now)
                .param("limit", size)
                .param("offset", (long) page * size).query(UserStore::map).list();
        return new Users.Page(withRoles(users), total, page, size);
    }

    Optional<UserView> find(long id, DataScope scope, OffsetDateTime now) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql(COLUMNS + FROM + visible.sql() + " and a.id = :id").params(visible.params()).param("id", id)
                .param("now", now).query(UserStore::map).optional().map(u -> withRoles(List.of(u)).get(0));
    }

    List<Long> ids(DataScope scope) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql("select a.id" + FROM + visible.sql()).params(visible.params()).query(Long.class).list();
    }

    boolean usernameTaken(String username, Long exceptId) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(:u) and id <> :id")
                .param("u", username).param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** {@code mustChange}: the holder must choose a new password at the next sign-in (see {@link Users}). */
    long insert(UserForm form, String passwordHash, boolean mustChange) {
        long id = fields(jdbc.sql("""
                insert into app_user (username, display_name, unit_id, phone, email, enabled, password_hash,
                                      must_change_password)
                values (:username, :name, :unit, :phone, :email, :enabled, :hash, :mustChange) returning id"""), form)
                .param("hash", passwordHash).param("mustChange", mustChange).query(Long.class).single();
        recordPassword(id, passwordHash);
        return id;
    }

    /**
     * A null {@code newPasswordHash} keeps the password (and {@code mustChange} is then ignored); false when the
     * row no longer has {@code expectedVersion}.
     */
    boolean update(long id, UserForm form, String newPasswordHash, boolean mustChange, int expectedVersion) {
        boolean updated = fields(jdbc.sql("""
                update app_user set username = :username, display_name = :name, unit_id = :unit, phone = :phone,
                       email = :email, enabled = :enabled, password_hash = coalesce(cast(:hash as text), password_hash),
                       must_change_password = case when cast(:hash as text) is null then must_change_password
                                                   else :mustChange end,
                       version = version + 1
                 where id = :id and version = :version"""), form)
                .param("hash", newPasswordHash).param("mustChange", mustChange).param("id", id)
                .param("version", expectedVersion).update() == 1;
        if (updated && newPasswordHash != null) {
            recordPassword(id, newPasswordHash);
        }
        return updated;
    }

    /** Raises the version (a role grant changes the account); false when the row no longer has {@code expectedVersion}. */
    boolean touch(long id, int expectedVersion) {
        return jdbc.sql("update app_user set version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** The holder's own new password: no version check (no form was open), the forced change is done. */
    void changePassword(long id, String newPasswordHash) {
        jdbc.sql("""
                update app_user set password_hash = :hash, must_change_password = false, version = version + 1
                 where id = :id""").param("hash", newPasswordHash).param("id", id).update();
        recordPassword(id, newPasswordHash);
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class)
                .optional();
    }

    /** The latest password hashes of the user, newest first (the current one included). */
    List<String> passwordHistory(long id) {
        return jdbc.sql("select password_hash from password_history where user_id = :id order by id desc limit :n")
                .param("id", id).param("n", PasswordPolicy.HISTORY).query(String.class).list();
    }

    /** Waives the forced change (the demo loader's accounts, whose password the README publishes anyway). */
    void setMustChangePassword(long id, boolean mustChange) {
        jdbc.sql("update app_user set must_change_password = :m where id = :id").param("m", mustChange)
                .param("id", id).update();
    }

    /** Keeps the new hash and only as many older ones as the policy compares with. */
    private void recordPassword(long id, String hash) {
        jdbc.sql("insert into password_history (user_id, password_hash) values (:id, :hash)").param("id", id)
                .param("hash", hash).update();
        jdbc.sql("""
                delete from password_history where user_id = :id and id not in (
                    select id from password_history where user_id = :id order by id desc limit :n)""")
                .param("id", id).param("n", PasswordPolicy.HISTORY).update();
    }

    void replaceRoles(long userId, List<UserForm.RoleGrant> grants, Map<String, Long> roleIds) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
        for (UserForm.RoleGrant grant : grants) {
            jdbc.sql("""
                    insert into user_role (user_id, role_id, scope_kind, region_code)
                    values (:user, :role, :scope, :region)""")
                    .param("user", userId).param("role", roleIds.get(grant.roleCode()))
                    .param("scope", grant.scope().name())
                    .param("region", grant.scope() == ScopeKind.REGION_SUBTREE ? blankToNull(grant.regionCode()) : null)
                    .update();
        }
    }

    /** The password was reset by {@code by} (an administrator): the account holds no permission until confirmed. */
    void suspendRights(long id, long by, OffsetDateTime at) {
        jdbc.sql("update app_user set rights_suspended_at = :at, rights_suspended_by = :by where id = :id")
                .param("at", at).param("by", by).param("id", id).update();
    }

    /** The security administrator confirmed the reset; false when it was not (or no longer) suspended. */
    boolean restoreRights(long id) {
        return jdbc.sql("""
                update app_user set rights_suspended_at = null, rights_suspended_by = null, version = version + 1
                 where id = :id and rights_suspended_at is not null""").param("id", id).update() == 1;
    }

    /**
     * Suspended accounts in {@code scope} that {@code confirmer} may confirm: not his own, not reset by him
     * (for the security administrator's to-do).
     */
    long suspendedToConfirm(DataScope scope, long confirmer) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql("select count(*)" + FROM + visible.sql() + " and a.rights_suspended_at is not null"
                        + " and a.id <> :me and a.rights_suspended_by is distinct from :me").params(visible.params()).param("me", confirmer)
                .query(Long.class).single();
    }

    /** Ends the user's web sessions with their next request ({@link SessionRightsFilter}). */
    void bumpRightsVersion(long id) {
        jdbc.sql("update app_user set rights_version = rights_version + 1 where id = :id").param("id", id).update();
    }

    void unlock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id").param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from app_user where id = :id").param("id", id).update();
    }

    private List<UserView> withRoles(List<UserView> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<Long, List<UserForm.RoleGrant>> grants = new HashMap<>();
        jdbc.sql("""
                select ur.user_id, ro.code, ur.scope_kind, ur.region_code
                  from user_role ur join role ro on ro.id = ur.role_id
                 where ur.user_id = any(:ids) order by ro.id""")
                .param("ids", users.stream().map(UserView::id).toArray(Long[]::new))
                .query(rs -> {
                    grants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new UserForm.RoleGrant(
                            rs.getString(2), ScopeKind.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return users.stream().map(u -> new UserView(u.id(), u.username(), u.displayName(), u.unitId(),
                u.unitName(), u.regionName(), u.phone(), u.email(), u.enabled(), u.locked(), u.failedAttempts(),
                u.lastLoginAt(), grants.getOrDefault(u.id(), List.of()), u.version(), u.rightsSuspendedAt(),
                u.rightsSuspendedBy(), u.rightsSuspendedByName())).toList();
    }

    private static SqlPredicate visible(DataScope scope) {
        return scope.unitOwned("u.path", "u.region_path");
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec spec, UserForm form) {
        return spec.param("username", form.username().strip()).param("name", form.displayName().strip())
                .param("unit", form.unitId()).param("phone", blankToNull(form.phone()))
                .param("email", blankToNull(form.email())).param("enabled", !Boolean.FALSE.equals(form.enabled()));
    }

    private static UserView map(ResultSet rs, int row) throws SQLException {
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_name"), rs.getString("phone"),
                rs.getString("email"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
                rs.getInt("failed_attempts"), rs.getObject("last_login_at", OffsetDateTime.class), List.of(),
                rs.getInt("version"), rs.getObject("rights_suspended_at", OffsetDateTime.class),
                rs.getObject("rights_suspended_by", Long.class), rs.getString("rights_suspended_by_name"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
