package org.shuangda.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of filings' attachments; the files themselves are {@link FilingFiles}'. */
@Repository
class FilingAttachmentStore {

    private final JdbcClient jdbc;

    FilingAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long filingId, String name, String contentType, long size, String key) {
        jdbc.sql("""
                insert into filing_attachment (filing_id, file_name, content_type, size_bytes, storage_key)
                values (:f, :name, :type, :size, :key)""")
                .param("f", filingId).param("name", name).param("type", contentType).param("size", size)
                .param("key", key).update();
    }

    List<FilingFiles.Stored> of(long filingId) {
        return jdbc.sql("select * from filing_attachment where filing_id = :f order by id").param("f", filingId)
                .query(FilingAttachmentStore::stored).list();
    }

    Optional<FilingFiles.Stored> find(long id) {
        return jdbc.sql("select * from filing_attachment where id = :id").param("id", id)
                .query(FilingAttachmentStore::stored).optional();
    }

    private static FilingFiles.Stored stored(ResultSet rs, int row) throws SQLException {
        return new FilingFiles.Stored(rs.getLong("id"), rs.getLong("filing_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key"));
    }
}
