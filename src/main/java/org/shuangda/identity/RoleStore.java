package org.shuangda.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code role} table, and the roles a user holds ({@code user_role}) in words. */
@Repository
class RoleStore {

    private final JdbcClient jdbc;

    RoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Roles.Role> all() {
        return jdbc.sql("select id, code, name_zh, name_en, builtin, permissions, version from role order by id")
                .query((rs, n) -> new Roles.Role(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), permissions((String[]) rs.getArray(6).getArray()), rs.getInt(7)))
                .list();
    }

    /** Every role's id by its code. */
    Map<String, Long> idsByCode() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select code, id from role").query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    long insert(String code, String nameZh, String nameEn, String[] permissions) {
        return jdbc.sql("insert into role (code, name_zh, name_en, permissions) values (:code, :zh, :en, :perms) "
                        + "returning id").param("code", code).param("zh", nameZh).param("en", nameEn)
                .param("perms", permissions).query(Long.class).single();
    }

    void update(long id, String nameZh, String nameEn, String[] permissions) {
        jdbc.sql("update role set name_zh = :zh, name_en = :en, permissions = :perms, version = version + 1 "
                        + "where id = :id").param("zh", nameZh).param("en", nameEn).param("perms", permissions)
                .param("id", id).update();
    }

    /** Ends the web sessions of every holder of the role with their next request ({@link SessionRightsFilter}). */
    void bumpRightsVersionOfHolders(long roleId) {
        jdbc.sql("""
                update app_user set rights_version = rights_version + 1
                 where id in (select user_id from user_role where role_id = :id)""").param("id", roleId).update();
    }

    /** The user's role assignments with the region each reaches (the grant's, else the unit's). */
    List<ScopeDescriptions.Assignment> assignmentsOf(long userId) {
        return jdbc.sql("""
                select ro.code, ro.name_zh, ro.name_en, ur.scope_kind, coalesce(gr.name, u.region_name) as region_name
                  from user_role ur join role ro on ro.id = ur.role_id
                  join app_user a on a.id = ur.user_id join pub_unit u on u.id = a.unit_id
                  left join pub_region gr on gr.code = ur.region_code
                 where ur.user_id = :id order by ro.id""").param("id", userId)
                .query((rs, n) -> new ScopeDescriptions.Assignment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Permissions stored by an older or newer release may be unknown here: they are left out. */
    static Set<Permission> permissions(String[] names) {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        Arrays.stream(names).map(RoleStore::parse).filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }

    static Permission parse(String name) {
        try {
            return Permission.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
