package org.shuangda.inspections.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ImageFiles;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence photos (现场检查照片) of an inspection result, taken by the drawn inspectors, from the result form or
 * later until the result is published. JPG or PNG (by name and by the first bytes), at most {@value #MAX_BYTES}
 * bytes each and {@value #MAX_PER_RESULT} per result; kept in the database ({@code inspection_result_photo}, V225
 * says why). Read by whoever may read the result; never on the public page (a photo may show people).
 */
@Service
public class ResultPhotos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_RESULT = 9;

    /** A photo as uploaded: its name and content (read at most {@link #MAX_BYTES} + 1 bytes). */
    public record Upload(String name, InputStream content) {
    }

    /** A stored photo without its bytes. */
    public record Photo(long id, long resultId, String name, String contentType, int size, String uploadedBy,
            Instant uploadedAt) {
    }

    /** A photo with its bytes, for the download. */
    public record PhotoFile(Photo photo, byte[] content) {
    }

    private final Results results;
    private final ResultStore resultStore;
    private final ResultPhotoStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResultPhotos(Results results, ResultStore resultStore, ResultPhotoStore store, ApplicationEventPublisher events,
            Clock clock) {
        this.results = results;
        this.resultStore = resultStore;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds photos to a result: only one of its drawn inspectors, only before publication; every photo checked
     * before the first is written, so a wrong one leaves none of them stored.
     */
    @Transactional
    public List<Photo> attach(Actor actor, long resultId, List<Upload> uploads) {
        actor.require(Permission.INSPECTION_HANDLE);
        InspectionResult result = readable(actor, resultId);
        if (!drawnFor(actor, result)) {
            throw new InvalidInput("photos", "inspection.error.notDrawnInspector");
        }
        if (result.published()) {
            throw new InvalidInput("photos", "inspection.error.photoAfterPublication");
        }
        List<Checked> checked = uploads.stream().filter(u -> u.name() != null && !u.name().isBlank())
                .map(ResultPhotos::check).toList();
        if (store.count(resultId) + checked.size() > MAX_PER_RESULT) {
            throw new InvalidInput("photos", "inspection.error.photoCount", MAX_PER_RESULT);
        }
        Instant now = clock.instant();
        for (Checked c : checked) {
            long id = store.insert(resultId, c.name(), c.contentType(), c.content(), actor.username(), now);
            events.publishEvent(AuditableChange.created(actor, "inspection_result_photo", id, c.name(),
                    Map.of("resultId", resultId, "name", c.name(), "size", c.content().length)));
        }
        return list(actor, resultId);
    }

    /**
     * Records a result with the photos taken on the spot, in one transaction: a photo refused refuses the result
     * too (nothing written), and the form says which photo and why.
     */
    @Transactional
    public InspectionResult record(Actor actor, long drawId, long entityId, ResultDraft draft, List<Upload> uploads) {
        uploads.stream().filter(u -> u.name() != null && !u.name().isBlank()).map(u -> u.name().toLowerCase(Locale.ROOT))
                .filter(n -> !n.endsWith(".jpg") && !n.endsWith(".jpeg") && !n.endsWith(".png")).findFirst()
                .ifPresent(n -> {
                    throw new InvalidInput("photos", "inspection.error.photoType", n);
                });
        InspectionResult result = results.record(actor, drawId, entityId, draft);
        if (uploads.stream().anyMatch(u -> u.name() != null && !u.name().isBlank())) {
            attach(actor, result.id(), uploads);
        }
        return result;
    }

    /** The result's photos, oldest first (404 for whoever may not read the result). */
    @Transactional(readOnly = true)
    public List<Photo> list(Actor actor, long resultId) {
        readable(actor, resultId);
        return store.list(resultId);
    }

    /** One photo with its bytes, if it belongs to a result the reader may open. */
    @Transactional(readOnly = true)
    public PhotoFile file(Actor actor, long resultId, long photoId) {
        Photo photo = list(actor, resultId).stream().filter(p -> p.id() == photoId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("inspection_result_photo", photoId));
        return new PhotoFile(photo, store.content(photoId));
    }

    /**
     * The result as the reader may open it: within his scope, or he is one of its drawn inspectors (a joint plan's
     * inspector of another unit reads and adds the photos of the targets he was drawn for).
     */
    @Transactional(readOnly = true)
    public InspectionResult readable(Actor actor, long resultId) {
        // checked here rather than by catching Results.get's 404: an exception through that transactional call
        // would mark the caller's transaction (attach, record) rollback-only
        return resultStore.find(org.shuangda.shared.SqlPredicate.TRUE, resultId)
                .filter(r -> actor.can(Permission.INSPECTION_VIEW)
                        && actor.scopeFor(Permission.INSPECTION_VIEW).coversUnit(r.unitPath(), r.regionPath())
                        || drawnFor(actor, r))
                .orElseThrow(() -> new NotFoundProblem("inspection_result", resultId));
    }

    private boolean drawnFor(Actor actor, InspectionResult result) {
        return !actor.isSystem()
                && resultStore.assignment(actor.userId(), result.drawId(), result.entityId()).isPresent();
    }

    private record Checked(String name, String contentType, byte[] content) {
    }

    /** By extension and first bytes: a renamed file of another kind is refused with its name. */
    private static Checked check(Upload u) {
        String name = u.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String cleaned = name;
        String type = ImageFiles.typeByName(cleaned)
                .orElseThrow(() -> new InvalidInput("photos", "inspection.error.photoType", cleaned));
        byte[] content;
        try (InputStream in = u.content()) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an uploaded photo", e);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("photos", "inspection.error.photoSize", name, MAX_BYTES / 1024 / 1024);
        }
        if (!ImageFiles.contentIs(type, content)) {
            throw new InvalidInput("photos", "inspection.error.photoContent", name);
        }
        return new Checked(name, type, content);
    }
}
