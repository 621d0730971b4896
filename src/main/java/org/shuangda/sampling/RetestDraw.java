package org.shuangda.sampling;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The draw of a re-test's laboratory, kept like inspections' draws (append-only): the pool of eligible labs (ids
 * ascending), every lab left out and why ({@code FIRST_LAB}, {@code TIED}: tied to the applicant, {@code SCOPE}: the
 * kind not in its scope, {@code NOT_PUBLISHED}, {@code INACTIVE}), the pool's SM3 hash, the public entropy and where
 * it came from, the seed = SM3(pool hash | sample id | entropy), and the lab with the smallest SM3(seed | lab id).
 * Anyone can recompute it from these ({@link RetestDraws#verify}).
 */
public record RetestDraw(long id, long sampleId, int seq, List<Long> poolIds, Map<Long, String> excluded,
        String poolHash, String entropy, String entropySource, String seed, long chosenLabId, String chosenLabName,
        String chosenKey, String drawnBy, Instant drawnAt) {

    public RetestDraw {
        poolIds = List.copyOf(poolIds);
        excluded = Map.copyOf(excluded);
    }
}
