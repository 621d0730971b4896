package org.shuangda.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one actor may see for one permission, as path prefixes, and the one place that turns them into SQL.
 * Unit paths look like {@code /1/7/}, region paths like {@code /140000/140400/140426/}.
 *
 * <p>Rows owned by a unit (units, users, submissions, cases) are filtered with
 * {@link #unitOwned(String, String, String)} on the row's unit path and region path; rows owned by a place
 * only (market entities, complaints by place) with {@link #regionOwned(String, String)}, where a unit-based
 * grant reaches the region subtree of its unit: a directory of a county's businesses is shared by the
 * county's units. Both render the index-friendly range form (see {@link #unitOwned}); every value is bound.
 *
 * @param all            unrestricted
 * @param unitPatterns   patterns on the unit path (own unit: exact path; unit subtree: path + %)
 * @param regionPatterns patterns on the region path of a unit-owned row (region-subtree grants)
 * @param areaPatterns   patterns on the region path of a region-owned row (every grant)
 */
public record DataScope(boolean all, List<String> unitPatterns, List<String> regionPatterns,
        List<String> areaPatterns) implements java.io.Serializable {

    public DataScope {
        unitPatterns = List.copyOf(unitPatterns);
        regionPatterns = List.copyOf(regionPatterns);
        areaPatterns = List.copyOf(areaPatterns);
    }

    public static DataScope none() {
        return new DataScope(false, List.of(), List.of(), List.of());
    }

    public static DataScope everything() {
        return new DataScope(true, List.of(), List.of(), List.of());
    }

    /** The scope of one role assignment held by a user of the unit at {@code unitPath} in {@code unitRegionPath}. */
    public static DataScope of(ScopeKind kind, String unitPath, String unitRegionPath, String grantRegionPath) {
        return switch (kind) {
            case ALL -> everything();
            case OWN_UNIT -> new DataScope(false, List.of(unitPath), List.of(), List.of(unitRegionPath + "%"));
            case UNIT_SUBTREE -> new DataScope(false, List.of(unitPath + "%"), List.of(),
                    List.of(unitRegionPath + "%"));
            case REGION_SUBTREE -> {
                String region = grantRegionPath != null ? grantRegionPath : unitRegionPath;
                yield new DataScope(false, List.of(), List.of(region + "%"), List.of(region + "%"));
            }
        };
    }

    /** The union of two grants: a user with two assignments sees what either shows. */
    public DataScope union(DataScope other) {
        if (all || other.all) {
            return everything();
        }
        return new DataScope(false, merge(unitPatterns, other.unitPatterns),
                merge(regionPatterns, other.regionPatterns), merge(areaPatterns, other.areaPatterns));
    }

    public boolean isEmpty() {
        return !all && unitPatterns.isEmpty() && regionPatterns.isEmpty() && areaPatterns.isEmpty();
    }

    /**
     * The predicate for rows owned by a unit, over the row's unit-path and region-path columns (e.g.
     * {@code "c.unit_path", "c.region_path"}), with parameters named {@code name_…} so that two scopes can be
     * combined in one query ({@link SqlPredicate#anyOf}). A subtree pattern {@code /140000/140400/%} becomes
     * the range {@code col ~>=~ '/140000/140400/' and col ~<~ '/140000/140400/~'} (paths hold only digits and
     * slashes, all below {@code ~}) and an exact one an equality, which the {@code text_pattern_ops} btree
     * indexes on the path columns serve; {@code like any(:array)} is the same test but no index serves it.
     */
    public SqlPredicate unitOwned(String unitPathColumn, String regionPathColumn, String name) {
        if (all) {
            return SqlPredicate.TRUE;
        }
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        addRanges(terms, params, unitPathColumn, name + "_u", unitPatterns);
        addRanges(terms, params, regionPathColumn, name + "_r", regionPatterns);
        return terms.isEmpty() ? SqlPredicate.FALSE
                : new SqlPredicate("(" + String.join(" or ", terms) + ")", params);
    }

    /** {@link #unitOwned(String, String, String)} with parameters named {@code scope_…}. */
    public SqlPredicate unitOwned(String unitPathColumn, String regionPathColumn) {
        return unitOwned(unitPathColumn, regionPathColumn, "scope");
    }

    /** The predicate for rows owned by a place, over the row's region-path column; see {@link #unitOwned}. */
    public SqlPredicate regionOwned(String regionPathColumn, String name) {
        if (all) {
            return SqlPredicate.TRUE;
        }
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        addRanges(terms, params, regionPathColumn, name + "_a", areaPatterns);
        return terms.isEmpty() ? SqlPredicate.FALSE
                : new SqlPredicate("(" + String.join(" or ", terms) + ")", params);
    }

    /** {@link #regionOwned(String, String)} with parameters named {@code scope_…}. */
    public SqlPredicate regionOwned(String regionPathColumn) {
        return regionOwned(regionPathColumn, "scope");
    }

    private static void addRanges(List<String> terms, java.util.Map<String, Object> params, String column,
            String name, List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            if (pattern.endsWith("%")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                terms.add("(" + column + " ~>=~ :" + name + i + "lo and " + column + " ~<~ :" + name + i + "hi)");
                params.put(name + i + "lo", prefix);
                params.put(name + i + "hi", prefix + "~");
            } else {
                terms.add(column + " = :" + name + i + "lo");
                params.put(name + i + "lo", pattern);
            }
        }
    }

    /** The same test as the SQL predicate, for a row already loaded (checks before writes). */
    public boolean coversUnit(String unitPath, String regionPath) {
        return all || unitPatterns.stream().anyMatch(p -> like(unitPath, p))
                || regionPatterns.stream().anyMatch(p -> like(regionPath, p));
    }

    /** Whether a region-owned row in the region at {@code regionPath} is within scope. */
    public boolean coversArea(String regionPath) {
        return all || areaPatterns.stream().anyMatch(p -> like(regionPath, p));
    }

    private static boolean like(String value, String pattern) {
        if (value == null) {
            return false;
        }
        return pattern.endsWith("%") ? value.startsWith(pattern.substring(0, pattern.length() - 1))
                : value.equals(pattern);
    }

    private static List<String> merge(List<String> a, List<String> b) {
        Set<String> merged = new LinkedHashSet<>(a);
        merged.addAll(b);
        return new ArrayList<>(merged);
    }
}
