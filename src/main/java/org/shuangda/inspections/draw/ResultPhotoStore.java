package org.shuangda.inspections.draw;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_result_photo} table (V170, V225): photos with their bytes. */
@Repository
class ResultPhotoStore {

    private final JdbcClient jdbc;

    ResultPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long resultId, String name, String contentType, byte[] content, String by, Instant at) {
        return jdbc.sql("""
                        insert into inspection_result_photo (result_id, name, content_type, content, size,
                                                             uploaded_by, uploaded_at)
                        values (:result, :name, :type, :content, :size, :by, :at) returning id
                        """).param("result", resultId).param("name", name).param("type", contentType)
                .param("content", content).param("size", content.length).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    List<ResultPhotos.Photo> list(long resultId) {
        return jdbc.sql("""
                        select id, result_id, name, content_type, size, uploaded_by, uploaded_at
                          from inspection_result_photo where result_id = :result order by id
                        """).param("result", resultId).query((rs, n) -> new ResultPhotos.Photo(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    byte[] content(long photoId) {
        return jdbc.sql("select content from inspection_result_photo where id = :id").param("id", photoId)
                .query(byte[].class).single();
    }

    int count(long resultId) {
        return jdbc.sql("select count(*) from inspection_result_photo where result_id = :result")
                .param("result", resultId).query(Integer.class).single();
    }
}
