package org.shuangda.credit.grades;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.credit.RiskGradeChanged;
import org.shuangda.credit.RiskGrades;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit-risk grades A–D (信用风险分类, 国市监信发〔2022〕6号): computed from each entity's credit record with the
 * current {@link RiskScheme}, set-based in SQL over ranges of entity ids ({@link #recomputeAll}), or for one
 * entity when a fact arrives ({@link #recompute}). A changed grade is kept in the history and announced with
 * {@link RiskGradeChanged} (a first grade only when it is not A). Grades are never published and never exempt an
 * entity from random checks: this service offers no public read and no exemption. Reads need {@code CREDIT_VIEW}
 * over the entity's region (404 outside); the scheme is changed with {@code CREDIT_SETTINGS} by someone whose
 * scope covers every entity (it grades them all).
 */
@Service
public class RiskGradeService implements RiskGrades {

    private static final Logger log = LoggerFactory.getLogger(RiskGradeService.class);
    static final Locale EVENT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** Entity ids per computing statement (one transaction each). */
    static final int RANGE = 20_000;
    private static final Set<String> GRADES = Set.of("A", "B", "C", "D");

    /** What a full computation did. */
    public record RunResult(long runId, long entities, long written, long changed, long millis) {
    }

    private final GradeStore store;
    private final GradeExplanations explanations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Integer, RiskScheme> schemes = new java.util.concurrent.ConcurrentHashMap<>();

    RiskGradeService(GradeStore store, GradeExplanations explanations, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.explanations = explanations;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- RiskGrades (published API, for the inspections module's draw ratios)

    @Override
    @Transactional(readOnly = true)
    public Optional<String> current(long entityId) {
        return store.current(entityId).map(c -> c.grade().grade());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> current(Collection<Long> entityIds) {
        return store.currentGrades(entityIds);
    }

    // ---- computing

    /**
     * Recomputes every entity's grade with the current scheme, one range of {@value #RANGE} ids per transaction
     * (so a long run holds no lock for long and a crash loses at most one range); records the run and audits it
     * as one entry. {@code reason}: START, MONTHLY, SCHEME or MANUAL.
     */
    public RunResult recomputeAll(Actor actor, String reason) {
        actor.require(Permission.CREDIT_SETTINGS);
        requireAll(actor, Permission.CREDIT_SETTINGS);
        long started = System.nanoTime();
        RiskScheme scheme = transactions.execute(t -> store.currentScheme());
        LocalDate today = LocalDate.now(clock);
        long runId = transactions.execute(t -> store.startRun(reason, scheme.version(), today, clock.instant()));
        Optional<long[]> bounds = transactions.execute(t -> store.idBounds());
        long entities = 0;
        long written = 0;
        long changed = 0;
        if (bounds.isPresent()) {
            long lo = bounds.get()[0];
            long hi = bounds.get()[1];
            for (long from = lo; from <= hi; from += RANGE) {
                long to = Math.min(from + RANGE, hi + 1);
                long rangeFrom = from;
                GradeRangeResult r = transactions.execute(t -> computeInTransaction(rangeFrom, to, scheme,
                        today, reason));
                entities += r.entities();
                written += r.written();
                changed += r.changes().size();
            }
            long top = hi;
            transactions.executeWithoutResult(t -> {
                store.lock();
                store.dropAbove(top);
            });
        } else {
            transactions.executeWithoutResult(t -> {
                store.lock();
                store.dropAbove(-1);
            });
        }
        long e = entities;
        long w = written;
        long c = changed;
        transactions.executeWithoutResult(t -> {
            store.finishRun(runId, e, c, clock.instant());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("reason", reason);
            fields.put("schemeVersion", scheme.version());
            fields.put("entities", e);
            fields.put("written", w);
            fields.put("gradesChanged", c);
            events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "credit_risk_run", runId,
                    "信用风险分类全量重算：" + e + "个主体，" + c + "个等级变化", fields));
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Credit-risk grades recomputed ({}): {} entities, {} rows written, {} grades changed, {} ms",
                reason, e, w, c, millis);
        return new RunResult(runId, e, w, c, millis);
    }

    /**
     * Queues a full computation in the background (CREDIT_SETTINGS over every region): for an administrator after
     * correcting data, and for the benchmark. Its progress is in the last run ({@link #overview}).
     */
    public void requestFullRun(Actor actor) {
        actor.require(Permission.CREDIT_SETTINGS);
        requireAll(actor, Permission.CREDIT_SETTINGS);
        events.publishEvent(new FullRunRequested("MANUAL"));
    }

    /** Recomputes one entity (a fact arrived, its data changed); empty when the entity does not exist. */
    @Transactional
    public Optional<GradeRecord> recompute(Actor actor, long entityId, String reason) {
        actor.require(Permission.CREDIT_VIEW);
        String path = store.entityRegionPath(entityId).orElse(null);
        if (path != null && !actor.scopeFor(Permission.CREDIT_VIEW).coversArea(path)) {
            throw new NotFoundProblem("entity", entityId);
        }
        RiskScheme scheme = store.currentScheme();
        computeInTransaction(entityId, entityId + 1, scheme, LocalDate.now(clock), reason);
        return store.current(entityId).map(c -> explained(c.grade(), Locale.SIMPLIFIED_CHINESE));
    }

    private GradeRangeResult computeInTransaction(long lo, long hi, RiskScheme scheme, LocalDate today,
            String reason) {
        store.lock();
        GradeRangeResult r = store.computeRange(lo, hi, scheme, today, clock.instant(), reason);
        for (GradeChange c : r.changes()) {
            // a first grade A is nothing to announce; nor is any first grade of the first run (START), which grades
            // the population as it already is: on a province's first start it would be some 10^5 "falls" to C or D
            // on the warnings board (credit.alerts) that nothing caused
            if (c.previous() == null && ("A".equals(c.grade()) || "START".equals(reason))) {
                continue;
            }
            events.publishEvent(new RiskGradeChanged(c.entityId(), c.previous(), c.grade(),
                    explanations.explain(c.grade(), c.score(), c.counts(), scheme, EVENT_LOCALE)));
        }
        return r;
    }

    // ---- reading

    /** The entity's current grade and history, explained; 404 when the entity is outside the reader's scope. */
    @Transactional(readOnly = true)
    public EntityGrades entity(Actor actor, long entityId, Locale locale) {
        DataScope scope = actor.require(Permission.CREDIT_VIEW);
        Optional<CurrentGrade> current = store.current(entityId);
        String path = current.map(CurrentGrade::regionPath)
                .or(() -> store.entityRegionPath(entityId)).orElse(null);
        if (path == null || !scope.coversArea(path)) {
            throw new NotFoundProblem("entity", entityId);
        }
        String name = store.entityName(entityId).orElse(null);
        List<GradeRecord> history = new ArrayList<>();
        for (GradeRecord h : store.history(entityId)) {
            history.add(explained(h, locale));
        }
        return new EntityGrades(entityId, name, current.map(c -> explained(c.grade(), locale)).orElse(null), history);
    }

    /** The distribution and a page of graded entities in the reader's scope. */
    @Transactional(readOnly = true)
    public GradeOverview overview(Actor actor, String region, String grade, String q, int page, int size) {
        DataScope scope = actor.require(Permission.CREDIT_VIEW);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String g = grade == null || grade.isBlank() ? null : grade.strip().toUpperCase(Locale.ROOT);
        if (g != null && !GRADES.contains(g)) {
            problems.add("grade", "credit.grades.error.grade", grade.strip());
        }
        String code = region == null || region.isBlank() ? null : region.strip();
        String path = null;
        if (code != null) {
            path = code.matches("\\d{6}") ? store.regionPath(code).orElse(null) : null;
            if (path == null) {
                problems.add("region", "credit.grades.error.region", code);
            }
        }
        problems.throwIfAny();
        String text = q == null || q.isBlank() ? null : q.strip();
        SqlPredicate visible = scope.regionOwned("g.region_path");
        Map<String, Long> distribution = store.distribution(visible, path, text);
        List<GradeRow> rows = store.page(visible, path, g, text, page, size);
        long total = store.count(visible, path, g, text);
        GradeOverview.LastRun last = store.lastFinishedRun().map(r -> new GradeOverview.LastRun(r.reason(),
                r.schemeVersion(), r.computedOn(), r.finishedAt(), r.entities(), r.changed())).orElse(null);
        return new GradeOverview(distribution, rows, total, page, size, last);
    }

    /** The places of the graded entities the reader sees (code, name), for the list's filter. */
    @Transactional(readOnly = true)
    public List<String[]> regions(Actor actor) {
        return store.regions(actor.require(Permission.CREDIT_VIEW).regionOwned("g.region_path"));
    }

    // ---- the scheme

    @Transactional(readOnly = true)
    public RiskScheme scheme(Actor actor) {
        actor.require(Permission.CREDIT_VIEW);
        return store.currentScheme();
    }

    @Transactional(readOnly = true)
    public List<RiskScheme> schemes(Actor actor) {
        actor.require(Permission.CREDIT_VIEW);
        return store.schemes();
    }

    /** Whether the actor may save a new scheme version (the form is shown only then). */
    public boolean canEditScheme(Actor actor) {
        return actor.can(Permission.CREDIT_SETTINGS) && actor.scopeFor(Permission.CREDIT_SETTINGS).all();
    }

    /**
     * Saves the draft as the next version (422 naming each wrong field, or {@code version} when someone saved a
     * newer one since {@code basedOn}); audited. The grades follow at the next full computation, which the caller
     * (the page, the API) asks for right away.
     */
    @Transactional
    public RiskScheme saveScheme(Actor actor, RiskSchemeDraft draft) {
        actor.require(Permission.CREDIT_SETTINGS);
        requireAll(actor, Permission.CREDIT_SETTINGS);
        RiskScheme current = store.currentScheme();
        if (draft.basedOn() != null && draft.basedOn() != current.version()) {
            throw new InvalidInput("version", "credit.grades.error.stale", draft.basedOn(), current.version());
        }
        RiskScheme s = draft.validate(current.version() + 1, actor.username());
        Instant now = clock.instant();
        if (!store.insertScheme(s, now)) {
            throw new InvalidInput("version", "credit.grades.error.stale", current.version(), current.version() + 1);
        }
        RiskScheme saved = store.scheme(s.version()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "credit_risk_scheme", saved.version(),
                "信用风险分类方案第" + saved.version() + "版", saved.fields()));
        events.publishEvent(new RiskSchemeSaved(saved.version()));
        return saved;
    }

    private GradeRecord explained(GradeRecord r, Locale locale) {
        RiskScheme s = schemes.computeIfAbsent(r.schemeVersion(), v -> store.scheme(v).orElseThrow());
        return new GradeRecord(r.entityId(), r.grade(), r.previous(), r.score(), r.schemeVersion(), r.counts(),
                r.reason(), r.computedOn(), r.computedAt(), explanations.explain(r.grade(), r.score(), r.counts(), s,
                        locale));
    }

    private static void requireAll(Actor actor, Permission permission) {
        if (!actor.scopeFor(permission).all()) {
            throw new AccessDeniedProblem(permission + " over every region is needed: the scheme grades every entity");
        }
    }

    /** For the jobs: whether a full computation ever finished. */
    @Transactional(readOnly = true)
    boolean everComputed() {
        return store.lastFinishedRun().isPresent();
    }
}
