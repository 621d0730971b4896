package org.shuangda.inspections.draw;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.platform.Settings;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.EnforcementHistory;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draw (摇号): {@link #prepare} freezes the candidate pool and the inspector pool and records the pool's SM3
 * hash before anything is drawn; {@link #draw} takes public entropy (≥ 20 digits, who entered it, where it came
 * from), computes targets and inspectors with {@link DrawMath} after 回避 and keeps an append-only record; a redraw
 * is a new record that needs a reason ({@link #requestRedraw}) and the upper level's approval
 * ({@link #approveRedraw}). A draw that would leave a target with fewer than two inspectors is refused, naming the
 * targets. Written with INSPECTION_HANDLE over the task; every step audited.
 */
@Service
public class Draws {

    /** 企业公示信息抽查办法 art.9: at least two inspectors on site. */
    public static final String INSPECTORS_SETTING = "inspections.inspectors-per-target";
    static final int MIN_INSPECTORS = 2;
    /** 回避: a case of the entity handled within this many years. */
    static final int CASE_YEARS = 3;

    private final InspectionTasks tasks;
    private final Plans plans;
    private final PoolStore pools;
    private final DrawStore store;
    private final Officers officers;
    private final ObjectProvider<EnforcementHistory> history;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Inspectors inspectors;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Draws.class);

    Draws(InspectionTasks tasks, Plans plans, PoolStore pools, DrawStore store, Officers officers,
            ObjectProvider<EnforcementHistory> history, Settings settings, ApplicationEventPublisher events,
            Clock clock, Inspectors inspectors) {
        this.tasks = tasks;
        this.inspectors = inspectors;
        this.plans = plans;
        this.pools = pools;
        this.store = store;
        this.officers = officers;
        this.history = history;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public int inspectorsPerTarget() {
        return settings.get(INSPECTORS_SETTING).map(s -> {
            try {
                return Math.max(MIN_INSPECTORS, Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                return MIN_INSPECTORS;
            }
        }).orElse(MIN_INSPECTORS);
    }

    /** Freezes the pools of a task in DRAFT and records the pool hash; 422 on an empty pool. */
    @Transactional
    public FrozenPool prepare(Actor actor, long taskId) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        Task task = tasks.visible(scope, taskId);
        if (task.state() != TaskState.DRAFT) {
            throw new InvalidInput("state", "inspection.error.alreadyPrepared");
        }
        long t0 = System.nanoTime();
        LocalDateTime since = LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE)).minusYears(1);
        PoolStore.Candidates candidates = pools.candidates(taskId, task.filterRegionPath(), task.filterEntityType(),
                task.filterMarketId(), task.filterListed(), task.filterIndustry(), since);
        boolean override = task.repeatOverrideReason() != null;
        long[] ids = new long[candidates.size()];
        StringBuilder grades = new StringBuilder(candidates.size());
        int[] perGrade = new int[4];
        int n = 0;
        int repeated = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.repeated(i) && !override) {
                repeated++;
                continue;
            }
            ids[n++] = candidates.id(i);
            char grade = candidates.grade(i);
            grades.append(grade);
            perGrade[DrawMath.GRADES.indexOf(grade)]++;
        }
        if (n == 0) {
            throw new InvalidInput("pool", "inspection.error.emptyPool", repeated);
        }
        ids = java.util.Arrays.copyOf(ids, n);
        long t1 = System.nanoTime();
        String hash = DrawMath.poolHash(ids, grades.toString());
        long t2 = System.nanoTime();
        Instant now = clock.instant();
        FrozenPool pool = new FrozenPool(taskId, ids, grades.toString(), perGrade, repeated, hash,
                inspectorPool(task), actor.username(), now);
        pools.freeze(pool);
        if (log.isInfoEnabled() && n >= 100_000) { // where a large freeze's time goes (bench/inspections)
            log.info("Pool of task {} frozen: {} entities; ms: query {}, hash {}, written {}", taskId, n, ms(t0, t1),
                    ms(t1, t2), ms(t2, System.nanoTime()));
        }
        if (!tasks.move(taskId, TaskState.DRAFT, TaskState.PREPARED)) {
            throw new InvalidInput("state", "inspection.error.alreadyPrepared");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("poolHash", hash);
        f.put("size", n);
        f.put("perGrade", List.of(perGrade[0], perGrade[1], perGrade[2], perGrade[3]));
        f.put("repeatExcluded", repeated);
        f.put("inspectors", pool.inspectorIds().length);
        events.publishEvent(AuditableChange.of(actor, AuditAction.CREATE, "inspection_pool", taskId,
                "冻结抽查对象名录 " + hash, f));
        return pool;
    }

    /**
     * The enforcement officers (INSPECTION_HANDLE) of the plan's units, lead and participating, ids ascending;
     * without those whose enforcement certificate ran out ({@link Inspectors#lapsed}).
     */
    private long[] inspectorPool(Task task) {
        Plan plan = plans.find(task.planId());
        Set<Long> units = new HashSet<>(plan.participatingUnitIds());
        units.add(plan.leadUnitId());
        String path = plan.regionPath();
        String trimmed = path.substring(0, path.length() - 1);
        String regionCode = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        // a joint plan's units may sit in other places of the same province: ask from the province down
        String searchCode = plan.joint() ? trimmed.split("/")[1] : regionCode;
        long[] pool = officers.holding(Permission.INSPECTION_HANDLE, searchCode).stream()
                .filter(o -> o.enabled() && units.contains(o.unit().id())).mapToLong(Officer::id).sorted()
                .distinct().toArray();
        Set<Long> lapsed = inspectors.lapsed(pool);
        return java.util.Arrays.stream(pool).filter(id -> !lapsed.contains(id)).toArray();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<FrozenPool> pool(Actor actor, long taskId) {
        tasks.get(actor, taskId);
        return pools.find(taskId);
    }

    /** The entropy typed at the draw: digits only (spaces and dashes dropped), 20 to 64 of them. */
    public record EntropyInput(String entropy, String source, Long redrawRequestId) {
    }

    /** Draws and records the result; the receipt counts the targets, {@link #get} reads them. */
    @Transactional
    public DrawReceipt draw(Actor actor, long taskId, EntropyInput input) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        Task task = tasks.visible(scope, taskId);
        String entropy = input.entropy() == null ? "" : input.entropy().replaceAll("[\\s\\-,，]", "");
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!entropy.matches("[0-9]{20,64}")) {
            problems.add("entropy", "inspection.error.entropy", entropy.length());
        }
        String source = input.source() == null ? "" : input.source().strip();
        if (source.length() < 2 || source.length() > 200) {
            problems.add("entropySource", "inspection.error.entropySource");
        }
        RedrawRequest redraw = null;
        if (task.state() == TaskState.DRAFT) {
            problems.add("state", "inspection.error.notPrepared");
        } else if (task.state() == TaskState.ENDED) {
            problems.add("state", "inspection.error.ended");
        } else if (task.state() == TaskState.DRAWN) {
            redraw = input.redrawRequestId() == null ? null
                    : store.redrawRequest(input.redrawRequestId()).filter(r -> r.taskId() == taskId).orElse(null);
            if (redraw == null) {
                problems.add("redrawRequestId", "inspection.error.redrawNeedsRequest");
            } else if (!redraw.approved()) {
                problems.add("redrawRequestId", "inspection.error.redrawNotApproved");
            } else if (redraw.used()) {
                problems.add("redrawRequestId", "inspection.error.redrawUsed");
            }
        }
        problems.throwIfAny();
        long t0 = System.nanoTime();
        FrozenPool pool = pools.find(taskId).orElseThrow(() -> new InvalidInput("state", "inspection.error.notPrepared"));
        int perTarget = inspectorsPerTarget();
        long t1 = System.nanoTime();
        String seed = DrawMath.seed(pool.poolHash(), taskId, entropy);
        List<DrawMath.Target> targets = DrawMath.targets(seed, pool.entityIds(), pool.grades(), task.ratios());
        long[] targetIds = targets.stream().mapToLong(DrawMath.Target::entityId).toArray();
        long t2 = System.nanoTime();
        Map<Long, Map<Long, String>> reasons = exclusions(taskId, targetIds, pool.inspectorIds());
        long t3 = System.nanoTime();
        Map<Long, Set<Long>> exclusions = new TreeMap<>();
        reasons.forEach((entity, byOfficer) -> exclusions.put(entity, new TreeSet<>(byOfficer.keySet())));
        DrawMath.Outcome outcome = DrawMath.draw(seed, targets, pool.inspectorIds(), exclusions, perTarget);
        long t4 = System.nanoTime();
        if (!outcome.lackingInspectors().isEmpty()) {
            throw new InvalidInput("inspectors", "inspection.error.lackingInspectors", perTarget,
                    outcome.lackingInspectors().size(), pools.names(outcome.lackingInspectors()));
        }
        int seq = store.nextSeq(taskId);
        if (redraw != null && !store.markUsed(redraw.id())) {
            throw new InvalidInput("redrawRequestId", "inspection.error.redrawUsed");
        }
        if (seq == 1 && !tasks.move(taskId, TaskState.PREPARED, TaskState.DRAWN)) {
            throw new InvalidInput("state", "inspection.error.notPrepared");
        }
        DrawInputs inputs = new DrawInputs(taskId, entropy, new long[0], "", task.ratios(), pool.inspectorIds(),
                exclusions, perTarget, pool.poolHash(), outcome.seed(), outcome.resultHash());
        String entropyBy = actor.displayName() + "（" + actor.username() + "）";
        Instant drawnAt = clock.instant();
        long drawId = store.insert(taskId, seq, pool.poolHash(), entropy, source, entropyBy, outcome,
                withReasons(inputs.toJson(), reasons), redraw == null ? null : redraw.id(), actor.username(), drawnAt);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("taskId", taskId);
        f.put("seq", seq);
        f.put("poolHash", pool.poolHash());
        f.put("entropy", entropy);
        f.put("entropySource", source);
        f.put("seed", outcome.seed());
        f.put("resultHash", outcome.resultHash());
        f.put("targets", targets.size());
        f.put("redrawRequestId", redraw == null ? null : redraw.id());
        events.publishEvent(AuditableChange.created(actor, "inspection_draw", drawId,
                (seq == 1 ? "摇号 " : "重新摇号（第" + (seq - 1) + "次） ") + task.title(), f));
        long t5 = System.nanoTime();
        Map<String, Integer> perGrade = new LinkedHashMap<>();
        for (char g : DrawMath.GRADES.toCharArray()) {
            perGrade.put(String.valueOf(g), (int) targets.stream().filter(t -> t.grade() == g).count());
        }
        if (log.isInfoEnabled() && targets.size() >= 10_000) { // where a large draw's time goes (bench/inspections)
            log.info("Draw {} of task {}: {} of {} entities, {} inspectors each; ms: pool read {}, keys {}, 回避 {}, "
                    + "inspectors {}, written {}", drawId, taskId, targets.size(), pool.entityIds().length, perTarget,
                    ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5));
        }
        return new DrawReceipt(drawId, taskId, seq, pool.poolHash(), entropy, source, entropyBy, outcome.seed(),
                outcome.resultHash(), redraw == null ? null : redraw.id(), actor.username(), drawnAt, targets.size(),
                perGrade, perTarget, "/api/v1/inspections/draws/" + drawId);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Officer exclusions of each target (回避) with the reason kind; only officers of the pool matter. */
    private Map<Long, Map<Long, String>> exclusions(long taskId, long[] targetIds, long[] inspectorPool) {
        Set<Long> pool = new HashSet<>();
        for (long o : inspectorPool) {
            pool.add(o);
        }
        Map<Long, Map<Long, String>> out = new HashMap<>();
        pools.declaredConflicts(targetIds).forEach((entity, byOfficer) -> byOfficer.forEach(
                (officer, kind) -> add(out, pool, entity, officer, kind)));
        List<Long> targets = new ArrayList<>();
        for (long t : targetIds) {
            targets.add(t);
        }
        LocalDate since = LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).minusYears(CASE_YEARS);
        EnforcementHistory cases = history.getIfAvailable();
        if (cases != null) {
            cases.handlersSince(targets, since).forEach((entity, handlers) -> handlers.forEach(
                    officer -> add(out, pool, entity, officer, "HANDLED_CASE")));
        }
        pools.previousInspectors(taskId, targetIds).forEach((entity, inspectors) -> inspectors.forEach(
                officer -> add(out, pool, entity, officer, "PREVIOUS_DRAW")));
        return out;
    }

    private static void add(Map<Long, Map<Long, String>> out, Set<Long> pool, long entity, long officer, String kind) {
        if (pool.contains(officer)) {
            out.computeIfAbsent(entity, k -> new TreeMap<>()).putIfAbsent(officer, kind);
        }
    }

    /** The verifier's inputs (pool ids and grades live in the frozen pool) plus the reason of each exclusion. */
    private static String withReasons(String json, Map<Long, Map<Long, String>> reasons) {
        StringBuilder r = new StringBuilder(",\n\"exclusionReasons\": {");
        boolean first = true;
        for (Map.Entry<Long, Map<Long, String>> e : new TreeMap<>(reasons).entrySet()) {
            r.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": {");
            first = false;
            boolean f2 = true;
            for (Map.Entry<Long, String> o : e.getValue().entrySet()) {
                r.append(f2 ? "" : ", ").append('"').append(o.getKey()).append("\": \"").append(o.getValue()).append('"');
                f2 = false;
            }
            r.append('}');
        }
        r.append('}');
        int end = json.lastIndexOf('}');
        return json.substring(0, end).stripTrailing() + r + "\n}\n";
    }

    @Transactional(readOnly = true)
    public List<Draw> draws(Actor actor, long taskId) {
        tasks.get(actor, taskId);
        return store.ofTask(taskId, true);
    }

    /** The task's draws, first to last, without their targets (the task page's history). */
    @Transactional(readOnly = true)
    public List<Draw> history(Actor actor, long taskId) {
        tasks.get(actor, taskId);
        return store.ofTask(taskId, false);
    }

    /** The draw with one page of its targets ({@link TargetPage#SIZE} each), and which page that is. */
    public record DrawPage(Draw draw, TargetPage page) {
    }

    @Transactional(readOnly = true)
    public DrawPage page(Actor actor, long drawId, int page) {
        Draw header = store.header(drawId).orElseThrow(() -> new NotFoundProblem("inspection_draw", drawId));
        try {
            tasks.get(actor, header.taskId());
        } catch (NotFoundProblem e) {
            throw new NotFoundProblem("inspection_draw", drawId);
        }
        TargetPage p = TargetPage.of(page, store.targetCount(drawId));
        return new DrawPage(store.findSlice(drawId, p.offset(), TargetPage.SIZE).orElseThrow(), p);
    }

    @Transactional(readOnly = true)
    public Draw get(Actor actor, long drawId) {
        Draw draw = store.find(drawId).orElseThrow(() -> new NotFoundProblem("inspection_draw", drawId));
        try {
            tasks.get(actor, draw.taskId());
        } catch (NotFoundProblem e) {
            throw new NotFoundProblem("inspection_draw", drawId);
        }
        return draw;
    }

    /** Asks for a redraw of a drawn task, with a reason (2 to 1000 characters). */
    @Transactional
    public RedrawRequest requestRedraw(Actor actor, long taskId, String reason) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        Task task = tasks.visible(scope, taskId);
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 2 || r.length() > 1000) {
            throw new InvalidInput("reason", "inspection.error.redrawReason");
        }
        if (task.state() != TaskState.DRAWN) {
            throw new InvalidInput("state", "inspection.error.redrawNotDrawn");
        }
        long id = store.insertRedrawRequest(taskId, r, actor.username(), clock.instant());
        events.publishEvent(AuditableChange.created(actor, "inspection_redraw_request", id, r,
                Map.of("taskId", taskId, "reason", r)));
        return store.redrawRequest(id).orElseThrow();
    }

    /**
     * The upper level approves a redraw: INSPECTION_SETTINGS over the task from a unit whose region lies above the
     * task's (the city for a county's task); the requester never approves his own.
     */
    @Transactional
    public RedrawRequest approveRedraw(Actor actor, long requestId) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        RedrawRequest request = store.redrawRequest(requestId)
                .orElseThrow(() -> new NotFoundProblem("inspection_redraw_request", requestId));
        Task task = tasks.visible(scope, request.taskId());
        if (!actor.isSystem()) {
            String own = actor.unitRegionPath();
            if (own == null || own.equals(task.regionPath()) || !task.regionPath().startsWith(own)) {
                throw new InvalidInput("approver", "inspection.error.redrawUpperLevel");
            }
            if (actor.username().equals(request.requestedBy())) {
                throw new InvalidInput("approver", "inspection.error.redrawOwnRequest");
            }
        }
        if (!store.approve(requestId, actor.username(), clock.instant())) {
            throw new InvalidInput("state", "inspection.error.redrawAlreadyDecided");
        }
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "inspection_redraw_request", requestId,
                "同意重新抽取", Map.of("approvedBy", actor.username())));
        return store.redrawRequest(requestId).orElseThrow();
    }

    /**
     * The redraw requests this actor may approve ({@link #approveRedraw}'s rule): INSPECTION_SETTINGS, tasks in
     * scope lying below the actor's region, asked by someone else. Empty for anyone else.
     */
    @Transactional(readOnly = true)
    public List<PendingRedraw> redrawsToApprove(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.INSPECTION_SETTINGS) || actor.unitRegionPath() == null) {
            return List.of();
        }
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        return store.pendingRedraws(scope.unitOwned("t.unit_path", "t.region_path"), actor.unitRegionPath(),
                actor.username());
    }

    @Transactional(readOnly = true)
    public List<RedrawRequest> redrawRequests(Actor actor, long taskId) {
        tasks.get(actor, taskId);
        return store.redrawRequests(taskId);
    }

    /** Declares a conflict (回避): the officer is never drawn for the entity. */
    @Transactional
    public void declareConflict(Actor actor, long officerId, long entityId, String kind, String note) {
        actor.require(Permission.INSPECTION_HANDLE);
        if (kind == null || !List.of("RELATIVE", "FORMER_EMPLOYMENT", "BUSINESS_TIE").contains(kind)) {
            throw new InvalidInput("kind", "inspection.error.conflictKind");
        }
        if (officers.find(officerId).isEmpty()) {
            throw new InvalidInput("officerId", "inspection.error.unknownOfficer");
        }
        pools.declareConflict(officerId, entityId, kind, note == null ? "" : note.strip(), actor.username(),
                clock.instant());
        events.publishEvent(AuditableChange.created(actor, "inspection_conflict", officerId + ":" + entityId,
                "回避申报 " + kind, Map.of("officerId", officerId, "entityId", entityId, "kind", kind)));
    }

    /** Names the officer in charge of the entity's daily supervision (网格/片区), who is never drawn for it. */
    @Transactional
    public void assignSupervisor(Actor actor, long entityId, long officerId) {
        actor.require(Permission.INSPECTION_SETTINGS);
        if (officers.find(officerId).isEmpty()) {
            throw new InvalidInput("officerId", "inspection.error.unknownOfficer");
        }
        pools.assignSupervisor(entityId, officerId, clock.instant());
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "inspection_supervisor", entityId,
                "日常监管责任人", Map.of("officerId", officerId)));
    }

    /** The task of a public draw (no scope: plans, tasks and draws are public). */
    Task tasksVisible(long taskId) {
        return tasks.visible(DataScope.everything(), taskId);
    }

    /** Everything the verifier needs for a draw (no actor: draws are public, 一公开). */
    @Transactional(readOnly = true)
    public DrawInputs inputs(long drawId) {
        Draw draw = store.find(drawId).orElseThrow(() -> new NotFoundProblem("inspection_draw", drawId));
        Task task = tasks.visible(DataScope.everything(), draw.taskId());
        FrozenPool pool = pools.find(draw.taskId()).orElseThrow();
        return new DrawInputs(draw.taskId(), draw.entropy(), pool.entityIds(), pool.grades(), task.ratios(),
                pool.inspectorIds(), store.exclusionsOf(drawId), store.perTargetOf(drawId), pool.poolHash(), draw.seed(),
                draw.resultHash());
    }
}
