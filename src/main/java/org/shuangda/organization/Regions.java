package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the region table: top level, children, one code, and validity checks for forms. */
@Service
public class Regions {

    private static final String SELECT = "select code, name, level, parent_code, path, valid_from, valid_to from region ";

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Provinces; retired ones only when {@code includeRetired}. */
    public List<Region> topLevel(boolean includeRetired) {
        return jdbc.sql(SELECT + "where parent_code is null and (:all or valid_to is null) order by code")
                .param("all", includeRetired).query(Regions::map).list();
    }

    public List<Region> children(String parentCode, boolean includeRetired) {
        return jdbc.sql(SELECT + "where parent_code = :parent and (:all or valid_to is null) order by code")
                .param("parent", parentCode).param("all", includeRetired).query(Regions::map).list();
    }

    public Optional<Region> find(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where code = :code").param("code", code).query(Regions::map).optional();
    }

    /** Regions whose path starts with {@code pathPrefix} down to {@code level}, for region pickers. */
    public List<Region> within(String pathPrefix, RegionLevel deepest) {
        return jdbc.sql(SELECT + """
                where path like :prefix and valid_to is null
                  and array_position(array['PROVINCE','CITY','COUNTY','TOWN'], level)
                      <= array_position(array['PROVINCE','CITY','COUNTY','TOWN'], :deepest)
                order by code""")
                .param("prefix", pathPrefix + "%").param("deepest", deepest.name()).query(Regions::map).list();
    }

    static Region map(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("path"), rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_to", java.time.LocalDate.class));
    }
}
