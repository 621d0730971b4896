package org.shuangda.cases.transfer;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of a case's uploaded package documents (bytes in the database, outside the web root). */
@Repository
class TransferDocumentStore {

    private final JdbcClient jdbc;

    TransferDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TransferPackage.Document> list(long caseId) {
        return jdbc.sql("""
                select id, case_id, kind, name, content_type, size, uploaded_by from transfer_document
                 where case_id = :c order by id""").param("c", caseId)
                .query((rs, n) -> new TransferPackage.Document(rs.getLong(1), rs.getLong(2),
                        TransferDocumentKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7))).list();
    }

    Optional<TransferPackage.Content> content(long caseId, long documentId) {
        return jdbc.sql("select name, content_type, content from transfer_document where id = :id and case_id = :c")
                .param("id", documentId).param("c", caseId)
                .query((rs, n) -> new TransferPackage.Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    boolean has(long caseId, TransferDocumentKind kind) {
        return jdbc.sql("select exists (select 1 from transfer_document where case_id = :c and kind = :kind)")
                .param("c", caseId).param("kind", kind.name()).query(Boolean.class).single();
    }

    long insert(long caseId, TransferPackage.Upload upload, String by) {
        return jdbc.sql("""
                insert into transfer_document (case_id, kind, name, content_type, size, content, uploaded_by)
                values (:c, :kind, :name, :type, :size, :content, :by) returning id""")
                .param("c", caseId).param("kind", upload.kind().name()).param("name", upload.name())
                .param("type", upload.contentType()).param("size", upload.bytes().length)
                .param("content", upload.bytes()).param("by", by).query(Long.class).single();
    }
}
