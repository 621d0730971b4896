package org.shuangda.organization;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read access to units for other modules (no scope: callers decide what to show). */
@Component
public class UnitDirectory {

    static final String SELECT_REF = """
            select u.id, u.name, u.short_name, u.type, u.region_code, r.name as region_name, u.path,
                   r.path as region_path
              from unit u join region r on r.code = u.region_code
            """;

    private final JdbcClient jdbc;

    UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitRef> find(long id) {
        return jdbc.sql(SELECT_REF + " where u.id = :id").param("id", id).query(UnitDirectory::ref).optional();
    }

    static UnitRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("path"), rs.getString("region_path"));
    }
}
