package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code unit} table as {@link Units} edits it; every read that serves a person takes their scope. */
@Repository
class UnitStore {

    private static final String SELECT = """
            select u.id, u.name, u.short_name, u.type, u.region_code, r.name as region_name, u.parent_id,
                   p.name as parent_name, u.path, u.contact, u.phone, u.address, u.active, u.version
              from unit u join region r on r.code = u.region_code left join unit p on p.id = u.parent_id
            """;
    /** Region, then tree order by numeric ids (string order would put /10/ before /5/). */
    private static final String ORDER = " order by r.path, string_to_array(trim(both '/' from u.path), '/')::bigint[]";
    private static final String FILTER = """
             and (:q = '' or u.name like '%' || :q || '%' or u.short_name like '%' || :q || '%')
             and (:type = '' or u.type = :type)
             and (:region = '' or r.path like (select path from region where code = :region) || '%')""";

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Units.Page page(DataScope scope, String query, UnitType type, String regionCode, int page, int size) {
        SqlPredicate visible = visible(scope);
        long total = filtered(jdbc.sql("select count(*) from unit u join region r on r.code = u.region_code where "
                + visible.sql() + " " + FILTER), visible, query, type, regionCode).query(Long.class).single();
        List<Unit> units = filtered(jdbc.sql(SELECT + " where " + visible.sql() + " " + FILTER + ORDER
                + " limit :limit offset :offset"), visible, query, type, regionCode)
                .param("limit", size).param("offset", (long) page * size).query(UnitStore::map).list();
        return new Units.Page(units, total, page, size);
    }

    /**
     * The active units within {@code scope} (and below {@code regionCode} when given) whose name or short name
     * contains {@code q}, names that start with it first, then in tree order; at most {@code limit}.
     */
    List<Unit> search(DataScope scope, String q, String regionCode, int limit) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql(SELECT + """
                 where u.active and """ + visible.sql() + """
                   and (:q = '' or strpos(u.name, :q) > 0 or strpos(coalesce(u.short_name, ''), :q) > 0)
                   and (:region = '' or r.path like (select path from region where code = :region) || '%')
                 order by (:q <> '' and strpos(u.name, :q) <> 1 and strpos(coalesce(u.short_name, ''), :q) <> 1),
                          r.path, string_to_array(trim(both '/' from u.path), '/')::bigint[]
                 limit :limit""").params(visible.params()).param("q", q).param("region", regionCode)
                .param("limit", limit).query(UnitStore::map).list();
    }

    /** The active units within {@code scope}, in tree order. */
    List<Unit> active(DataScope scope) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql(SELECT + " where u.active and " + visible.sql() + ORDER).params(visible.params())
                .query(UnitStore::map).list();
    }

    Optional<Unit> find(long id, DataScope scope) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql(SELECT + " where u.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(UnitStore::map).optional();
    }

    /** Inserts the unit below {@code parentPath} and sets its own path, which needs the new id. */
    long insert(UnitForm form, String parentPath) {
        long id = fields(jdbc.sql("""
                insert into unit (name, short_name, type, region_code, parent_id, contact, phone, address)
                values (:name, :short, :type, :region, :parent, :contact, :phone, :address) returning id"""), form)
                .query(Long.class).single();
        jdbc.sql("update unit set path = :path where id = :id").param("path", parentPath + id + "/").param("id", id)
                .update();
        return id;
    }

    /** Updates when the row still has {@code version}; false when someone else changed it meanwhile. */
    boolean update(long id, UnitForm form, int version) {
        return fields(jdbc.sql("""
                update unit set name = :name, short_name = :short, type = :type, region_code = :region,
                       parent_id = :parent, contact = :contact, phone = :phone, address = :address,
                       version = version + 1
                 where id = :id and version = :version"""), form).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Moves a whole subtree: every descendant's path starts with the old path. */
    void move(String oldPath, String newPath) {
        jdbc.sql("update unit set path = :newPath || substr(path, length(:oldPath) + 1) where path like :oldPath || '%'")
                .param("newPath", newPath).param("oldPath", oldPath).update();
    }

    long childCount(long id) {
        return jdbc.sql("select count(*) from unit where parent_id = :id").param("id", id).query(Long.class).single();
    }

    /** Throws {@link org.springframework.dao.DataIntegrityViolationException} while rows still refer to it. */
    void delete(long id) {
        jdbc.sql("delete from unit where id = :id").param("id", id).update();
    }

    boolean nameTaken(String regionCode, String name, long exceptId) {
        return jdbc.sql("select count(*) from unit where region_code = :region and name = :name and id <> :id")
                .param("region", regionCode).param("name", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    private static SqlPredicate visible(DataScope scope) {
        return scope.unitOwned("u.path", "r.path");
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec spec, SqlPredicate visible,
            String query, UnitType type, String regionCode) {
        return spec.params(visible.params()).param("q", query == null ? "" : query.strip())
                .param("type", type == null ? "" : type.name())
                .param("region", regionCode == null ? "" : regionCode.strip());
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec spec, UnitForm form) {
        return spec.param("name", form.name().strip()).param("short", blankToNull(form.shortName()))
                .param("type", form.type().name()).param("region", form.regionCode())
                .param("parent", form.parentId()).param("contact", blankToNull(form.contact()))
                .param("phone", blankToNull(form.phone())).param("address", blankToNull(form.address()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("region_name"),
                rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getString("path"),
                rs.getString("contact"), rs.getString("phone"), rs.getString("address"), rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
