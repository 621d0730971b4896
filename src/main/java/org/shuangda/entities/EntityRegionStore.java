package org.shuangda.entities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What entities needs of the regions, read through organisation's {@code pub_region} view. */
@Repository
class EntityRegionStore {

    private static final String SELECT = """
            select code, name, level, path,
                   (valid_from <= :today and (valid_to is null or valid_to >= :today)) as current
              from pub_region""";

    private final JdbcClient jdbc;

    EntityRegionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code current}: valid on {@code today} (not retired, not yet to come). */
    Optional<RegionInfo> find(String code, LocalDate today) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).param("today", today)
                .query(EntityRegionStore::map).optional();
    }

    List<RegionInfo> all(LocalDate today) {
        return jdbc.sql(SELECT).param("today", today).query(EntityRegionStore::map).list();
    }

    /** The current city- and county-level regions that {@code reach} admits (on column {@code path}). */
    List<RegionOption> options(SqlPredicate reach, LocalDate today) {
        return jdbc.sql("""
                select code, name, level from pub_region
                 where level in ('CITY', 'COUNTY') and valid_from <= :today
                   and (valid_to is null or valid_to >= :today) and\s""" + reach.sql() + " order by path limit 500")
                .params(reach.params()).param("today", today)
                .query((rs, n) -> new RegionOption(rs.getString("code"), rs.getString("name"), rs.getString("level")))
                .list();
    }

    /** The names of the region and its ancestors, province first: {@code 山西省 长治市 黎城县}; empty when unknown. */
    Optional<String> fullName(String code) {
        return jdbc.sql("""
                select string_agg(a.name, ' ' order by length(a.path)) from pub_region r
                  join pub_region a on r.path like a.path || '%'
                 where r.code = :code""").param("code", code).query(String.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    private static RegionInfo map(ResultSet rs, int row) throws SQLException {
        return new RegionInfo(rs.getString("code"), rs.getString("name"), rs.getString("level"), rs.getString("path"),
                rs.getBoolean("current"));
    }
}
