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
import org.shuangda.shared.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
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
    private final EvidenceStore attachments;
    private final CaseStore store;
    private final ApplicationEventPublisher events;

    CaseAttachments(CaseAccess access, EvidenceStore attachments, CaseStore store, ApplicationEventPublisher events,
            @Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String filesDir) {
        this.access = access;
        this.files = new UploadedFiles(filesDir, "cases");
        this.attachments = attachments;
        this.store = store;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(Actor actor, long caseId) {
        access.visible(actor, caseId);
        return attachments.ofCase(caseId);
    }

    @Transactional
    public Attachment add(Actor actor, long caseId, String fileName, long size, InputStream content) {
        EnforcementCase c = access.forChange(actor, caseId, Permission.CASE_HANDLE);
        if (c.status().isFinal()) {
            throw new CaseTransitionRefused("case.refused.notEditable");
        }
        UploadedFiles.Stored stored = files.store(fileName, size, content); // removed again on rollback
        Attachment saved = attachments.insert(caseId, stored, actor.displayName());
        store.appendTimeline(caseId, "ATTACHMENT", "上传证据材料 " + stored.name(), actor.displayName());
        events.publishEvent(AuditableChange.created(actor, "case-attachment", saved.id(), c.number(),
                Map.of("name", stored.name(), "size", stored.size())));
        return saved;
    }

    @Transactional(readOnly = true)
    public StoredFile file(Actor actor, long caseId, long attachmentId) {
        access.visible(actor, caseId);
        return attachments.find(caseId, attachmentId)
                .map(s -> new StoredFile(s.attachment(), files.pathOf(s.storageKey())))
                .orElseThrow(() -> new NotFoundProblem("attachment", attachmentId));
    }
}
