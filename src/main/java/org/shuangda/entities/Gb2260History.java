package org.shuangda.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every GB/T 2260 code (县及县以上行政区划代码) that appeared in any release since 1980, with the first and
 * last year it was seen. Why the whole history and not today's list: an identity number keeps the address
 * code of the place and year it was issued for life, so numbers from the 1980s carry codes retired long ago
 * (e.g. {@code 110221} 昌平县, retired 1999). A code that was never in any release (a province 00 or 99) is a
 * typing error. The data is a packaged resource, {@code entities/gb2260/codes.tsv}; its sources and licences
 * are named in the README beside it.
 */
final class Gb2260History {

    static final String RESOURCE = "/entities/gb2260/codes.tsv";

    /** One code: the years of the first and last release that listed it, and its latest name. */
    record Entry(String code, int firstYear, int lastYear, String name) {
    }

    private static final Map<String, Entry> CODES = load();

    private Gb2260History() {
    }

    /**
     * The address codes of 港澳台居民居住证 numbers (《港澳台居民居住证申领发放办法》, 2018, art. 3): 810000 Hong
     * Kong, 820000 Macao, 830000 Taiwan. 830000 is in no GB/T 2260 release, yet these numbers have the
     * form and check character of a 公民身份号码 and are used wherever one is asked for.
     */
    static final java.util.Set<String> RESIDENCE_PERMIT_CODES = java.util.Set.of("810000", "820000", "830000");

    /**
     * Whether {@code code} (six digits) may stand in positions 1–6 of an identity number: a GB/T 2260 code of
     * any release since 1980, or a residence-permit code.
     */
    static boolean wasEverCode(String code) {
        return code != null && (CODES.containsKey(code) || RESIDENCE_PERMIT_CODES.contains(code));
    }

    static Optional<Entry> find(String code) {
        return Optional.ofNullable(code == null ? null : CODES.get(code));
    }

    static int size() {
        return CODES.size();
    }

    private static Map<String, Entry> load() {
        try (InputStream in = Gb2260History.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Entry> codes = new HashMap<>(8192);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                codes.put(f[0], new Entry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            }
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
