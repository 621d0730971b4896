package org.shuangda.inspections.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The draw as a pure function of its published inputs, exactly what {@code tools/verifier/Verifier.java}
 * recomputes (keep the two in step; {@code DrawVerifierAgreementTests} checks them against each other):
 * <ul>
 * <li>pool hash = SM3 of the canonical pool, {@code "<id>,<grade>\n"} per entity in ascending id order;</li>
 * <li>seed = SM3({@code poolHash + "|" + taskId + "|" + entropy});</li>
 * <li>per grade A, B, C, D: k = ⌈n × ratio / 10000⌉ (ratio in basis points), at least 1 when the grade has
 * entities, at most n; the targets are the k entities with the smallest SM3({@code seed + "|" + id}) (unsigned
 * byte order, ties by id);</li>
 * <li>per target in that order: its inspectors are the {@code perTarget} officers of the inspector pool, minus the
 * target's exclusions (回避), with the smallest SM3({@code seed + "|I|" + entityId + "|" + officerId});</li>
 * <li>result hash = SM3 of {@code "T,<grade>,<entityId>\n"} per target then {@code "I,<entityId>,<officerId>\n"}
 * per inspector, in draw order.</li>
 * </ul>
 * Never {@code Random} or the database's {@code random()}.
 */
public final class DrawMath {

    public static final String GRADES = "ABCD";

    private DrawMath() {
    }

    public record Target(long entityId, char grade, int rank, String key) {
    }

    public record Outcome(String seed, List<Target> targets, Map<Long, List<Long>> inspectors, String resultHash,
            List<Long> lackingInspectors) {
    }

    /** SM3 of the canonical pool; {@code ids} ascending, {@code grades.charAt(i)} the grade of {@code ids[i]}. */
    public static String poolHash(long[] ids, String grades) {
        SM3Digest d = new SM3Digest();
        StringBuilder line = new StringBuilder(32);
        for (int i = 0; i < ids.length; i++) {
            line.setLength(0);
            line.append(ids[i]).append(',').append(grades.charAt(i)).append('\n');
            byte[] b = line.toString().getBytes(StandardCharsets.US_ASCII);
            d.update(b, 0, b.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return Sm3.hex(out);
    }

    public static String seed(String poolHash, long taskId, String entropy) {
        return Sm3.hex(poolHash + "|" + taskId + "|" + entropy);
    }

    /** Targets per grade for {@code n} entities at {@code basisPoints} (300 = 3%). */
    public static int quota(int n, int basisPoints) {
        if (n == 0) {
            return 0;
        }
        long k = ((long) n * basisPoints + 9999) / 10000;
        return (int) Math.min(n, Math.max(1, k));
    }

    /** The targets: per grade the quota's smallest keys. {@code ratios[g]} for grade {@code GRADES.charAt(g)}. */
    public static List<Target> targets(String seed, long[] ids, String grades, int[] ratios) {
        int[] counts = new int[4];
        for (int i = 0; i < grades.length(); i++) {
            counts[GRADES.indexOf(grades.charAt(i))]++;
        }
        Comparator<Keyed> order = Keyed.ORDER;
        int[] quota = new int[4];
        for (int g = 0; g < 4; g++) {
            quota[g] = quota(counts[g], ratios[g]);
        }
        byte[] prefix = (seed + "|").getBytes(StandardCharsets.US_ASCII);
        // the pool is hashed in slices on every core, each slice keeping its own k smallest per grade; the union
        // of the slices' heaps holds the k smallest overall, sorted below: the same result in any slicing
        int slices = ids.length < 50_000 ? 1 : Runtime.getRuntime().availableProcessors() * 2;
        int size = (ids.length + slices - 1) / slices;
        List<List<PriorityQueue<Keyed>>> partial = java.util.stream.IntStream.range(0, slices).parallel()
                .mapToObj(slice -> smallest(prefix, ids, grades, quota, order, slice * size,
                        Math.min(ids.length, (slice + 1) * size)))
                .toList();
        List<List<Keyed>> best = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            List<Keyed> all = new ArrayList<>();
            for (List<PriorityQueue<Keyed>> heaps : partial) {
                all.addAll(heaps.get(g));
            }
            all.sort(order);
            best.add(all.subList(0, Math.min(quota[g], all.size())));
        }
        List<Target> out = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            List<Keyed> chosen = best.get(g);
            int rank = 1;
            for (Keyed k : chosen) {
                out.add(new Target(k.id, GRADES.charAt(g), rank++, Sm3.hex(k.key)));
            }
        }
        return out;
    }

