package org.shuangda.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.DataScope;

/**
 * The unit-owned scope predicate of {@link DataScope} written so that the btree indexes on the copied paths
 * serve it: a pattern {@code /140000/140400/140426/%} becomes the range {@code ~>=~ prefix and ~<~ prefix~}
 * (paths hold only digits and slashes, all below {@code ~}), an exact pattern an equality. {@code like
 * any(:array)} would be the same test, but no index can serve it, so a small county's list would scan the
 * newest cases of the whole country. One bound parameter per pattern; the SQL text depends only on how many
 * patterns there are, never on their values.
 */
final class ScopeRanges {

    private ScopeRanges() {
    }

    static String predicate(DataScope scope) {
        if (scope.all()) {
            return "true";
        }
        List<String> terms = new ArrayList<>();
        add(terms, "c.unit_path", "u", scope.unitPatterns());
        add(terms, "c.region_path", "r", scope.regionPatterns());
        return terms.isEmpty() ? "false" : "(" + String.join(" or ", terms) + ")";
    }

    static Map<String, Object> params(DataScope scope) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (!scope.all()) {
            bind(p, "u", scope.unitPatterns());
            bind(p, "r", scope.regionPatterns());
        }
        return p;
    }

    private static void add(List<String> terms, String column, String name, List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            terms.add(patterns.get(i).endsWith("%")
                    ? "(" + column + " ~>=~ :" + name + i + "lo and " + column + " ~<~ :" + name + i + "hi)"
                    : column + " = :" + name + i + "lo");
        }
    }

    private static void bind(Map<String, Object> p, String name, List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            String prefix = pattern.endsWith("%") ? pattern.substring(0, pattern.length() - 1) : pattern;
            p.put(name + i + "lo", prefix);
            if (pattern.endsWith("%")) {
                p.put(name + i + "hi", prefix + "~");
            }
        }
    }
}
