package org.shuangda.sampling;

import java.util.List;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the sample's page and the API show about one sample, read once in the reader's scope: the sample with its
 * names, its clocks, the steps the reader may take now (from the lifecycle), its history, files, re-test draws,
 * objections with their clocks, follow-ups with theirs, and the backup.
 */
@Service
public class SampleDetails {

    /** One sample in full. */
    public record Detail(SampleView view, List<ClockView> clocks, List<SampleAction> actions,
            List<SampleView.Step> steps, List<SampleFile> files, List<RetestDraw> draws, List<ObjectionView> objections,
            List<FollowUpView> followUps, Backup backup) {

        public Sample sample() {
            return view.sample();
        }
    }

    public record ObjectionView(Objection objection, List<ClockView> clocks) {
    }

    public record FollowUpView(FollowUp followUp, ClockView clock) {
    }

    private final SampleAccess access;
    private final Samples samples;
    private final SampleStore store;
    private final SamplingClocks clocks;
    private final Laboratories labs;
    private final SampleFiles files;
    private final RetestDrawStore draws;
    private final ObjectionStore objectionStore;
    private final Objections objections;
    private final FollowUps followUps;
    private final BackupStore backups;

    SampleDetails(SampleAccess access, Samples samples, SampleStore store, SamplingClocks clocks, Laboratories labs,
            SampleFiles files, RetestDrawStore draws, ObjectionStore objectionStore, Objections objections,
            FollowUps followUps, BackupStore backups) {
        this.access = access;
        this.samples = samples;
        this.store = store;
        this.clocks = clocks;
        this.labs = labs;
        this.files = files;
        this.draws = draws;
        this.objectionStore = objectionStore;
        this.objections = objections;
        this.followUps = followUps;
        this.backups = backups;
    }

    @Transactional(readOnly = true)
    public Detail of(Actor actor, long id) {
        SampleView view = access.visible(actor, id);
        Sample s = view.sample();
        Long labId = labs.ofActor(actor).map(Laboratory::id).orElse(null);
        return new Detail(view, clocks.of(s), samples.actionsFor(actor, view, labId), store.steps(id),
                files.list(actor, id), draws.ofSample(id),
                objectionStore.ofSample(id).stream().map(o -> new ObjectionView(o, objections.clocks(s, o))).toList(),
                !actor.can(org.shuangda.shared.Permission.SAMPLING_VIEW) ? List.of()
                        : followUps.ofSample(id).stream().map(f -> new FollowUpView(f, followUps.clock(f))).toList(),
                backups.find(org.shuangda.shared.SqlPredicate.TRUE, id).orElse(null));
    }
}
