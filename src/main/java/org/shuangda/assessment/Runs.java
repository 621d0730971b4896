package org.shuangda.assessment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.assessment.Run.Appeal;
import org.shuangda.assessment.Run.RunItem;
import org.shuangda.assessment.Scheme.Item;
import org.shuangda.assessment.SchemeStore.Placed;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.UploadedFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runs of a scheme, one per assessed unit, through their steps ({@link RunAction}). The assessed unit
 * ({@code ASSESSMENT_SUBMIT} over the unit that fills it, and belonging to the target) assesses itself with evidence,
 * sees its draft score once 复评 is done, appeals an item within the appeal window (rulebook {@value #APPEAL_RULE},
 * working days from the draft's release) or confirms the draft. Reviewers of the assessing office score 初评 and 复评
 * but never a target their own unit belongs to (422). The office decides appeals and finalises. Before publication an
 * assessed unit sees its own run only: another unit's is "not found", as is anything out of reach.
 */
@Service
public class Runs {

    public static final String APPEAL_RULE = "assessment.appeal";
    private static final String TYPE = "assessment_run";

    /** An upload as the web layer received it. */
    public record Upload(String fileName, long size, InputStream content) {
    }

    /** An evidence file's version to send, after the reader's check. */
    public record StoredFile(Evidence.Version version, Path path) {
    }

    /** A run with the scheme it belongs to, for the checks below. */
    private record Context(Placed scheme, Run run, Scheme.Target target, Access.Place me) {

        /** Whether the reader's unit lies in the run's target (the unit assessed). */
        boolean own() {
            return target.covers(me.unitPath(), me.regionPath());
        }

        /** Whether the reader's unit lies in any target of the scheme. */
        boolean participates() {
            return scheme.scheme().targets().stream().anyMatch(t -> t.covers(me.unitPath(), me.regionPath()));
        }
    }

    private final Schemes schemes;
    private final SchemeStore schemeStore;
    private final RunStore store;
    private final RunEvidenceStore evidence;
    private final Computation computation;
    private final Access access;
    private final Rulebook rulebook;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Runs(Schemes schemes, SchemeStore schemeStore, RunStore store, RunEvidenceStore evidence, Computation computation,
            Access access, Rulebook rulebook, WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.schemes = schemes;
        this.schemeStore = schemeStore;
        this.store = store;
        this.evidence = evidence;
        this.computation = computation;
        this.access = access;
        this.rulebook = rulebook;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /** The runs of a scheme the actor may see (the assessing side: all; an assessed unit: its own until publication). */
    public List<RunView> list(Actor actor, long schemeId) {
        Placed p = schemes.placed(actor, schemeId);
        Access.Place me = access.placeOf(actor);
        return store.ofScheme(schemeId).stream().map(r -> new Context(p, r, target(p, r), me))
                .filter(c -> visible(actor, c)).map(c -> view(actor, c, false)).toList();
    }

    public RunView get(Actor actor, long runId) {
        return view(actor, visible(actor, runId), true);
    }

    /** Saves the unit's self-assessment of some items (points and notes; veto items a note only). */
    @Transactional
    public RunView selfAssess(Actor actor, long runId, Scores scores) {
        Context c = filling(actor, runId);
        c.run().require(RunAction.SELF_ASSESS);
        requireVersion(c.run(), scores.version());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < scores.items().size(); i++) {
            Scores.Entry e = scores.items().get(i);
            String field = "items[" + i + "]";
            Item item = item(c, e, field, problems);
            if (item == null) {
                continue;
            }
            String note = note(field, e.note(), problems);
            if (item.kind() == ItemKind.COMPUTED) {
                if (e.points() != null) {
                    problems.add(field + ".points", "assessment.score.computed", item.code());
                }
                continue;
            }
            BigDecimal points = null;
            if (item.kind() != ItemKind.VETO && e.points() != null
                    && SchemeValidator.points(problems, field + ".points", e.points(), item.maxPoints())) {
                points = e.points();
            }
            rows.add(new Object[] {item.id(), points, note});
        }
        problems.throwIfAny();
        for (Object[] r : rows) {
            store.saveSelf(runId, (Long) r[0], (BigDecimal) r[1], (String) r[2]);
        }
        touch(c.run());
        audit(actor, c, "selfAssessed", rows.size());
        return get(actor, runId);
    }

    /** The unit hands its self-assessment in: 初评 begins. */
    @Transactional
    public RunView submit(Actor actor, long runId) {
        Context c = filling(actor, runId);
        c.run().require(RunAction.SUBMIT);
        transition(actor, c, RunStatus.FIRST_REVIEW, RunStore.Stamp.SUBMITTED);
        return get(actor, runId);
    }

    /** A reviewer returns the self-assessment to the unit (more evidence needed), with the reason. */
    @Transactional
    public RunView returnToUnit(Actor actor, long runId, String reason) {
        Context c = reviewing(actor, runId);
        c.run().require(RunAction.RETURN);
        String text = required("reason", reason, 500);
        if (!store.returned(c.run(), text)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, TYPE, runId, c.run().targetName(),
                Map.of("status", c.run().status()), Map.of("status", RunStatus.SELF_ASSESSMENT, "reason", text)));
        return get(actor, runId);
    }

    /** A reviewer scores items at 初评 ({@code second} false) or 复评 (true); items left out keep their scores. */
    @Transactional
    public RunView score(Actor actor, long runId, boolean second, Scores scores) {
        Context c = reviewing(actor, runId);
        c.run().require(second ? RunAction.SCORE_SECOND : RunAction.SCORE_FIRST);
        requireVersion(c.run(), scores.version());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < scores.items().size(); i++) {
            Scores.Entry e = scores.items().get(i);
            String field = "items[" + i + "]";
            Item item = item(c, e, field, problems);
            if (item == null) {
                continue;
            }
            String note = note(field, e.note(), problems);
            if (item.kind() == ItemKind.COMPUTED) {
                problems.add(field + ".points", "assessment.score.computed", item.code());
            } else if (item.kind() == ItemKind.VETO) {
                if (e.veto() == null) {
                    problems.add(field + ".veto", "error.required");
                } else {
                    rows.add(new Object[] {item.id(), null, e.veto(), note});
                }
            } else if (e.points() == null) {
                problems.add(field + ".points", "error.required");
            } else if (SchemeValidator.points(problems, field + ".points", e.points(), item.maxPoints())) {
                rows.add(new Object[] {item.id(), e.points(), null, note});
            }
        }
        problems.throwIfAny();
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        for (Object[] r : rows) {
            store.saveReview(runId, (Long) r[0], second, (BigDecimal) r[1], (Boolean) r[2], (String) r[3],
                    actor.username(), at);
        }
        touch(c.run());
        audit(actor, c, second ? "secondReview" : "firstReview", rows.stream()
                .map(r -> c.scheme().scheme().item((Long) r[0]).map(Item::code).orElse("?") + "="
                        + (r[1] != null ? ((BigDecimal) r[1]).toPlainString() : "veto:" + r[2])).toList());
        return get(actor, runId);
    }

    /** 初评 complete: every reviewed item scored (a bonus left open adds nothing, a veto left open is "not triggered"). */
    @Transactional
    public RunView finishFirst(Actor actor, long runId) {
        Context c = reviewing(actor, runId);
        c.run().require(RunAction.FINISH_FIRST);
        List<String> open = new ArrayList<>();
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        for (Item item : c.scheme().scheme().items()) {
            RunItem scores = c.run().item(item.id()).orElse(null);
            if (item.kind() == ItemKind.REVIEWED && (scores == null || scores.firstPoints() == null)) {
                open.add(item.code());
            } else if (item.kind() == ItemKind.VETO && (scores == null || scores.firstVeto() == null)) {
                store.saveReview(runId, item.id(), false, null, false, "", actor.username(), at);
            }
        }
        if (!open.isEmpty()) {
            throw new InvalidInput("items", "assessment.review.unscored", String.join("、", open));
        }
        transition(actor, c, RunStatus.SECOND_REVIEW, RunStore.Stamp.FIRST_DONE);
        return get(actor, runId);
    }

    /**
     * 复评 complete: the data items are computed a last time (then frozen), the draft score goes to the unit and the
     * appeal window opens: {@value #APPEAL_RULE} working days from today on the calendar.
     */
    @Transactional
    public RunView releaseDraft(Actor actor, long runId) {
        Context c = reviewing(actor, runId);
        c.run().require(RunAction.RELEASE_DRAFT);
        computation.compute(c.scheme().scheme(), List.of(c.run()));
        LocalDate today = today();
        LocalDate due = appealDue(today, c.scheme().regionPath());
        if (!store.released(c.run(), actor.username(), clock.instant().atOffset(ZoneOffset.UTC), today, due)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, TYPE, runId, c.run().targetName(),
                Map.of("status", c.run().status()), Map.of("status", RunStatus.DRAFT_RELEASED, "appealDue", due)));
        return get(actor, runId);
    }

    /** The last day to appeal a draft released on {@code releasedOn}, in the region at {@code regionPath}. */
    public LocalDate appealDue(LocalDate releasedOn, String regionPath) {
        Deadline deadline = Deadline.startingAt(releasedOn.atStartOfDay(),
                rulebook.rule(APPEAL_RULE, releasedOn, regionPath).deadlineRule());
        return deadline.due(calendar).orElseThrow().toLocalDate();
    }

    /** The unit appeals one item of its draft score, with its reasons, within the window. */
    @Transactional
    public RunView appeal(Actor actor, long runId, Long itemId, String reason) {
        Context c = filling(actor, runId);
        c.run().require(RunAction.APPEAL);
        LocalDate today = today();
        if (c.run().draftAcceptedAt() != null) {
            throw new InvalidInput("itemId", "assessment.appeal.accepted");
        }
        if (today.isAfter(c.run().appealDue())) {
            throw new InvalidInput("itemId", "assessment.appeal.late", c.run().appealDue(), c.run().releasedOn());
        }
        Item item = itemId == null ? null : c.scheme().scheme().item(itemId).orElse(null);
        if (item == null) {
            throw new InvalidInput("itemId", "assessment.item.unknown", itemId == null ? "" : itemId);
        }
        if (c.run().appealOn(item.id()).isPresent()) {
            throw new InvalidInput("itemId", "assessment.appeal.twice", item.code());
        }
        String text = required("reason", reason, 2000);
        long id = store.insertAppeal(runId, item.id(), text, actor.username(), clock.instant().atOffset(ZoneOffset.UTC));
        touch(c.run());
        events.publishEvent(AuditableChange.created(actor, "assessment_appeal", id,
                c.run().targetName() + " · " + item.code() + " " + item.title(), Map.of("item", item.code(), "reason", text)));
        return get(actor, runId);
    }

    /** The unit confirms its draft score (无异议): no more appeals; the office may finalise at once. */
    @Transactional
    public RunView acceptDraft(Actor actor, long runId) {
        Context c = filling(actor, runId);
        c.run().require(RunAction.ACCEPT_DRAFT);
        if (c.run().draftAcceptedAt() != null) {
            throw new InvalidInput("status", "assessment.draft.acceptedTwice");
        }
        if (!store.transition(c.run(), RunStatus.DRAFT_RELEASED, RunStore.Stamp.DRAFT_ACCEPTED, actor.username(),
                clock.instant().atOffset(ZoneOffset.UTC))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        audit(actor, c, "draftAccepted", true);
        return get(actor, runId);
    }

    /**
     * The office decides an appeal: upheld with the item's new score (points within its maximum; for a veto item
     * whether it stands), or rejected; the reply is required either way.
     */
    @Transactional
    public RunView decideAppeal(Actor actor, long runId, long appealId, boolean uphold, BigDecimal points, Boolean veto,
            String decision) {
        Context c = managing(actor, runId);
        c.run().require(RunAction.DECIDE_APPEAL);
        Appeal appeal = c.run().appeals().stream().filter(a -> a.id() == appealId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("assessment_appeal", appealId));
        if (appeal.status() != AppealStatus.PENDING) {
            throw new InvalidInput("status", "assessment.appeal.decided");
        }
        Item item = c.scheme().scheme().item(appeal.itemId()).orElseThrow();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String text = decision == null ? "" : decision.strip();
        if (text.isEmpty()) {
            problems.add("decision", "error.required");
        } else if (text.length() > 2000) {
            problems.add("decision", "error.tooLong", 2000);
        }
        if (uphold) {
            if (item.kind() == ItemKind.VETO) {
                if (veto == null) {
                    problems.add("veto", "error.required");
                }
            } else {
                SchemeValidator.points(problems, "points", points, item.maxPoints());
            }
        }
        problems.throwIfAny();
        boolean decided = store.decideAppeal(appealId, uphold ? AppealStatus.UPHELD : AppealStatus.REJECTED, text,
                uphold && item.kind() != ItemKind.VETO ? points : null, uphold && item.kind() == ItemKind.VETO ? veto : null,
                actor.username(), clock.instant().atOffset(ZoneOffset.UTC));
        if (!decided) {
            throw new InvalidInput("status", "assessment.appeal.decided");
        }
        touch(c.run());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", uphold ? AppealStatus.UPHELD : AppealStatus.REJECTED);
        after.put("points", points);
        after.put("veto", veto);
        after.put("decision", text);
        events.publishEvent(AuditableChange.updated(actor, "assessment_appeal", appealId,
                c.run().targetName() + " · " + item.code(), Map.of("status", appeal.status()), after));
        return get(actor, runId);
    }

    /** The office fixes the final score: every appeal decided, and the window over or the draft confirmed. */
    @Transactional
    public RunView finalise(Actor actor, long runId) {
        Context c = managing(actor, runId);
        c.run().require(RunAction.FINALISE);
        if (c.run().hasPendingAppeal()) {
            throw new InvalidInput("status", "assessment.finalise.pendingAppeal");
        }
        if (c.run().draftAcceptedAt() == null && !today().isAfter(c.run().appealDue())) {
            throw new InvalidInput("status", "assessment.finalise.window", c.run().appealDue());
        }
        transition(actor, c, RunStatus.FINAL, RunStore.Stamp.FINALISED);
        return get(actor, runId);
    }

    /** Adds an evidence file serving {@code itemIds} (PDF, DOCX, XLSX, JPG or PNG up to 20 MB). */
    @Transactional
    public RunView addEvidence(Actor actor, long runId, String title, List<Long> itemIds, Upload upload) {
        Context c = filling(actor, runId);
        requireEvidenceOpen(c.run());
        List<Long> items = evidenceItems(c, itemIds);
        String name = title == null || title.isBlank() ? null : title.strip();
        if (name != null && name.length() > 200) {
            throw new InvalidInput("title", "error.tooLong", 200);
        }
        UploadedFiles.Stored stored = stored(upload);
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        long id = evidence.insert(runId, name != null ? name : stored.name(), actor.username(), at);
        evidence.addVersion(id, stored, actor.username(), at);
        evidence.link(id, items);
        events.publishEvent(AuditableChange.created(actor, "assessment_evidence", id, c.run().targetName() + " · "
                + stored.name(), Map.of("file", stored.name(), "size", stored.size(), "items", codes(c, items))));
        return get(actor, runId);
    }

    /** A new version of an evidence file (the earlier ones are kept). */
    @Transactional
    public RunView addEvidenceVersion(Actor actor, long runId, long evidenceId, Upload upload) {
        Context c = filling(actor, runId);
        requireEvidenceOpen(c.run());
        if (!evidence.lock(evidenceId, runId)) {
            throw new NotFoundProblem("assessment_evidence", evidenceId);
        }
        UploadedFiles.Stored stored = stored(upload);
        evidence.addVersion(evidenceId, stored, actor.username(), clock.instant().atOffset(ZoneOffset.UTC));
        Evidence after = evidence.find(runId, evidenceId).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, "assessment_evidence", evidenceId, after.title(),
                Map.of("version", after.current().version() - 1), Map.of("version", after.current().version(),
                        "file", stored.name(), "size", stored.size())));
        return get(actor, runId);
    }

    /** Which items an evidence file serves (replacing the list). */
    @Transactional
    public RunView linkEvidence(Actor actor, long runId, long evidenceId, List<Long> itemIds) {
        Context c = filling(actor, runId);
        requireEvidenceOpen(c.run());
        Evidence before = evidence.find(runId, evidenceId)
                .orElseThrow(() -> new NotFoundProblem("assessment_evidence", evidenceId));
        List<Long> items = evidenceItems(c, itemIds);
        evidence.link(evidenceId, items);
        events.publishEvent(AuditableChange.updated(actor, "assessment_evidence", evidenceId, before.title(),
                Map.of("items", codes(c, before.itemIds())), Map.of("items", codes(c, items))));
        return get(actor, runId);
    }

    /**
     * An evidence file's version (null: the current one) for the assessing side and the unit assessed (not for other
     * units, even after publication); anything else is not found.
     */
    public StoredFile evidenceFile(Actor actor, long runId, long evidenceId, Integer version) {
        Context c = visible(actor, runId);
        if (!Access.assessing(actor, c.scheme()) && !c.own()) {
            throw new NotFoundProblem("assessment_evidence", evidenceId);
        }
        Evidence e = evidence.find(runId, evidenceId)
                .orElseThrow(() -> new NotFoundProblem("assessment_evidence", evidenceId));
        Evidence.Version v = version == null ? e.current() : e.versions().stream()
                .filter(x -> x.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundProblem("assessment_evidence", evidenceId));
        return new StoredFile(v, evidence.pathOf(v));
    }

    /** The runs of a scheme as the ranking reads them (the caller checked who may see the ranking). */
    List<Run> runsOf(long schemeId) {
        return store.ofScheme(schemeId);
    }

    private RunView view(Actor actor, Context c, boolean withEvidence) {
        boolean assessing = Access.assessing(actor, c.scheme());
        boolean own = c.own();
        Scheme scheme = c.scheme().scheme();
        Run shown = assessing || c.run().status().draftVisible() ? c.run() : withoutReviews(c.run());
        Scorecard card = assessing || c.run().status().draftVisible() ? Scorecard.of(scheme, c.run()) : null;
        List<Evidence> files = withEvidence && (assessing || own) ? evidence.ofRun(c.run().id()) : List.of();
        return new RunView(shown, scheme, assessing, own, card, actionsFor(actor, c), files);
    }

    private List<RunAction> actionsFor(Actor actor, Context c) {
        List<RunAction> out = new ArrayList<>();
        Run run = c.run();
        boolean fills = fills(actor, c);
        boolean reviews = Access.reviews(actor, c.scheme()) && !c.own();
        boolean manages = Access.manages(actor, c.scheme());
        for (RunAction a : RunAction.values()) {
            if (!a.allowedFor(actor, run.status())) {
                continue;
            }
            boolean side = switch (a) {
                case SELF_ASSESS, SUBMIT -> fills;
                case APPEAL -> fills && run.draftAcceptedAt() == null && !today().isAfter(run.appealDue());
                case ACCEPT_DRAFT -> fills && run.draftAcceptedAt() == null;
                case RETURN, SCORE_FIRST, FINISH_FIRST, SCORE_SECOND, RELEASE_DRAFT -> reviews;
                case DECIDE_APPEAL -> manages && run.hasPendingAppeal();
                case FINALISE -> manages && !run.hasPendingAppeal()
                        && (run.draftAcceptedAt() != null || today().isAfter(run.appealDue()));
            };
            if (side) {
                out.add(a);
            }
        }
        return out;
    }

    private Context visible(Actor actor, long runId) {
        long schemeId = store.schemeOf(runId).orElseThrow(() -> new NotFoundProblem(TYPE, runId));
        Placed p;
        try {
            p = schemes.placed(actor, schemeId);
        } catch (NotFoundProblem e) {
            throw new NotFoundProblem(TYPE, runId);
        }
        Run run = store.find(runId).orElseThrow(() -> new NotFoundProblem(TYPE, runId));
        Context c = new Context(p, run, target(p, run), access.placeOf(actor));
        if (!visible(actor, c)) {
            throw new NotFoundProblem(TYPE, runId);
        }
        return c;
    }

    private boolean visible(Actor actor, Context c) {
        if (Access.assessing(actor, c.scheme())) {
            return true;
        }
        if (!Access.mayReadAsAssessed(actor)) {
            return false;
        }
        return c.own()
                || c.run().status() == RunStatus.PUBLISHED && c.participates();
    }

    private boolean fills(Actor actor, Context c) {
        if (!actor.can(Permission.ASSESSMENT_SUBMIT) || !c.own()) {
            return false;
        }
        UnitRef unit = access.unit(c.run().unitId());
        return actor.scopeFor(Permission.ASSESSMENT_SUBMIT).coversUnit(unit.path(), unit.regionPath());
    }

    /** The unit's own steps: the run must be visible, and the actor the one who fills it (else 403). */
    private Context filling(Actor actor, long runId) {
        actor.require(Permission.ASSESSMENT_SUBMIT);
        Context c = visible(actor, runId);
        if (!fills(actor, c)) {
            throw new AccessDeniedProblem("not the assessed unit of run " + runId);
        }
        return c;
    }

    /** A reviewer's steps: the assessing office's reviewer, never of the target his own unit belongs to (422). */
    private Context reviewing(Actor actor, long runId) {
        actor.require(Permission.ASSESSMENT_REVIEW);
        Context c = visible(actor, runId);
        if (!Access.reviews(actor, c.scheme())) {
            throw new NotFoundProblem(TYPE, runId);
        }
        if (c.own()) {
            throw new InvalidInput("reviewer", "assessment.review.ownUnit", c.run().targetName());
        }
        return c;
    }

    private Context managing(Actor actor, long runId) {
        actor.require(Permission.ASSESSMENT_MANAGE);
        Context c = visible(actor, runId);
        if (!Access.manages(actor, c.scheme())) {
            throw new NotFoundProblem(TYPE, runId);
        }
        return c;
    }

    private static Scheme.Target target(Placed p, Run run) {
        return p.scheme().targets().stream().filter(t -> t.seq() == run.targetSeq()).findFirst()
                .orElse(new Scheme.Target(run.targetSeq(), run.regionCode(), null, run.targetName(), null));
    }

    private void transition(Actor actor, Context c, RunStatus to, RunStore.Stamp stamp) {
        if (!store.transition(c.run(), to, stamp, actor.username(), clock.instant().atOffset(ZoneOffset.UTC))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, TYPE, c.run().id(), c.run().targetName(),
                Map.of("status", c.run().status()), Map.of("status", to)));
    }

    private void touch(Run run) {
        if (!store.touch(run)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
    }

    private static void requireVersion(Run run, Integer version) {
        if (version != null && version != run.version()) {
            throw new InvalidInput("version", "error.staleVersion");
        }
    }

    private static void requireEvidenceOpen(Run run) {
        if (run.status() != RunStatus.SELF_ASSESSMENT && run.status() != RunStatus.DRAFT_RELEASED) {
            throw new AssessmentRefused("assessment.refused.evidence", "assessment.runStatus." + run.status().name());
        }
    }

    private UploadedFiles.Stored stored(Upload upload) {
        if (upload == null || upload.content() == null) {
            throw new InvalidInput("file", "error.required");
        }
        return evidence.store(upload.fileName(), upload.size(), upload.content());
    }

    private static List<Long> evidenceItems(Context c, List<Long> itemIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Long id : itemIds == null ? List.<Long>of() : itemIds) {
            if (id == null || c.scheme().scheme().item(id).isEmpty()) {
                throw new InvalidInput("itemIds", "assessment.item.unknown", id == null ? "" : id);
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new InvalidInput("itemIds", "assessment.evidence.itemsRequired");
        }
        return List.copyOf(ids);
    }

    private static List<String> codes(Context c, List<Long> itemIds) {
        return itemIds.stream().map(id -> c.scheme().scheme().item(id).map(Item::code).orElse("#" + id)).toList();
    }

    private static Item item(Context c, Scores.Entry e, String field, InvalidInput.Collector problems) {
        if (e == null || e.itemId() == null) {
            problems.add(field + ".itemId", "error.required");
            return null;
        }
        Optional<Item> item = c.scheme().scheme().item(e.itemId());
        if (item.isEmpty()) {
            problems.add(field + ".itemId", "assessment.item.unknown", e.itemId());
            return null;
        }
        return item.get();
    }

    private static String note(String field, String note, InvalidInput.Collector problems) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            problems.add(field + ".note", "error.tooLong", 2000);
        }
        return text;
    }

    private static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(field, "error.required");
        }
        if (text.length() > max) {
            throw new InvalidInput(field, "error.tooLong", max);
        }
        return text;
    }

    private static Run withoutReviews(Run r) {
        List<RunItem> items = r.items().stream().map(i -> new RunItem(i.itemId(), i.selfPoints(), i.selfNote(), null,
                null, "", null, null, null, null, "", null, null, i.computedPoints(), i.figures(), i.computedAt()))
                .toList();
        return new Run(r.id(), r.schemeId(), r.targetSeq(), r.regionCode(), r.unitId(), r.targetName(), r.status(),
                r.submittedAt(), r.submittedBy(), r.returnedReason(), r.firstDoneAt(), null, r.secondDoneAt(), null,
                r.releasedOn(), r.appealDue(), r.draftAcceptedAt(), r.draftAcceptedBy(), r.finalisedAt(),
                r.finalisedBy(), r.publishedAt(), items, r.appeals(), r.version());
    }

    private void audit(Actor actor, Context c, String what, Object value) {
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, TYPE, c.run().id(), c.run().targetName(),
                Map.of(what, value)));
    }
}
