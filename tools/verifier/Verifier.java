// 双随机 draw verifier (Shuangda 双打协同平台). Self-contained: no library, SM3 (GB/T 32905-2016) implemented below.
// Usage:  java Verifier.java inputs.json      (java Verifier.java --self-test: the SM3 test vectors)
// inputs.json is the file the public verification page offers (/public/inspections/draws/{id}/inputs.json).
// It recomputes the pool hash, the seed, the targets per grade and the inspectors per target, and compares them
// with the published result. Exit code 0: the draw is reproduced; 1: it differs; 2: bad input.
//
// The rules (the server's org.shuangda.inspections.draw.DrawMath does exactly the same):
//   pool hash   = SM3( "<id>,<grade>\n" for every entity of the frozen pool, ids ascending )
//   seed        = SM3( poolHash + "|" + taskId + "|" + entropy )
//   per grade A, B, C, D: k = ceil(n * ratio / 10000) (ratio in basis points), at least 1 when n > 0, at most n;
//               targets = the k entities with the smallest SM3( seed + "|" + id ) (unsigned byte order, ties by id)
//   per target: the inspectorsPerTarget officers of the inspector pool minus the target's exclusions (回避)
//               with the smallest SM3( seed + "|I|" + entityId + "|" + officerId )
//   result hash = SM3( "T,<grade>,<entityId>\n" per target, then "I,<entityId>,<officerId>\n" per inspector )
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

