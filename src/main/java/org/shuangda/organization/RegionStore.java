package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code region} table (GB/T 2260 codes, loaded by migrations; read only). */
@Repository
class RegionStore {

    private static final String SELECT = "select code, name, level, parent_code, path, valid_from, valid_to from region ";

    private final JdbcClient jdbc;

    RegionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> topLevel(boolean includeRetired) {
        return jdbc.sql(SELECT + "where parent_code is null and (:all or valid_to is null) order by code")
                .param("all", includeRetired).query(RegionStore::map).list();
    }

    List<Region> children(String parentCode, boolean includeRetired) {
        return jdbc.sql(SELECT + "where parent_code = :parent and (:all or valid_to is null) order by code")
                .param("parent", parentCode).param("all", includeRetired).query(RegionStore::map).list();
    }

    /** The current divisions directly below {@code parentCode}, each with whether it has current divisions below. */
    List<RegionStore.Child> currentChildren(String parentCode) {
        return jdbc.sql("""
                select r.code, r.name, r.level, r.parent_code, r.path, r.valid_from, r.valid_to,
                       exists (select 1 from region c where c.parent_code = r.code and c.valid_to is null) as has_children
                  from region r where r.parent_code = :parent and r.valid_to is null order by r.code""")
                .param("parent", parentCode)
                .query((rs, n) -> new Child(map(rs, n), rs.getBoolean("has_children"))).list();
    }

    /** The current provinces, each with whether it has current divisions below. */
    List<RegionStore.Child> currentTopLevel() {
        return jdbc.sql("""
                select r.code, r.name, r.level, r.parent_code, r.path, r.valid_from, r.valid_to,
                       exists (select 1 from region c where c.parent_code = r.code and c.valid_to is null) as has_children
                  from region r where r.parent_code is null and r.valid_to is null order by r.code""")
                .query((rs, n) -> new Child(map(rs, n), rs.getBoolean("has_children"))).list();
    }

    List<Region> findAll(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where code in (:codes) order by length(path)").param("codes", codes)
                .query(RegionStore::map).list();
    }

    record Child(Region region, boolean hasChildren) {
    }

    Optional<Region> find(String code) {
        return jdbc.sql(SELECT + "where code = :code").param("code", code).query(RegionStore::map).optional();
    }

    List<Region> within(String pathPrefix, RegionLevel deepest) {
        return jdbc.sql(SELECT + """
                where path like :prefix and valid_to is null
                  and array_position(array['PROVINCE','CITY','COUNTY','TOWN'], level)
                      <= array_position(array['PROVINCE','CITY','COUNTY','TOWN'], :deepest)
                order by code""")
                .param("prefix", pathPrefix + "%").param("deepest", deepest.name()).query(RegionStore::map).list();
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("path"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
