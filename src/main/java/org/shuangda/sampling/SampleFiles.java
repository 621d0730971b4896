package org.shuangda.sampling;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a sample, on disk under {@code shuangda.files.dir}/sampling (checked by extension and first bytes,
 * removed again when the transaction does not commit). Photos, online evidence and the notice's receipt are the
 * bureau's ({@code SAMPLING_HANDLE} over the sample's unit); a lab's report arrives only with its report step. Read by
 * whoever sees the sample.
 */
@Service
public class SampleFiles {

    /** What the bureau attaches itself; reports come with the lab's steps. */
    static final Set<SampleFile.Kind> BUREAU_KINDS = EnumSet.of(SampleFile.Kind.PORTION_PHOTO,
            SampleFile.Kind.BACKUP_PHOTO, SampleFile.Kind.ONLINE_EVIDENCE, SampleFile.Kind.NOTICE_RECEIPT);

    /** A file to serve, after the reader's check. */
    public record Served(SampleFile file, Path path) {
    }

    /** An upload as received: its name, size and content (null when none was sent). */
    public record Upload(String name, long size, InputStream content) {

        public boolean present() {
            return content != null && name != null && !name.isBlank() && size > 0;
        }
    }

    private final FileStore store;
    private final SampleAccess access;
    private final UploadedFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SampleFiles(FileStore store, SampleAccess access, ApplicationEventPublisher events, Clock clock,
            @Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String filesDir) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.files = new UploadedFiles(filesDir, "sampling");
    }

    @Transactional(readOnly = true)
    public List<SampleFile> list(Actor actor, long sampleId) {
        access.visible(actor, sampleId);
        return store.ofSample(sampleId);
    }

    /** Attaches a photo, online evidence or the notice's receipt to a sample of the actor's scope. */
    @Transactional
    public SampleFile attach(Actor actor, long sampleId, SampleFile.Kind kind, Upload upload) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        Sample s = access.visible(actor, sampleId).sample();
        if (!scope.coversUnit(s.unitPath(), s.regionPath())) {
            throw new NotFoundProblem("sampling_sample", sampleId);
        }
        if (kind == null || !BUREAU_KINDS.contains(kind)) {
            throw new InvalidInput("kind", "sampling.invalid.fileKind");
        }
        long id = keep(actor, sampleId, kind, upload);
        return store.ofSample(sampleId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    /** Stores an upload for a step of the module (a lab's report): 422 on the field {@code file} when none came. */
    long keep(Actor actor, long sampleId, SampleFile.Kind kind, Upload upload) {
        if (upload == null || !upload.present()) {
            throw new InvalidInput("file", "sampling.refused.reportFile");
        }
        UploadedFiles.Stored stored = files.store(upload.name(), upload.size(), upload.content());
        long id = store.insert(sampleId, kind, stored.name(), stored.contentType(), stored.size(), stored.key(),
                actor.username(), clock.instant());
        events.publishEvent(AuditableChange.created(actor, "sampling_file", id, stored.name(),
                Map.of("sampleId", sampleId, "kind", kind.name(), "size", stored.size())));
        return id;
    }

    /** A file of a sample the actor sees (404 otherwise). */
    @Transactional(readOnly = true)
    public Served file(Actor actor, long sampleId, long fileId) {
        access.visible(actor, sampleId);
        FileStore.Stored stored = store.find(sampleId, fileId)
                .orElseThrow(() -> new NotFoundProblem("sampling_file", fileId));
        return new Served(stored.file(), files.pathOf(stored.key()));
    }
}
