package org.shuangda.sampling;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shuangda.inspections.draw.DrawMath;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-test laboratory drawn at random from the published list (食品安全抽样检验管理办法 art.32; 产品质量监督抽查管理暂行办法
 * 第五章), with the inspections module's draw arithmetic ({@link DrawMath}): the pool is every active, published lab
 * whose scope has the sample's kind, minus the first lab and any lab tied to the applicant; its SM3 hash is fixed
 * before the entropy (20 to 64 digits drawn in public, who and where noted) makes the seed; the lab with the smallest
 * SM3(seed | id) is chosen. Never {@code Random}. Each draw is kept and audited; {@link #verify} recomputes one.
 */
@Service
public class RetestDraws {

    private final RetestDrawStore store;
    private final Laboratories labs;
    private final SampleAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetestDraws(RetestDrawStore store, Laboratories labs, SampleAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.labs = labs;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The pool for the sample's re-test: eligible lab ids ascending, and every other lab with the reason. */
    record Pool(long[] ids, Map<Long, String> excluded) {
    }

    Pool pool(Sample s) {
        Map<Long, String> excluded = new TreeMap<>();
        List<Long> eligible = new java.util.ArrayList<>();
        for (Laboratory l : labs.all()) {
            String why = l.id() == s.labId() ? "FIRST_LAB"
                    : !l.active() ? "INACTIVE"
                    : !l.published() ? "NOT_PUBLISHED"
                    : !l.kinds().contains(s.kind()) ? "SCOPE"
                    : l.tiedTo(s.retest().applicantUscc()) ? "TIED"
                    : null;
            if (why == null) {
                eligible.add(l.id());
            } else {
                excluded.put(l.id(), why);
            }
        }
        return new Pool(eligible.stream().mapToLong(Long::longValue).sorted().toArray(), excluded);
    }

    /** Draws the lab for {@code s} (its step already checked by the caller); 422 on bad entropy or an empty pool. */
    RetestDraw draw(Actor actor, Sample s, String entropyInput, String sourceInput) {
        String entropy = entropyInput == null ? "" : entropyInput.replaceAll("[\\s\\-,，]", "");
        String source = sourceInput == null ? "" : sourceInput.strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!entropy.matches("[0-9]{20,64}")) {
            problems.add("entropy", "sampling.invalid.entropy", entropy.length());
        }
        if (source.length() < 2 || source.length() > 200) {
            problems.add("entropySource", "sampling.invalid.entropySource");
        }
        problems.throwIfAny();
        Pool pool = pool(s);
        if (pool.ids().length == 0) {
            throw new SampleRefused("retestLabId", "sampling.refused.noRetestLab");
        }
        String poolHash = DrawMath.idsHash(pool.ids());
        String seed = DrawMath.seed(poolHash, s.id(), entropy);
        DrawMath.Pick chosen = DrawMath.pick(seed, pool.ids(), 1).get(0);
        long id = store.insert(s.id(), pool.ids(), pool.excluded(), poolHash, entropy, source, seed, chosen.id(),
                chosen.key(), actor.username(), clock.instant());
        RetestDraw draw = store.find(id).orElseThrow();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sampleId", s.id());
        f.put("poolHash", poolHash);
        f.put("pool", draw.poolIds());
        f.put("excluded", pool.excluded());
        f.put("entropy", entropy);
        f.put("entropySource", source);
        f.put("seed", seed);
        f.put("chosenLabId", chosen.id());
        events.publishEvent(AuditableChange.created(actor, "sampling_retest_draw", id,
                "随机确定复检机构 " + s.number() + " → " + draw.chosenLabName(), f));
        return draw;
    }

    @Transactional(readOnly = true)
    public List<RetestDraw> ofSample(Actor actor, long sampleId) {
        access.visible(actor, sampleId);
        return store.ofSample(sampleId);
    }

    /** Recomputes a draw from what it kept: the pool's hash, the seed and the lab chosen all agree. */
    @Transactional(readOnly = true)
    public boolean verify(Actor actor, long drawId) {
        RetestDraw d = store.find(drawId).orElseThrow(() -> new NotFoundProblem("sampling_retest_draw", drawId));
        access.visible(actor, d.sampleId());
        return verify(d);
    }

    static boolean verify(RetestDraw d) {
        long[] ids = d.poolIds().stream().mapToLong(Long::longValue).toArray();
        String hash = DrawMath.idsHash(ids);
        String seed = DrawMath.seed(hash, d.sampleId(), d.entropy());
        DrawMath.Pick chosen = DrawMath.pick(seed, ids, 1).get(0);
        return hash.equals(d.poolHash()) && seed.equals(d.seed()) && chosen.id() == d.chosenLabId()
                && chosen.key().equals(d.chosenKey()) && !d.excluded().containsKey(d.chosenLabId());
    }
}
