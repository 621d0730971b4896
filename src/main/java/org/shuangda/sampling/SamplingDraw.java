package org.shuangda.sampling;

import java.time.Instant;
import java.util.List;

/**
 * A draw of a plan's category (抽样对象和抽样人员随机抽取), append-only: the pool it was drawn from (frozen first, its
 * hash shown before the entropy), the public entropy with its source and who entered it, the seed = SM3(pool hash |
 * pool id | entropy) ({@code DrawMath.seed}), the targets (the {@code targetCount} entities with the smallest
 * SM3(seed | id), {@code DrawMath.pick}) and each target's samplers (the officers with the smallest SM3(seed | I |
 * entity id | officer id), the inspections draw's rule for inspectors), the result's SM3 hash. {@code seq} counts the
 * draws of the category: above 1 it is a redraw, with its reason. {@code current}: the latest of its category, the one
 * samples answer. Anyone can recompute it from these ({@link SamplingDraws#verify}).
 */
public record SamplingDraw(long id, long poolId, long planId, String category, int seq, SamplingStage stage,
        String entityType, String industry, int poolSize, String poolHash, List<Long> officerIds, String officerHash,
        int samplersPerTarget, String entropy, String entropySource, String entropyBy, String seed, String resultHash,
        String reason, String drawnBy, Instant drawnAt, boolean current, List<Target> targets) {

    /** One entity drawn, its key, its samplers, and the sample recorded for it under this draw (null: none yet). */
    public record Target(int rank, long entityId, String entityName, String uscc, String key, List<Sampler> samplers,
            Long sampleId, String sampleNumber) {

        public Target {
            samplers = List.copyOf(samplers);
        }

        public List<Long> samplerIds() {
            return samplers.stream().map(Sampler::officerId).toList();
        }
    }

    /** One sampler of a target, in draw order, with the key that chose them. */
    public record Sampler(long officerId, String name, String key) {
    }

    public SamplingDraw {
        officerIds = List.copyOf(officerIds);
        targets = List.copyOf(targets);
    }

    /** How many draws of the category came before this one. */
    public int redraws() {
        return seq - 1;
    }

    public java.util.Optional<Target> target(long entityId) {
        return targets.stream().filter(t -> t.entityId() == entityId).findFirst();
    }
}
