package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link UnitDirectory}'s reads, through the {@code pub_unit} view so that they see what others see. */
@Repository
class UnitDirectoryStore {

    private static final String SELECT = """
            select id, name, short_name, type, region_code, region_name, path, region_path, parent_id, active
              from pub_unit u
            """;
    private static final String ORDER = " order by u.region_path, u.tree_order";

    private final JdbcClient jdbc;

    UnitDirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UnitRef> find(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UnitDirectoryStore::map).optional();
    }

    List<UnitRef> children(long parentId) {
        return jdbc.sql(SELECT + " where u.parent_id = :id" + ORDER).param("id", parentId)
                .query(UnitDirectoryStore::map).list();
    }

    /** The unit at {@code path} and every unit below it (range form: the path index serves it). */
    List<UnitRef> subtree(String path) {
        return jdbc.sql(SELECT + " where u.path ~>=~ :lo and u.path ~<~ :hi" + ORDER).param("lo", path)
                .param("hi", path + "~").query(UnitDirectoryStore::map).list();
    }

    List<UnitRef> inRegion(String regionPath) {
        return jdbc.sql(SELECT + " where u.region_path ~>=~ :lo and u.region_path ~<~ :hi" + ORDER)
                .param("lo", regionPath).param("hi", regionPath + "~").query(UnitDirectoryStore::map).list();
    }

    List<UnitRef> named(String name) {
        return jdbc.sql(SELECT + " where u.name = :name" + ORDER).param("name", name).query(UnitDirectoryStore::map)
                .list();
    }

    private static UnitRef map(ResultSet rs, int row) throws SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("path"), rs.getString("region_path"), rs.getObject("parent_id", Long.class),
                rs.getBoolean("active"));
    }
}
