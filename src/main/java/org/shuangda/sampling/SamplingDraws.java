package org.shuangda.sampling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.entities.EntityType;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.draw.DrawMath;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.MultiLine;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets and samplers of a plan drawn at random (抽样对象、抽样人员随机抽取; 食品安全抽样检验管理办法 art.11 for the two
 * samplers), by the same rule as the inspections draw and the re-test laboratory's ({@link DrawMath}), in two steps:
 * <ol>
 * <li>{@link #freeze}: the pool of one category of the plan is frozen and its SM3 hash recorded and shown before any
 * entropy is known: the market entities of the plan's region ({@code pub_entity_grading}), of the stage's industry
 * section ({@link #STAGE_INDUSTRY}) and the entity type when asked, ids ascending, hashed with
 * {@link DrawMath#idsHash}; the samplers are the enabled officers of the plan's unit holding SAMPLING_HANDLE (identity's
 * {@link Officers}, the same people the sample form offers), hashed the same way; the number of targets (the
 * category's batches, at most the pool, or a number typed) and of samplers per target (the plan's, at least 2);</li>
 * <li>{@link #draw}: public entropy of 20 to 64 digits with its source, entered by the operator, gives
 * seed = {@link DrawMath#seed}(pool hash, pool id, entropy); the targets are the entities with the smallest
 * SM3(seed | id) ({@link DrawMath#pick}); each target's samplers the officers with the smallest
 * SM3(seed | I | entity id | officer id), the inspections draw's rule for inspectors ({@code pick} with the prefix
 * {@code seed|I|entityId}); the result hash is SM3 of {@code "T,<entityId>\n"} per target then
 * {@code "S,<entityId>,<officerId>\n"} per sampler in draw order.</li>
 * </ol>
 * Each pool is drawn at most once; a second draw of the same category is a redraw and needs a reason (recorded, its
 * count shown). Everything is append-only and audited; {@link #verify} recomputes a draw from what it kept. A sample
 * of a target of the category's current draw takes that draw's samplers ({@link #drawnFor}). Read with SAMPLING_VIEW
 * over the plan, written with SAMPLING_HANDLE over the plan's unit; a plan out of reach answers 404.
 */
@Service
public class SamplingDraws {

    /** The industry section (GB/T 4754-2017) a stage's pool is taken from: 制造业, 批发和零售业, 住宿和餐饮业. */
    static final Map<SamplingStage, String> STAGE_INDUSTRY = Map.of(SamplingStage.PRODUCTION, "C",
            SamplingStage.CIRCULATION, "F", SamplingStage.CATERING, "H", SamplingStage.ONLINE, "F");
    static final int MAX_SAMPLERS = 10;

    /** What the officer asks to freeze: the category, optionally the stage, entity type, targets and samplers. */
    public record PoolForm(String category, String stage, String entityType, Integer count,
            Integer samplersPerTarget) {
    }

    /** The draw of a frozen pool: the public entropy, where it came from, and a redraw's reason. */
    public record DrawForm(Long poolId, String entropy, String entropySource, @MultiLine String reason) {
    }

    private final SamplingDrawStore store;
    private final SamplingPlans plans;
    private final Officers officers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SamplingDraws(SamplingDrawStore store, SamplingPlans plans, Officers officers, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.plans = plans;
        this.officers = officers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SamplingDraw> list(Actor actor, long planId) {
        plans.get(actor, planId);
        return store.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    public SamplingDraw get(Actor actor, long planId, long drawId) {
        plans.get(actor, planId);
        return store.find(drawId).filter(d -> d.planId() == planId)
                .orElseThrow(() -> new NotFoundProblem("sampling_draw", drawId));
    }

    /** The plan's pools frozen and waiting for their entropy, newest first. */
    @Transactional(readOnly = true)
    public List<SamplingDrawPool> pending(Actor actor, long planId) {
        plans.get(actor, planId);
        return store.pendingPools(planId);
    }

    @Transactional(readOnly = true)
    public SamplingDrawPool pool(Actor actor, long planId, long poolId) {
        plans.get(actor, planId);
        return store.pool(poolId).filter(p -> p.planId() == planId)
                .orElseThrow(() -> new NotFoundProblem("sampling_draw_pool", poolId));
    }

    /** The samplers a draw of the plan may choose: enabled officers of its unit holding SAMPLING_HANDLE, ascending. */
    long[] samplerPool(SamplingPlan plan) {
        return officers.ofUnit(plan.unitId()).stream()
                .filter(o -> o.enabled() && o.holds(Permission.SAMPLING_HANDLE) && o.unit().id() == plan.unitId())
                .mapToLong(Officer::id).sorted().distinct().toArray();
    }

    /** Freezes the pool of a category of the plan and records its hash; 422 with the field, nothing written. */
    @Transactional
    public SamplingDrawPool freeze(Actor actor, long planId, PoolForm form) {
        SamplingPlan plan = plans.handled(actor, planId);
        PoolForm f = form == null ? new PoolForm(null, null, null, null, null) : form;
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String category = f.category() == null ? null : f.category().strip();
        SamplingPlan.Category cat = category == null ? null : plan.category(category).orElse(null);
        if (cat == null) {
            problems.add("category", "sampling.invalid.category");
        }
        SamplingStage stage = null;
        if (!Samples.blank(f.stage())) {
            stage = Samples.enumOf(SamplingStage.class, f.stage().strip());
            if (stage == null || !plan.stages().contains(stage)) {
                problems.add("stage", "sampling.invalid.sampleStage");
            }
        }
        String type = null;
        if (!Samples.blank(f.entityType())) {
            type = Samples.enumOf(EntityType.class, f.entityType().strip()) == null ? null : f.entityType().strip();
            if (type == null) {
                problems.add("entityType", "sampling.draw.invalid.entityType");
            }
        }
        int per = f.samplersPerTarget() == null ? plan.samplersPerSample() : f.samplersPerTarget();
        if (per < plan.samplersPerSample() || per > MAX_SAMPLERS) {
            problems.add("samplersPerTarget", "sampling.draw.invalid.samplersPerTarget", plan.samplersPerSample(),
                    MAX_SAMPLERS);
        }
        if (f.count() != null && f.count() < 1) {
            problems.add("count", "sampling.draw.invalid.count");
        }
        problems.throwIfAny();
        long[] samplers = samplerPool(plan);
        if (samplers.length == 0) {
            problems.add("samplers", "sampling.draw.invalid.noSamplers", plan.unitName());
        } else if (samplers.length < per) {
            problems.add("samplers", "sampling.draw.invalid.fewSamplers", samplers.length, per);
        }
        String industry = stage == null ? null : STAGE_INDUSTRY.get(stage);
        long[] ids = store.candidates(plan.regionPath(), type, industry);
        if (ids.length == 0) {
            problems.add("pool", "sampling.draw.invalid.emptyPool");
        }
        int count = f.count() != null ? f.count() : Math.min(cat.batches(), ids.length);
        if (ids.length > 0 && count > ids.length) {
            problems.add("count", "sampling.draw.invalid.countOverPool", count, ids.length);
        }
        problems.throwIfAny();
        String poolHash = DrawMath.idsHash(ids);
        String officerHash = DrawMath.idsHash(samplers);
        long id = store.insertPool(new SamplingDrawStore.NewPool(planId, cat.name(), stage, type, industry, count, per,
                ids, poolHash, samplers, officerHash), actor.username(), clock.instant());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("planId", planId);
        fields.put("category", cat.name());
        fields.put("stage", stage == null ? null : stage.name());
        fields.put("entityType", type);
        fields.put("industry", industry);
        fields.put("size", ids.length);
        fields.put("poolHash", poolHash);
        fields.put("officers", java.util.Arrays.stream(samplers).boxed().toList());
        fields.put("officerHash", officerHash);
        fields.put("targets", count);
        fields.put("samplersPerTarget", per);
        events.publishEvent(AuditableChange.of(actor, AuditAction.CREATE, "sampling_draw_pool", id,
                "冻结抽样对象名录 " + plan.title() + " · " + cat.name() + " " + poolHash, fields));
        return store.pool(id).orElseThrow();
    }

    /** Draws a frozen pool with public entropy; a redraw of the category needs a reason. 422: nothing written. */
    @Transactional
    public SamplingDraw draw(Actor actor, long planId, DrawForm form) {
        SamplingPlan plan = plans.handled(actor, planId);
        DrawForm f = form == null ? new DrawForm(null, null, null, null) : form;
        String entropy = f.entropy() == null ? "" : f.entropy().replaceAll("[\\s\\-,，]", "");
        String source = f.entropySource() == null ? "" : f.entropySource().strip();
        String reason = Samples.blank(f.reason()) ? null : f.reason().strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!entropy.matches("[0-9]{20,64}")) {
            problems.add("entropy", "sampling.invalid.entropy", entropy.length());
        }
        if (source.length() < 2 || source.length() > 200) {
            problems.add("entropySource", "sampling.invalid.entropySource");
        }
        SamplingDrawPool pool = f.poolId() == null ? null
                : store.pool(f.poolId()).filter(p -> p.planId() == planId).orElse(null);
        if (pool == null) {
            problems.add("poolId", "sampling.draw.invalid.pool");
        } else if (pool.drawn()) {
            problems.add("poolId", "sampling.draw.invalid.poolUsed");
        }
        int seq = 1;
        if (pool != null) {
            store.lockPlan(planId);
            seq = store.nextSeq(planId, pool.category());
        }
        if (seq > 1 && reason == null) {
            problems.add("reason", "sampling.draw.invalid.redrawReason", seq - 1);
        } else if (reason != null && (reason.length() < 2 || reason.length() > 500)) {
            problems.add("reason", "sampling.draw.invalid.reasonLength");
        }
        problems.throwIfAny();
        Outcome o = compute(pool.id(), longs(pool.entityIds()), pool.poolHash(), longs(pool.officerIds()),
                pool.targetCount(), pool.samplersPerTarget(), entropy);
        String entropyBy = actor.displayName() + "（" + actor.username() + "）";
        long id = store.insertDraw(new SamplingDrawStore.NewDraw(pool.id(), planId, pool.category(), seq, entropy,
                source, entropyBy, o.seed(), o.resultHash(), seq == 1 ? null : reason, o.targets(), o.samplers()),
                actor.username(), clock.instant());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("planId", planId);
        fields.put("category", pool.category());
        fields.put("seq", seq);
        fields.put("poolId", pool.id());
        fields.put("poolHash", pool.poolHash());
        fields.put("officerHash", pool.officerHash());
        fields.put("entropy", entropy);
        fields.put("entropySource", source);
        fields.put("seed", o.seed());
        fields.put("resultHash", o.resultHash());
        fields.put("targets", o.targets().stream().map(DrawMath.Pick::id).toList());
        fields.put("reason", seq == 1 ? null : reason);
        events.publishEvent(AuditableChange.created(actor, "sampling_draw", id,
                (seq == 1 ? "随机抽取抽样对象和抽样人员 " : "重新抽取（第" + (seq - 1) + "次） ") + plan.title() + " · "
                        + pool.category(), fields));
        return store.find(id).orElseThrow();
    }

    /** A draw's result from its inputs: the seed, the targets in order, each target's samplers, the result hash. */
    record Outcome(String seed, List<DrawMath.Pick> targets, Map<Long, List<DrawMath.Pick>> samplers,
            String resultHash) {
    }

    static Outcome compute(long poolId, long[] entityIds, String poolHash, long[] officerIds, int count,
            int perTarget, String entropy) {
        String seed = DrawMath.seed(poolHash, poolId, entropy);
        List<DrawMath.Pick> targets = DrawMath.pick(seed, entityIds, count);
        Map<Long, List<DrawMath.Pick>> samplers = new LinkedHashMap<>();
        for (DrawMath.Pick t : targets) {
            samplers.put(t.id(), DrawMath.pick(seed + "|I|" + t.id(), officerIds, perTarget));
        }
        StringBuilder canon = new StringBuilder();
        for (DrawMath.Pick t : targets) {
            canon.append("T,").append(t.id()).append('\n');
        }
        samplers.forEach((entity, picks) -> picks.forEach(
                p -> canon.append("S,").append(entity).append(',').append(p.id()).append('\n')));
        return new Outcome(seed, targets, samplers, DrawMath.textHash(canon.toString()));
    }

    /** Recomputes a draw from its frozen pool and entropy: hashes, seed, targets, samplers and result all agree. */
    @Transactional(readOnly = true)
    public boolean verify(Actor actor, long planId, long drawId) {
        SamplingDraw d = get(actor, planId, drawId);
        return verify(d, store.pool(d.poolId()).orElseThrow());
    }

    static boolean verify(SamplingDraw d, SamplingDrawPool p) {
        long[] ids = longs(p.entityIds());
        long[] samplers = longs(p.officerIds());
        if (!DrawMath.idsHash(ids).equals(p.poolHash()) || !p.poolHash().equals(d.poolHash())
                || !DrawMath.idsHash(samplers).equals(p.officerHash()) || !p.officerHash().equals(d.officerHash())) {
            return false;
        }
        Outcome o = compute(p.id(), ids, p.poolHash(), samplers, p.targetCount(), p.samplersPerTarget(), d.entropy());
        if (!o.seed().equals(d.seed()) || !o.resultHash().equals(d.resultHash())
                || o.targets().size() != d.targets().size()) {
            return false;
        }
        for (int i = 0; i < o.targets().size(); i++) {
            DrawMath.Pick want = o.targets().get(i);
            SamplingDraw.Target got = d.targets().get(i);
            List<DrawMath.Pick> picks = o.samplers().get(want.id());
            if (want.id() != got.entityId() || want.rank() != got.rank() || !want.key().equals(got.key())
                    || !picks.stream().map(DrawMath.Pick::id).toList().equals(got.samplerIds())
                    || !picks.stream().map(DrawMath.Pick::key).toList()
                            .equals(got.samplers().stream().map(SamplingDraw.Sampler::key).toList())) {
                return false;
            }
        }
        return true;
    }

    /** A target of a current draw: the draw a sample of the entity answers, and that target with its samplers. */
    record Drawn(SamplingDraw draw, SamplingDraw.Target target) {
    }

    /**
     * The current draw (the latest of its category) of the plan in which the entity is a target, the sample's
     * category preferred; empty for an entity no current draw chose (the sample's samplers are then typed).
     */
    Optional<Drawn> drawnFor(long planId, String category, long entityId) {
        return store.currentWithTarget(planId, category, entityId)
                .flatMap(d -> d.target(entityId).map(t -> new Drawn(d, t)));
    }

    /** For the sample form: the drawn target offered to a sample (the draw must be of the plan and current). */
    @Transactional(readOnly = true)
    public Optional<SamplingDraw.Target> offered(long planId, String category, Long entityId) {
        return entityId == null ? Optional.empty() : drawnFor(planId, category, entityId).map(Drawn::target);
    }

    /** The current draw's category and stage for a drawn target (the sample form's pre-fill). */
    @Transactional(readOnly = true)
    public Optional<SamplingDraw> currentDrawOf(long planId, long drawId, long entityId) {
        return store.find(drawId).filter(d -> d.planId() == planId && d.current() && d.target(entityId).isPresent());
    }

    void linkSample(long sampleId, Drawn drawn) {
        store.linkSample(sampleId, drawn.draw().id(), drawn.target().entityId());
    }

    static long[] longs(List<Long> ids) {
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    /** The page's lists of a plan: its draws (by category, newest first) and the pools waiting for entropy. */
    public record PlanDraws(List<SamplingDraw> draws, List<SamplingDrawPool> pending) {
    }

    @Transactional(readOnly = true)
    public PlanDraws ofPlan(Actor actor, long planId) {
        plans.get(actor, planId);
        return new PlanDraws(new ArrayList<>(store.ofPlan(planId)), store.pendingPools(planId));
    }
}
