package org.shuangda.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangda.organization.UnitRef;
import org.shuangda.organization.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Officers}' reads: users with their unit ({@code pub_unit}), their roles and what those grant. */
@Repository
class OfficerStore {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.enabled, u.id as unit_id, u.name as unit_name, u.short_name,
                   u.type, u.region_code, u.region_name, u.path, u.region_path, u.parent_id, u.active,
                   array(select distinct ro.code from user_role ur join role ro on ro.id = ur.role_id
                          where ur.user_id = a.id) as roles,
                   array(select distinct p from user_role ur join role ro on ro.id = ur.role_id,
                          unnest(ro.permissions) p where ur.user_id = a.id) as permissions
              from app_user a join pub_unit u on u.id = a.unit_id
            """;
    private static final String ORDER = " order by u.region_path, u.tree_order, a.display_name, a.id";

    private final JdbcClient jdbc;

    OfficerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Officer> find(long userId) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", userId).query(OfficerStore::map).optional();
    }

    List<Officer> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " where a.unit_id = :unit" + ORDER).param("unit", unitId).query(OfficerStore::map)
                .list();
    }

    /** Enabled users of the units in the region subtree at {@code regionPath} whose roles grant {@code permission}. */
    List<Officer> holding(String permission, String regionPath) {
        return jdbc.sql(SELECT + """
                 where a.enabled and u.active and u.region_path ~>=~ :lo and u.region_path ~<~ :hi
                   and exists (select 1 from user_role ur join role ro on ro.id = ur.role_id
                                where ur.user_id = a.id and :permission = any(ro.permissions))""" + ORDER)
                .param("lo", regionPath).param("hi", regionPath + "~").param("permission", permission)
                .query(OfficerStore::map).list();
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        UnitRef unit = new UnitRef(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("path"), rs.getString("region_path"), rs.getObject("parent_id", Long.class),
                rs.getBoolean("active"));
        return new Officer(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("enabled"), unit, Set.of((String[]) rs.getArray("roles").getArray()),
                RoleStore.permissions((String[]) rs.getArray("permissions").getArray()));
    }
}
