package org.shuangda.sampling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes a sample. The bureau sees the samples of the units its {@code SAMPLING_VIEW} scope reaches; a
 * laboratory's people ({@code SAMPLING_LAB}, scope: the lab's unit) see only the samples sent to their lab (once sent)
 * and those whose backup it was drawn to re-test. A sample out of reach is "not found" (404). A step checks its
 * permission ({@link SampleAction}), the bureau's scope over the sample's unit, and for the lab's steps that the
 * actor's lab is the one that received the sample or its backup (422 otherwise). Saving writes the sample at the
 * version read, logs the step and audits it.
 */
@Component
class SampleAccess {

    private final SampleStore store;
    private final Laboratories labs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SampleAccess(SampleStore store, Laboratories labs, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.labs = labs;
        this.events = events;
        this.clock = clock;
    }

    /** The rows the actor may read: the bureau's scope over the sample's unit, or the lab's over its own samples. */
    SqlPredicate visible(Actor actor) {
        List<SqlPredicate> any = new ArrayList<>();
        if (actor.can(Permission.SAMPLING_VIEW)) {
            any.add(actor.scopeFor(Permission.SAMPLING_VIEW).unitOwned("s.unit_path", "s.region_path", "v"));
        }
        if (actor.can(Permission.SAMPLING_LAB)) {
            any.add(ofLab(actor.scopeFor(Permission.SAMPLING_LAB)));
        }
        if (any.isEmpty()) {
            throw new AccessDeniedProblem("missing permission " + Permission.SAMPLING_VIEW);
        }
        return SqlPredicate.anyOf(any.toArray(SqlPredicate[]::new));
    }

    /** Samples sent to a lab whose unit the scope reaches (the first lab once sent, the re-test lab once drawn). */
    static SqlPredicate ofLab(DataScope labScope) {
        SqlPredicate units = labScope.unitOwned("lu.path", "lu.region_path", "lab");
        if (units.sql().equals("false")) {
            return SqlPredicate.FALSE;
        }
        return new SqlPredicate("exists (select 1 from sampling_lab vl join pub_unit lu on lu.id = vl.unit_id"
                + " where ((vl.id = s.lab_id and s.sent_on is not null) or vl.id = s.retest_lab_id) and "
                + units.sql() + ")", units.params());
    }

    SampleView visible(Actor actor, long id) {
        return store.find(visible(actor), id).orElseThrow(() -> new NotFoundProblem("sampling_sample", id));
    }

    /**
     * The sample for {@code action}: visible to the actor, the action's permission held, the bureau's scope over the
     * sample's unit for the bureau's steps, the actor's lab the one that does the step for the lab's.
     */
    SampleView forStep(Actor actor, long id, SampleAction action) {
        DataScope scope = actor.require(action.permission());
        SampleView view = visible(actor, id);
        Sample s = view.sample();
        if (action.byLaboratory()) {
            if (!actor.isSystem()) {
                long labId = s.labFor(action);
                boolean ours = labs.ofActor(actor).map(l -> l.id() == labId).orElse(false);
                if (!ours) {
                    throw new SampleRefused("lab", "sampling.refused.notReceivingLab", view.labName());
                }
            }
        } else if (!scope.coversUnit(s.unitPath(), s.regionPath())) {
            throw new NotFoundProblem("sampling_sample", id);
        }
        s.require(action);
        return view;
    }

    /** Writes the changed sample (at the version read), logs the step and audits it. */
    Sample save(Actor actor, SampleView before, Sample after, SampleAction action, String note) {
        if (!store.update(after, before.sample().version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.step(after.id(), action.name(), note, actor.username(), actor.displayName(), clock.instant());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("state", before.sample().state().name());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("state", after.state().name());
        now.put("action", action.name());
        if (note != null && !note.isBlank()) {
            now.put("note", note);
        }
        events.publishEvent(AuditableChange.updated(actor, "sampling_sample", after.id(),
                after.number() + " " + action.name(), was, now));
        return after;
    }
}