    /**
     * The k smallest keys per grade among the ids from index {@code from} (included) to {@code to} (excluded), with a
     * digest of its own: one slice's work. (Brackets in a comment stay balanced: the module documentation's JSON
     * reader counts them.)
     */
    private static List<PriorityQueue<Keyed>> smallest(byte[] prefix, long[] ids, String grades, int[] quota,
            Comparator<Keyed> order, int from, int to) {
        List<PriorityQueue<Keyed>> best = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            best.add(new PriorityQueue<>(Math.max(1, quota[g]), order.reversed()));
        }
        // the prefix (seed and "|") is the same for every id: its full block compressed once (Sm3Prefix)
        Sm3Prefix afterPrefix = new Sm3Prefix(prefix);
        byte[] digits = new byte[20];
        byte[] key = new byte[32];
        for (int i = from; i < to; i++) {
            int g = GRADES.indexOf(grades.charAt(i));
            if (quota[g] == 0) {
                continue;
            }
            int start = asciiDigits(ids[i], digits);
            afterPrefix.digest(digits, start, digits.length - start, key);
            PriorityQueue<Keyed> heap = best.get(g);
            long head = head(key);
            if (heap.size() >= quota[g]) {
                // most keys of a large grade lose against the heap's largest on their first 8 bytes: no object made
                Keyed largest = heap.peek();
                int byHead = Long.compareUnsigned(head, largest.head);
                if (byHead > 0 || byHead == 0 && order.compare(new Keyed(ids[i], head, key), largest) >= 0) {
                    continue;
                }
                heap.poll();
            }
            heap.add(new Keyed(ids[i], head, key.clone()));
        }
        return best;
    }

    /** Inspectors per target (draw order kept); targets with fewer than {@code perTarget} eligible are listed. */
    public static Outcome draw(String poolHash, long taskId, String entropy, long[] ids, String grades, int[] ratios,
            long[] inspectorPool, Map<Long, Set<Long>> exclusions, int perTarget) {
        String seed = seed(poolHash, taskId, entropy);
        return draw(seed, targets(seed, ids, grades, ratios), inspectorPool, exclusions, perTarget);
    }

    /**
     * The same draw from targets already computed with {@link #targets} for {@code seed} (the service computes them
     * first to know whose 回避 to look up, and should not hash the whole pool twice).
     */
    public static Outcome draw(String seed, List<Target> targets, long[] inspectorPool,
            Map<Long, Set<Long>> exclusions, int perTarget) {
        Map<Long, List<Long>> inspectors = new LinkedHashMap<>();
        List<Long> lacking = new ArrayList<>();
        // each target's inspectors depend on that target alone: computed on every core, collected in draw order
        List<List<Long>> chosen = (targets.size() < 1_000 ? targets.stream() : targets.parallelStream())
                .map(t -> inspectorsOf(seed, t, inspectorPool, exclusions.getOrDefault(t.entityId(), Set.of()),
                        perTarget))
                .toList();
        for (int i = 0; i < targets.size(); i++) {
            if (chosen.get(i) == null) {
                lacking.add(targets.get(i).entityId());
            } else {
                inspectors.put(targets.get(i).entityId(), chosen.get(i));
            }
        }
        StringBuilder canon = new StringBuilder();
        for (Target t : targets) {
            canon.append("T,").append(t.grade()).append(',').append(t.entityId()).append('\n');
        }
        for (Target t : targets) {
            for (long o : inspectors.getOrDefault(t.entityId(), List.of())) {
                canon.append("I,").append(t.entityId()).append(',').append(o).append('\n');
            }
        }
        return new Outcome(seed, targets, inspectors, Sm3.hex(canon.toString()), lacking);
    }

    /**
     * The {@code perTarget} officers with the smallest keys among those not excluded; null when too few remain. The
     * messages share the prefix {@code seed + "|I|" + entityId + "|"}: its full block compressed once per target.
     */
    private static List<Long> inspectorsOf(String seed, Target t, long[] inspectorPool, Set<Long> excluded,
            int perTarget) {
        Sm3Prefix afterPrefix = new Sm3Prefix((seed + "|I|" + t.entityId() + "|").getBytes(StandardCharsets.US_ASCII));
        byte[] digits = new byte[20];
        List<Keyed> eligible = new ArrayList<>(inspectorPool.length);
        for (long officer : inspectorPool) {
            if (!excluded.contains(officer)) {
                int start = asciiDigits(officer, digits);
                byte[] key = new byte[32];
                afterPrefix.digest(digits, start, digits.length - start, key);
                eligible.add(new Keyed(officer, head(key), key));
            }
        }
        if (eligible.size() < perTarget) {
            return null;
        }
        eligible.sort(Keyed.ORDER);
        return eligible.subList(0, perTarget).stream().map(k -> k.id).toList();
    }

    /** Writes the decimal digits of {@code n} (≥ 0) at the end of {@code into}; returns where they start. */
    private static int asciiDigits(long n, byte[] into) {
        int at = into.length;
        do {
            into[--at] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        return at;
    }

    /** The first 8 bytes of a key as an unsigned big-endian number: compares as the bytes do. */
    private static long head(byte[] key) {
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | (key[i] & 0xff);
        }
        return h;
    }

    /** One id picked from a pool by {@link #pick}: its rank (1: the first) and its key. */
    public record Pick(long id, int rank, String key) {
    }

    /**
     * The draw's rule for any pool of ids, as for the targets of a grade: the {@code k} ids with the smallest
     * SM3({@code seed + "|" + id}) (unsigned byte order, ties by id), in that order. Other modules draw with it (a
     * sampling re-test's laboratory), so one rule and one verifier serve every draw.
     */
    public static List<Pick> pick(String seed, long[] ids, int k) {
        Comparator<Keyed> order = Keyed.ORDER;
        List<Keyed> keyed = new ArrayList<>(ids.length);
        for (long id : ids) {
            keyed.add(new Keyed(id, Sm3.digest((seed + "|" + id).getBytes(StandardCharsets.US_ASCII))));
        }
        keyed.sort(order);
        List<Pick> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, keyed.size()); i++) {
            out.add(new Pick(keyed.get(i).id, i + 1, Sm3.hex(keyed.get(i).key)));
        }
        return out;
    }

    /** SM3 of a draw's canonical text as lower-case hex: the hash every draw's result hash is (other modules too). */
    public static String textHash(String canonical) {
        return Sm3.hex(canonical);
    }

    /** SM3 of a canonical list of ids, {@code "<id>\n"} per id in ascending order (a pool without grades). */
    public static String idsHash(long[] ascendingIds) {
        StringBuilder canon = new StringBuilder(ascendingIds.length * 8);
        for (long id : ascendingIds) {
            canon.append(id).append('\n');
        }
        return Sm3.hex(canon.toString());
    }

    /** An id with its key; ordered by the key's bytes unsigned (its head first, the cheap part), then by id. */
    private record Keyed(long id, long head, byte[] key) {

        static final Comparator<Keyed> ORDER = (a, b) -> {
            int c = Long.compareUnsigned(a.head, b.head);
            if (c == 0) {
                c = Arrays.compareUnsigned(a.key, b.key);
            }
            return c != 0 ? c : Long.compare(a.id, b.id);
        };

        Keyed(long id, byte[] key) {
            this(id, DrawMath.head(key), key);
        }
    }
}
