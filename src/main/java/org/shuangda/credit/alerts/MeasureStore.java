package org.shuangda.credit.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code credit_measure} table (V158). */
@Repository
class MeasureStore {

    private static final String COLUMNS = """
            select id, applies_to, item, content, target, legal_basis, issuing_level, sort_order, active, version,
                   updated_at, owner_region_path
              from credit_measure
            """;

    private final JdbcClient jdbc;

    MeasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Measure> all() {
        return jdbc.sql(COLUMNS + " order by applies_to desc, owner_region_path nulls first, sort_order, id").query(MeasureStore::map).list();
    }

    List<Measure> active() {
        return jdbc.sql(COLUMNS + " where active order by applies_to desc, owner_region_path nulls first, sort_order, id")
                .query(MeasureStore::map).list();
    }

    Optional<Measure> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(MeasureStore::map).optional();
    }

    long insert(Measures.Valid v, String ownerRegionPath) {
        return jdbc.sql("""
                        insert into credit_measure (applies_to, item, content, target, legal_basis, issuing_level,
                                                    sort_order, active, owner_region_path)
                        values (:appliesTo, :item, :content, :target, :basis, :level, :sort, :active, :owner)
                        returning id""").param("owner", ownerRegionPath)
                .param("appliesTo", v.appliesTo().name()).param("item", v.item()).param("content", v.content())
                .param("target", v.target()).param("basis", v.legalBasis()).param("level", v.level().name())
                .param("sort", v.sortOrder()).param("active", v.active()).query(Long.class).single();
    }

    /** False when the row is gone or its version is no longer {@code expected} (someone changed it meanwhile). */
    boolean update(long id, int expected, Measures.Valid v) {
        return jdbc.sql("""
                        update credit_measure
                           set applies_to = :appliesTo, item = :item, content = :content, target = :target,
                               legal_basis = :basis, issuing_level = :level, sort_order = :sort, active = :active,
                               version = version + 1, updated_at = now()
                         where id = :id and version = :expected""")
                .param("appliesTo", v.appliesTo().name()).param("item", v.item()).param("content", v.content())
                .param("target", v.target()).param("basis", v.legalBasis()).param("level", v.level().name())
                .param("sort", v.sortOrder()).param("active", v.active()).param("id", id)
                .param("expected", expected).update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from credit_measure where id = :id").param("id", id).update() == 1;
    }

    private static Measure map(ResultSet rs, int n) throws SQLException {
        return new Measure(rs.getLong("id"), CreditList.valueOf(rs.getString("applies_to")), rs.getString("item"),
                rs.getString("content"), rs.getString("target"), rs.getString("legal_basis"),
                MeasureLevel.valueOf(rs.getString("issuing_level")), rs.getInt("sort_order"), rs.getBoolean("active"),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("owner_region_path"));
    }
}
