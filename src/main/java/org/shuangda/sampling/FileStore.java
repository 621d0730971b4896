package org.shuangda.sampling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sampling_file} (V190): the rows of the files kept on disk by {@code shared.UploadedFiles}. */
@Repository
class FileStore {

    private static final String SELECT = """
            select id, sample_id, kind, name, content_type, size, uploaded_by, uploaded_at, storage_key
              from sampling_file
            """;

    record Stored(SampleFile file, String key) {
    }

    private final JdbcClient jdbc;

    FileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long sampleId, SampleFile.Kind kind, String name, String contentType, long size, String key,
            String by, Instant at) {
        return jdbc.sql("""
                        insert into sampling_file (sample_id, kind, name, content_type, size, storage_key, uploaded_by,
                               uploaded_at)
                        values (:sample, :kind, :name, :type, :size, :key, :by, :at) returning id""")
                .param("sample", sampleId).param("kind", kind.name()).param("name", name).param("type", contentType)
                .param("size", size).param("key", key).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
    }

    List<SampleFile> ofSample(long sampleId) {
        return jdbc.sql(SELECT + " where sample_id = :id order by id").param("id", sampleId)
                .query((rs, n) -> map(rs).file()).list();
    }

    Optional<Stored> find(long sampleId, long fileId) {
        return jdbc.sql(SELECT + " where sample_id = :sample and id = :id").param("sample", sampleId)
                .param("id", fileId).query((rs, n) -> map(rs)).optional();
    }

    private static Stored map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(new SampleFile(rs.getLong("id"), rs.getLong("sample_id"),
                SampleFile.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("content_type"),
                rs.getLong("size"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()), rs.getString("storage_key"));
    }
}