public class Verifier {

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--self-test")) {
            // GB/T 32905-2016 appendix A
            boolean a = hex(sm3(bytes("abc"))).equals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
            boolean b = hex(sm3(bytes("abcd".repeat(16))))
                    .equals("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
            System.out.println("SM3 test vectors: " + (a && b ? "ok" : "FAILED"));
            System.exit(a && b ? 0 : 1);
        }
        if (args.length != 1) {
            System.err.println("usage: java Verifier.java inputs.json");
            System.exit(2);
        }
        Map<String, Object> in;
        try {
            in = asMap(new Json(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).value());
        } catch (RuntimeException e) {
            System.err.println("cannot read " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        long taskId = num(in.get("taskId"));
        String entropy = (String) in.get("entropy");
        List<Object> idList = asList(in.get("poolIds"));
        String grades = (String) in.get("poolGrades");
        long[] ids = new long[idList.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = num(idList.get(i));
        }
        Map<String, Object> ratioMap = asMap(in.get("ratios"));
        int[] ratios = new int[4];
        for (int g = 0; g < 4; g++) {
            ratios[g] = (int) num(ratioMap.get(String.valueOf("ABCD".charAt(g))));
        }
        List<Object> inspectorList = asList(in.get("inspectors"));
        long[] inspectors = new long[inspectorList.size()];
        for (int i = 0; i < inspectors.length; i++) {
            inspectors[i] = num(inspectorList.get(i));
        }
        Map<Long, Set<Long>> exclusions = new HashMap<>();
        for (Map.Entry<String, Object> e : asMap(in.get("exclusions")).entrySet()) {
            Set<Long> set = new HashSet<>();
            for (Object o : asList(e.getValue())) {
                set.add(num(o));
            }
            exclusions.put(Long.parseLong(e.getKey()), set);
        }
        int perTarget = (int) num(in.get("inspectorsPerTarget"));

        boolean ok = true;
        String poolHash = poolHash(ids, grades);
        ok &= check("pool hash", (String) in.get("poolHash"), poolHash);
        String seed = hex(sm3(bytes(poolHash + "|" + taskId + "|" + entropy)));
        ok &= check("seed", (String) in.get("seed"), seed);

        List<long[]> targets = new ArrayList<>(); // {entityId, gradeIndex}
        int[] counts = new int[4];
        for (int i = 0; i < grades.length(); i++) {
            counts["ABCD".indexOf(grades.charAt(i))]++;
        }
        Comparator<Object[]> order = (a, b) -> {
            int c = Arrays.compareUnsigned((byte[]) a[1], (byte[]) b[1]);
            return c != 0 ? c : Long.compare((Long) a[0], (Long) b[0]);
        };
        int[] quota = new int[4];
        for (int g = 0; g < 4; g++) {
            long k = counts[g] == 0 ? 0 : Math.min(counts[g], Math.max(1, ((long) counts[g] * ratios[g] + 9999) / 10000));
            quota[g] = (int) k;
        }
        // every id's key starts with the same bytes (seed and "|"): hashed once, the state copied for each id; the
        // pool is cut in slices hashed on every core, each keeping its own k smallest per grade (their union
        // holds the k smallest overall, sorted below: the same result however it is sliced)
        Sm3 afterPrefix = new Sm3();
        afterPrefix.update(bytes(seed + "|"));
        int slices = ids.length < 50_000 ? 1 : Runtime.getRuntime().availableProcessors() * 2;
        int size = (ids.length + slices - 1) / slices;
        List<List<PriorityQueue<Object[]>>> partial = java.util.stream.IntStream.range(0, slices).parallel()
                .mapToObj(slice -> {
                    List<PriorityQueue<Object[]>> heaps = new ArrayList<>();
                    for (int g = 0; g < 4; g++) {
                        heaps.add(new PriorityQueue<>(Math.max(1, quota[g]), order.reversed()));
                    }
                    for (int i = slice * size; i < Math.min(ids.length, (slice + 1) * size); i++) {
                        int g = "ABCD".indexOf(grades.charAt(i));
                        if (quota[g] == 0) {
                            continue;
                        }
                        Sm3 d = afterPrefix.copy();
                        d.update(bytes(Long.toString(ids[i])));
                        Object[] keyed = {ids[i], d.digest()};
                        PriorityQueue<Object[]> heap = heaps.get(g);
                        if (heap.size() < quota[g]) {
                            heap.add(keyed);
                        } else if (order.compare(keyed, heap.peek()) < 0) {
                            heap.poll();
                            heap.add(keyed);
                        }
                    }
                    return heaps;
                }).toList();
        StringBuilder canon = new StringBuilder();
        for (int g = 0; g < 4; g++) {
            List<Object[]> all = new ArrayList<>();
            for (List<PriorityQueue<Object[]>> heaps : partial) {
                all.addAll(heaps.get(g));
            }
            all.sort(order);
            List<Object[]> chosen = all.subList(0, Math.min(quota[g], all.size()));
            System.out.println("grade " + "ABCD".charAt(g) + ": " + counts[g] + " in the pool, ratio " + ratios[g]
                    + " bp, " + chosen.size() + " drawn");
            for (Object[] k : chosen) {
                targets.add(new long[] {(Long) k[0], g});
                canon.append("T,").append("ABCD".charAt(g)).append(',').append(k[0]).append('\n');
            }
        }
        StringBuilder lines = new StringBuilder();
        // each target's inspectors depend on that target alone: computed on every core, written in draw order
        List<List<Object[]>> drawn = targets.parallelStream().map(t -> {
            Set<Long> excluded = exclusions.getOrDefault(t[0], Set.of());
            List<Object[]> eligible = new ArrayList<>();
            for (long officer : inspectors) {
                if (!excluded.contains(officer)) {
                    eligible.add(new Object[] {officer, sm3(bytes(seed + "|I|" + t[0] + "|" + officer))});
                }
            }
            eligible.sort(order);
            return eligible.subList(0, Math.min(perTarget, eligible.size()));
        }).toList();
        for (int ti = 0; ti < targets.size(); ti++) {
            long[] t = targets.get(ti);
            List<Object[]> eligible = drawn.get(ti);
            StringBuilder who = new StringBuilder();
            for (int n = 0; n < eligible.size(); n++) {
                canon.append("I,").append(t[0]).append(',').append(eligible.get(n)[0]).append('\n');
                who.append(n == 0 ? "" : ", ").append(eligible.get(n)[0]);
            }
            lines.append("  target ").append(t[0]).append(" (").append("ABCD".charAt((int) t[1])).append("): inspectors ")
                    .append(who).append('\n');
        }
        // the target lines come first in the canonical text, the inspector lines after them
        String canonical = canonicalOrder(canon.toString());
        System.out.print(lines);
        String resultHash = hex(sm3(bytes(canonical)));
        ok &= check("result hash", (String) in.get("resultHash"), resultHash);
        System.out.printf("recomputed in %.2f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println(ok ? "VERIFIED: the published result is reproduced" : "MISMATCH: the published result differs");
        System.exit(ok ? 0 : 1);
    }

    private static String canonicalOrder(String mixed) {
        StringBuilder t = new StringBuilder();
        StringBuilder i = new StringBuilder();
        for (String line : mixed.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            (line.startsWith("T,") ? t : i).append(line).append('\n');
        }
        return t.append(i).toString();
    }

    private static boolean check(String what, String published, String recomputed) {
        boolean same = recomputed.equals(published);
        System.out.println(what + ": " + recomputed + (same ? " (matches)" : " (published: " + published + ")"));
        return same;
    }

    static String poolHash(long[] ids, String grades) {
        Sm3 d = new Sm3();
        for (int i = 0; i < ids.length; i++) {
            d.update(bytes(ids[i] + "," + grades.charAt(i) + "\n"));
        }
        return hex(d.digest());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sm3(byte[] message) {
        Sm3 d = new Sm3();
        d.update(message);
        return d.digest();
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return s.toString();
    }

    private static long num(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(o));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    /** SM3 per GB/T 32905-2016, streaming. */
    static final class Sm3 {
        private static final int[] IV = {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
                0xe38dee4d, 0xb0fb0e4e};
        private final int[] v = IV.clone();
        private final byte[] block = new byte[64];
        private int used;
        private long length;
        private final int[] w = new int[68];
        private final int[] w1 = new int[64];

        /** A digest in the same state, to go on from there (a shared prefix hashed once). */
        Sm3 copy() {
            Sm3 c = new Sm3();
            System.arraycopy(v, 0, c.v, 0, 8);
            System.arraycopy(block, 0, c.block, 0, used);
            c.used = used;
            c.length = length;
            return c;
        }

        void update(byte[] data) {
            for (byte b : data) {
                block[used++] = b;
                if (used == 64) {
                    compress(block, 0);
                    used = 0;
                }
            }
            length += data.length;
        }

        byte[] digest() {
            long bits = length * 8;
            byte[] pad = new byte[(used < 56 ? 56 - used : 120 - used) + 8];
            pad[0] = (byte) 0x80;
            for (int i = 0; i < 8; i++) {
                pad[pad.length - 1 - i] = (byte) (bits >>> (8 * i));
            }
            long keep = length;
            update(pad);
            length = keep;
            byte[] out = new byte[32];
            for (int i = 0; i < 8; i++) {
                out[4 * i] = (byte) (v[i] >>> 24);
                out[4 * i + 1] = (byte) (v[i] >>> 16);
                out[4 * i + 2] = (byte) (v[i] >>> 8);
                out[4 * i + 3] = (byte) v[i];
            }
            return out;
        }

        private void compress(byte[] b, int off) {
            for (int j = 0; j < 16; j++) {
                w[j] = ((b[off + 4 * j] & 0xff) << 24) | ((b[off + 4 * j + 1] & 0xff) << 16)
                        | ((b[off + 4 * j + 2] & 0xff) << 8) | (b[off + 4 * j + 3] & 0xff);
            }
            for (int j = 16; j < 68; j++) {
                w[j] = p1(w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15)) ^ Integer.rotateLeft(w[j - 13], 7)
                        ^ w[j - 6];
            }
            for (int j = 0; j < 64; j++) {
                w1[j] = w[j] ^ w[j + 4];
            }
            int a = v[0], bb = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
            for (int j = 0; j < 64; j++) {
                int t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
                int ss1 = Integer.rotateLeft(Integer.rotateLeft(a, 12) + e + Integer.rotateLeft(t, j % 32), 7);
                int ss2 = ss1 ^ Integer.rotateLeft(a, 12);
                int ff = j < 16 ? a ^ bb ^ c : (a & bb) | (a & c) | (bb & c);
                int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
                int tt1 = ff + d + ss2 + w1[j];
                int tt2 = gg + h + ss1 + w[j];
                d = c;
                c = Integer.rotateLeft(bb, 9);
                bb = a;
                a = tt1;
                h = g;
                g = Integer.rotateLeft(f, 19);
                f = e;
                e = p0(tt2);
            }
            v[0] ^= a;
            v[1] ^= bb;
            v[2] ^= c;
            v[3] ^= d;
            v[4] ^= e;
            v[5] ^= f;
            v[6] ^= g;
            v[7] ^= h;
        }

        private static int p0(int x) {
            return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        }

        private static int p1(int x) {
            return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
        }
    }

    /** A minimal JSON reader: objects, arrays, strings, integers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    expect(':');
                    m.put(k, value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect('}');
                    return m;
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect(']');
                    return l;
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "-+0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
            return Long.parseLong(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
