package org.shuangda.sampling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
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
 * Objections (异议) to a sample, recorded by the bureau on the business's written objection ({@link SampleAction#OBJECT})
 * within its window and decided within the review period (art.37, 39; product quality: 15 days from the result,
 * rolling forward, its own procedure with no review period of the rulebook). A late objection is refused (422).
 */
@Service
public class Objections {

    /** An objection as entered. */
    public record ObjectionForm(String kind, LocalDate filedOn, String applicant, String content) {
    }

    private final ObjectionStore store;
    private final SampleAccess access;
    private final SamplingClocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Objections(ObjectionStore store, SampleAccess access, SamplingClocks clocks, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Objection> ofSample(Actor actor, long sampleId) {
        access.visible(actor, sampleId);
        return store.ofSample(sampleId);
    }

    /** The objection's clocks: the window it was filed in, and its review (when the rules have one). */
    public List<ClockView> clocks(Sample s, Objection o) {
        List<ClockView> out = new java.util.ArrayList<>();
        String review = o.reviewKey(s.kind());
        if (review != null) {
            out.add(clocks.view(review, o.filedOn(), o.decidedOn(), false, s.regionPath()));
        }
        return out;
    }

    /** The last day an objection of {@code kind} may be filed on the sample, or null while its window has not opened. */
    public LocalDate lastDay(Sample s, Objection.Kind kind) {
        if (s.kind() == SamplingKind.PRODUCT_QUALITY) {
            return s.resultReceivedOn() == null ? null
                    : clocks.due("sampling.quality.objection", s.resultReceivedOn(), s.regionPath());
        }
        if (kind == Objection.Kind.PROCESS) {
            return clocks.due("sampling.food.objection-process", s.site().sampledOn(), s.regionPath());
        }
        return s.resultReceivedOn() == null ? null
                : clocks.due("sampling.food.objection-method", s.resultReceivedOn(), s.regionPath());
    }

    @Transactional
    public Objection file(Actor actor, long sampleId, ObjectionForm form) {
        SampleView v = access.forStep(actor, sampleId, SampleAction.OBJECT);
        Sample s = v.sample();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Objection.Kind kind = Samples.enumOf(Objection.Kind.class, form.kind());
        if (kind == null) {
            problems.add("kind", "sampling.invalid.objectionKind");
        }
        LocalDate filed = form.filedOn() == null ? today() : form.filedOn();
        if (filed.isAfter(today())) {
            problems.add("filedOn", "sampling.invalid.future");
        }
        String applicant = Samples.text(form.applicant(), 200, "applicant", true, problems);
        String content = Samples.text(form.content(), 2000, "content", true, problems);
        problems.throwIfAny();
        LocalDate last = lastDay(s, kind);
        if (last == null) {
            throw new SampleRefused("kind", "sampling.refused.objectionNotYet");
        }
        if (filed.isAfter(last)) {
            throw new SampleRefused("filedOn", "sampling.refused.objectionLate", last.toString());
        }
        if (filed.isBefore(s.site().sampledOn())) {
            throw new SampleRefused("filedOn", "sampling.refused.before", s.site().sampledOn().toString());
        }
        long id = store.insert(sampleId, kind, filed, applicant, content, actor.username(), clock.instant());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sampleId", sampleId);
        f.put("kind", kind.name());
        f.put("filedOn", filed.toString());
        f.put("applicant", applicant);
        events.publishEvent(AuditableChange.created(actor, "sampling_objection", id, s.number() + " 异议", f));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Objection decide(Actor actor, long objectionId, String outcome, String decision) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        Objection o = store.find(objectionId).orElseThrow(() -> new NotFoundProblem("sampling_objection", objectionId));
        Sample s = access.visible(actor, o.sampleId()).sample();
        if (!scope.coversUnit(s.unitPath(), s.regionPath())) {
            throw new NotFoundProblem("sampling_objection", objectionId);
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Objection.Outcome result = Samples.enumOf(Objection.Outcome.class, outcome);
        if (result == null) {
            problems.add("outcome", "error.required");
        }
        String text = Samples.text(decision, 2000, "decision", true, problems);
        problems.throwIfAny();
        if (!store.decide(objectionId, today(), result, text, actor.username())) {
            throw new InvalidInput("state", "sampling.refused.objectionDecided");
        }
        events.publishEvent(AuditableChange.updated(actor, "sampling_objection", objectionId, s.number() + " 异议处理",
                Map.of("outcome", ""), Map.of("outcome", result.name())));
        return store.find(objectionId).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
