package org.shuangda.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.cases.CaseAttachments.Attachment;
import org.shuangda.shared.UploadedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of a case's evidence files (case_attachment); the files themselves are on disk ({@link UploadedFiles}). */
@Repository
class EvidenceStore {

    /** A row with where its file is stored. */
    record Stored(Attachment attachment, String storageKey) {
    }

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Attachment> ofCase(long caseId) {
        return jdbc.sql("select * from case_attachment where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> attachment(rs)).list();
    }

    Optional<Stored> find(long caseId, long id) {
        return jdbc.sql("select * from case_attachment where id = :id and case_id = :c").param("id", id)
                .param("c", caseId).query((rs, n) -> new Stored(attachment(rs), rs.getString("storage_key")))
                .optional();
    }

    Attachment insert(long caseId, UploadedFiles.Stored file, String uploadedBy) {
        long id = jdbc.sql("""
                insert into case_attachment (case_id, kind, name, content_type, size, storage_key, uploaded_by)
                values (:c, 'EVIDENCE', :name, :type, :size, :key, :by) returning id""").param("c", caseId)
                .param("name", file.name()).param("type", file.contentType()).param("size", file.size())
                .param("key", file.key()).param("by", uploadedBy).query(Long.class).single();
        return find(caseId, id).orElseThrow().attachment();
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
