package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The draw as a function: deterministic, sensitive to every digit, quotas and floors per grade, 回避 kept. */
class DrawMathTests {

    static final long[] IDS = new long[1000];
    static final String GRADES;
    static {
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = 5000 + i * 3L;
            // 700 A, 250 B, 45 C, 5 D
            g.append(i < 700 ? 'A' : i < 950 ? 'B' : i < 995 ? 'C' : 'D');
        }
        GRADES = g.toString();
    }
    static final int[] DEFAULT = {300, 500, 2000, 10000};
    static final long[] OFFICERS = {11, 12, 13, 14, 15};
    static final String ENTROPY = "12345678901234567890";

    @Test
    void sm3MatchesTheStandardsVectors() {
        assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(Sm3.hex("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void theSameInputsGiveTheSameDrawAndOneDigitChangesItCompletely() {
        String pool = DrawMath.poolHash(IDS, GRADES);
        var one = DrawMath.draw(pool, 7, ENTROPY, IDS, GRADES, DEFAULT, OFFICERS, Map.of(), 2);
        var again = DrawMath.draw(pool, 7, ENTROPY, IDS, GRADES, DEFAULT, OFFICERS, Map.of(), 2);
        assertThat(again).usingRecursiveComparison().isEqualTo(one);
        var other = DrawMath.draw(pool, 7, "12345678901234567891", IDS, GRADES, DEFAULT, OFFICERS, Map.of(), 2);
        assertThat(other.seed()).isNotEqualTo(one.seed());
        List<Long> a = one.targets().stream().filter(t -> t.grade() == 'A').map(DrawMath.Target::entityId).toList();
        List<Long> b = other.targets().stream().filter(t -> t.grade() == 'A').map(DrawMath.Target::entityId).toList();
        assertThat(a).hasSize(21);
        assertThat(b).hasSize(21);
        // "completely": at most a chance overlap (21 of 700 twice: expected < 1 in common)
        assertThat(a.stream().filter(b::contains).count()).isLessThanOrEqualTo(4);
        // another task id, another pool hash: other seeds
        assertThat(DrawMath.seed(pool, 8, ENTROPY)).isNotEqualTo(one.seed());
        assertThat(DrawMath.poolHash(IDS, GRADES.replaceFirst("A", "B"))).isNotEqualTo(pool);
    }

    @Test
    void quotasPerGradeWithAFloorOfOneAndAllOfD() {
        var out = DrawMath.draw(DrawMath.poolHash(IDS, GRADES), 7, ENTROPY, IDS, GRADES, DEFAULT, OFFICERS, Map.of(), 2);
        Map<Character, Long> perGrade = new HashMap<>();
        out.targets().forEach(t -> perGrade.merge(t.grade(), 1L, Long::sum));
        // ceil(700×3%) = 21, ceil(250×5%) = 13 (12.5), ceil(45×20%) = 9, 5×100% = 5
        assertThat(perGrade).containsEntry('A', 21L).containsEntry('B', 13L).containsEntry('C', 9L).containsEntry('D', 5L);
        assertThat(out.targets()).extracting(DrawMath.Target::entityId).doesNotHaveDuplicates();
        assertThat(DrawMath.quota(3, 300)).isEqualTo(1);
        assertThat(DrawMath.quota(0, 300)).isZero();
        assertThat(DrawMath.quota(10, 10000)).isEqualTo(10);
        // the targets of a grade are its smallest keys: no entity of the grade has a smaller key than the largest drawn
        String seed = out.seed();
        String maxA = out.targets().stream().filter(t -> t.grade() == 'A').map(DrawMath.Target::key).max(String::compareTo)
                .orElseThrow();
        long smaller = 0;
        for (int i = 0; i < 700; i++) {
            if (Sm3.hex(seed + "|" + IDS[i]).compareTo(maxA) <= 0) {
                smaller++;
            }
        }
        assertThat(smaller).isEqualTo(21);
    }

    @Test
    void excludedInspectorsAreNeverDrawnAndTooFewAreNamed() {
        String pool = DrawMath.poolHash(IDS, GRADES);
        var free = DrawMath.draw(pool, 7, ENTROPY, IDS, GRADES, DEFAULT, OFFICERS, Map.of(), 2);
        long target = free.targets().get(0).entityId();
        List<Long> first = free.inspectors().get(target);
        assertThat(first).hasSize(2).doesNotHaveDuplicates();
        var without = DrawMath.draw(pool, 7, ENTROPY, IDS, GRADES, DEFAULT, OFFICERS,
                Map.of(target, Set.copyOf(first)), 2);
        assertThat(without.inspectors().get(target)).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(without.lackingInspectors()).isEmpty();
        var lacking = DrawMath.draw(pool, 7, ENTROPY, IDS, GRADES, DEFAULT, OFFICERS,
                Map.of(target, Set.of(11L, 12L, 13L, 14L)), 2);
        assertThat(lacking.lackingInspectors()).containsExactly(target);
    }

    /**
     * A pool large enough to be hashed in slices on several cores gives exactly what the rule says: per grade, the
     * k smallest SM3(seed|id), ties by id — computed here the plain way, every key sorted.
     */
    @Test
    void aPoolHashedInSlicesGivesTheTargetsOfThePlainRule() {
        int n = 120_000;
        long[] ids = new long[n];
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ids[i] = 1_000_000 + i * 7L;
            g.append("ABCD".charAt(i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : i % 10 < 9 ? 2 : 3));
        }
        String grades = g.toString();
        String seed = DrawMath.seed(DrawMath.poolHash(ids, grades), 42, ENTROPY);
        List<DrawMath.Target> sliced = DrawMath.targets(seed, ids, grades, DEFAULT);

        java.util.List<DrawMath.Target> plain = new java.util.ArrayList<>();
        for (int grade = 0; grade < 4; grade++) {
            char c = "ABCD".charAt(grade);
            java.util.List<Object[]> keyed = new java.util.ArrayList<>();
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (grades.charAt(i) == c) {
                    count++;
                    keyed.add(new Object[] {ids[i], Sm3.hex(seed + "|" + ids[i])});
                }
            }
            keyed.sort(java.util.Comparator.comparing((Object[] k) -> (String) k[1]).thenComparingLong(k -> (Long) k[0]));
            int quota = DrawMath.quota(count, DEFAULT[grade]);
            for (int r = 0; r < quota; r++) {
                plain.add(new DrawMath.Target((Long) keyed.get(r)[0], c, r + 1, (String) keyed.get(r)[1]));
            }
        }
        assertThat(sliced).isEqualTo(plain);
    }
}
