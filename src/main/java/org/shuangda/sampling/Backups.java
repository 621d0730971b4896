package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backup store (复检备份): where each backup is, until when it is kept (art.25), the alarm before its keeping ends
 * ({@value #ALARM_DAYS} days ahead), its move and its disposal. Read by whoever sees the sample ({@link SampleAccess},
 * a lab its own); moved and disposed of by the bureau ({@code SAMPLING_HANDLE} over the sample's unit) or by the lab
 * holding it. A disposal before the keeping ended, during a re-test or twice is refused (422), nothing changed.
 */
@Service
public class Backups {

    /** Days before the end of the keeping from which a backup is listed as due for disposal. */
    public static final int ALARM_DAYS = 14;

    private final BackupStore store;
    private final SampleAccess access;
    private final Laboratories labs;
    private final SamplingClocks clocks;
    private final ApplicationEventPublisher events;

    Backups(BackupStore store, SampleAccess access, Laboratories labs, SamplingClocks clocks,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.labs = labs;
        this.clocks = clocks;
        this.events = events;
    }

    /** Backups in the store the actor sees; {@code dueOnly}: those whose keeping ends within the alarm or ended. */
    @Transactional(readOnly = true)
    public List<Backup> list(Actor actor, boolean dueOnly) {
        return store.inStore(access.visible(actor), dueOnly, clocks.today().plusDays(ALARM_DAYS), 500);
    }

    @Transactional(readOnly = true)
    public Backup get(Actor actor, long sampleId) {
        access.visible(actor, sampleId);
        return store.find(org.shuangda.shared.SqlPredicate.TRUE, sampleId)
                .orElseThrow(() -> new NotFoundProblem("sampling_backup", sampleId));
    }

    /** Notes a new place for the backup (a shelf, a cold store, the re-test lab). */
    @Transactional
    public Backup move(Actor actor, long sampleId, String location, Integer version) {
        Backup b = forChange(actor, sampleId);
        String place = Samples.text(location, 200, "location", true, new InvalidInput.Collector());
        if (place == null) {
            throw new InvalidInput("location", "error.required");
        }
        if (b.disposed() || !store.moved(sampleId, version == null ? b.version() : version, place)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "sampling_backup", sampleId, b.sampleNumber(),
                Map.of("location", b.location()), Map.of("location", place)));
        return get(actor, sampleId);
    }

    /** Records the disposal (处置) on {@code on}: only after the keeping ended, never during a re-test. */
    @Transactional
    public Backup dispose(Actor actor, long sampleId, LocalDate on, String method, Integer version) {
        Backup b = forChange(actor, sampleId);
        LocalDate day = on == null ? clocks.today() : on;
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String how = Samples.text(method, 200, "method", true, problems);
        if (day.isAfter(clocks.today())) {
            problems.add("disposedOn", "sampling.invalid.future");
        }
        problems.throwIfAny();
        if (b.disposed()) {
            throw new SampleRefused("disposedOn", "sampling.refused.backupDisposed", b.disposedOn().toString());
        }
        if (b.sampleState().inRetest()) {
            throw new SampleRefused("disposedOn", "sampling.refused.backupInRetest");
        }
        if (b.keepUntil() == null) {
            throw new SampleRefused("disposedOn", "sampling.refused.backupNoResult");
        }
        if (!day.isAfter(b.keepUntil())) {
            throw new SampleRefused("disposedOn", "sampling.refused.backupKept", b.keepUntil().toString());
        }
        if (!store.disposed(sampleId, version == null ? b.version() : version, day, actor.username(), how)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "sampling_backup", sampleId, b.sampleNumber() + " 处置",
                Map.of("disposed", false), Map.of("disposed", true, "on", day.toString(), "method", how)));
        return get(actor, sampleId);
    }

    private Backup forChange(Actor actor, long sampleId) {
        Sample s = access.visible(actor, sampleId).sample();
        boolean bureau = actor.can(Permission.SAMPLING_HANDLE)
                && actor.scopeFor(Permission.SAMPLING_HANDLE).coversUnit(s.unitPath(), s.regionPath());
        boolean holdingLab = labs.ofActor(actor).map(l -> l.id() == (s.retest().labId() != null
                && s.retest().receivedOn() != null ? s.retest().labId() : s.labId())).orElse(false);
        if (!bureau && !holdingLab && !actor.isSystem()) {
            DataScope ignored = actor.require(Permission.SAMPLING_HANDLE);
            throw new NotFoundProblem("sampling_backup", sampleId);
        }
        return store.find(org.shuangda.shared.SqlPredicate.TRUE, sampleId)
                .orElseThrow(() -> new NotFoundProblem("sampling_backup", sampleId));
    }
}
