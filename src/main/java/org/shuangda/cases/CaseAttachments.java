package org.shuangda.cases;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.shuangda.shared.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attachments of a case: added by its handlers (not after the case ended), listed and downloaded by
 * whoever sees the case. A file whose row is rolled back is removed again.
 */
@Service
public class CaseAttachments {

    /** One attachment as pages and the API show it. */
    public record Attachment(long id, String name, String contentType, long size, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    /** A file to serve: its row and where it is on disk. */
    public record StoredFile(Attachment attachment, Path path) {
    }

    private final CaseAccess access;
    private final UploadedFiles files;
    private final JdbcClient jdbc;
    private final CaseStore store;
    private final ApplicationEventPublisher events;

    CaseAttachments(CaseAccess access, JdbcClient jdbc, CaseStore store, ApplicationEventPublisher events,
            @Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String filesDir) {
        this.access = access;
        this.files = new UploadedFiles(filesDir, "cases");
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(long caseId, Actor actor) {
        access.visible(caseId, actor);
        return jdbc.sql("select * from case_attachment where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> attachment(rs)).list();
    }

    @Transactional
    public Attachment add(long caseId, String fileName, long size, InputStream content, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        if (c.status().isFinal()) {
            throw new CaseTransitionRefused("case.refused.notEditable");
        }
        UploadedFiles.Stored stored = files.store(fileName, size, content); // removed again on rollback
        long id = jdbc.sql("""
                insert into case_attachment (case_id, kind, name, content_type, size, storage_key, uploaded_by)
                values (:c, 'EVIDENCE', :name, :type, :size, :key, :by) returning id""").param("c", caseId)
                .param("name", stored.name()).param("type", stored.contentType()).param("size", stored.size())
                .param("key", stored.key()).param("by", actor.displayName()).query(Long.class).single();
        store.appendTimeline(caseId, "ATTACHMENT", "上传证据材料 " + stored.name(), actor.displayName());
        events.publishEvent(AuditableChange.created("case-attachment", id, c.number(),
                Map.of("name", stored.name(), "size", stored.size())));
        return jdbc.sql("select * from case_attachment where id = :id").param("id", id)
                .query((rs, n) -> attachment(rs)).single();
    }

    @Transactional(readOnly = true)
    public StoredFile file(long caseId, long attachmentId, Actor actor) {
        access.visible(caseId, actor);
        return jdbc.sql("select * from case_attachment where id = :id and case_id = :c").param("id", attachmentId)
                .param("c", caseId)
                .query((rs, n) -> new StoredFile(attachment(rs), files.pathOf(rs.getString("storage_key"))))
                .optional().orElseThrow(() -> new NotFoundProblem("attachment", attachmentId));
    }

    private static Attachment attachment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
