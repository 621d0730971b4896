package org.shuangda.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.campaigns.TaskProgress.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for a task's progress history, appended to and never changed; callers check that the actor sees the task. */
@Repository
class ProgressStore {

    private static final String SELECT = """
            select p.*, u.name as unit_name from task_progress p join pub_unit u on u.id = p.unit_id
            """;

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TaskProgress> of(long taskId) {
        return jdbc.sql(SELECT + " where p.task_id = :t order by p.reported_at desc, p.id desc").param("t", taskId)
                .query(ProgressStore::map).list();
    }

    Optional<TaskProgress> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(ProgressStore::map).optional();
    }

    TaskProgress one(long id) {
        return find(id).orElseThrow();
    }

    /** Appends an entry by {@code by} of unit {@code unitId} (a backfilled one has no user) at {@code at}. */
    long insert(long taskId, ProgressKind kind, long unitId, String by, Long userId, OffsetDateTime at, String text,
            Attachment file) {
        return jdbc.sql("""
                insert into task_progress (task_id, kind, unit_id, reported_by, reported_by_user_id, reported_at, body,
                                           file_name, file_type, file_size, file_key)
                values (:t, :kind, :unit, :by, :user, :at, :body, :name, :type, :size, :key) returning id""")
                .param("t", taskId).param("kind", kind.name()).param("unit", unitId).param("by", by)
                .param("user", userId).param("at", at).param("body", text)
                .param("name", file == null ? null : file.fileName())
                .param("type", file == null ? null : file.contentType())
                .param("size", file == null ? null : file.size()).param("key", file == null ? null : file.key())
                .query(Long.class).single();
    }

    private static TaskProgress map(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("file_key");
        Attachment file = key == null ? null : new Attachment(rs.getString("file_name"), rs.getString("file_type"),
                rs.getLong("file_size"), key);
        return new TaskProgress(rs.getLong("id"), rs.getLong("task_id"), ProgressKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("reported_by"),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getString("body"), file);
    }
}
