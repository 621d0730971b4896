package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sampling_backup} (V190), one row per sample, read with the sample it belongs to. */
@Repository
class BackupStore {

    private static final String SELECT = """
            select b.*, s.number, s.product_name, s.state as sample_state
              from sampling_backup b join sampling_sample s on s.id = b.sample_id
            """;

    private final JdbcClient jdbc;

    BackupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long sampleId, String description, String location, String sealNo) {
        jdbc.sql("""
                        insert into sampling_backup (sample_id, description, location, seal_no)
                        values (:id, :description, :location, :seal)""")
                .param("id", sampleId).param("description", description).param("location", location)
                .param("seal", sealNo).update();
    }

    void keepUntil(long sampleId, LocalDate until) {
        jdbc.sql("update sampling_backup set keep_until = :until, version = version + 1 where sample_id = :id")
                .param("until", until).param("id", sampleId).update();
    }

    void handedOver(long sampleId, LocalDate on, String location) {
        jdbc.sql("""
                        update sampling_backup set handed_over_on = :on, location = :location, version = version + 1
                         where sample_id = :id""")
                .param("on", on).param("location", location).param("id", sampleId).update();
    }

    boolean moved(long sampleId, int version, String location) {
        return jdbc.sql("""
                        update sampling_backup set location = :location, version = version + 1
                         where sample_id = :id and version = :version and disposed_on is null""")
                .param("location", location).param("id", sampleId).param("version", version).update() == 1;
    }

    boolean disposed(long sampleId, int version, LocalDate on, String by, String method) {
        return jdbc.sql("""
                        update sampling_backup set disposed_on = :on, disposed_by = :by, disposal_method = :method,
                               version = version + 1
                         where sample_id = :id and version = :version and disposed_on is null""")
                .param("on", on).param("by", by).param("method", method).param("id", sampleId)
                .param("version", version).update() == 1;
    }

    Optional<Backup> find(SqlPredicate visible, long sampleId) {
        return jdbc.sql(SELECT + " where b.sample_id = :id and " + visible.sql()).params(visible.params())
                .param("id", sampleId).query(BackupStore::map).optional();
    }

    /** Backups not disposed of in the predicate, those whose keeping ends first at the top. */
    List<Backup> inStore(SqlPredicate visible, boolean dueOnly, LocalDate dueBy, int limit) {
        return jdbc.sql(SELECT + " where b.disposed_on is null and " + visible.sql()
                        + " and (not :dueOnly or (b.keep_until is not null and b.keep_until <= :dueBy))"
                        + " order by b.keep_until nulls last, b.sample_id limit :limit")
                .params(visible.params()).param("dueOnly", dueOnly).param("dueBy", dueBy).param("limit", limit)
                .query(BackupStore::map).list();
    }

    private static Backup map(ResultSet rs, int row) throws SQLException {
        return new Backup(rs.getLong("sample_id"), rs.getString("number"), rs.getString("product_name"),
                SampleState.valueOf(rs.getString("sample_state")), rs.getString("description"),
                rs.getString("location"), rs.getString("seal_no"), rs.getObject("keep_until", LocalDate.class),
                rs.getObject("handed_over_on", LocalDate.class), rs.getObject("disposed_on", LocalDate.class),
                rs.getString("disposed_by"), rs.getString("disposal_method"), rs.getInt("version"));
    }
}
