package org.shuangda.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one actor may see for one permission, expressed as SQL {@code LIKE} patterns that queries bind as
 * parameters, never concatenate. Unit paths look like {@code /1/7/}, region paths like
 * {@code /140000/140400/140426/}.
 *
 * <p>For rows owned by a unit (units, users, submissions, cases) the predicate is
 * <pre>(:all or u.path like any(:unitPatterns) or r.path like any(:regionPatterns))</pre>
 * For rows owned by a region only (market entities, complaints by place) it is
 * <pre>(:all or r.path like any(:areaPatterns))</pre> where a unit-based grant reaches the region subtree of
 * its unit: a directory of a county's businesses is shared by the county's units.
 *
 * @param all            unrestricted
 * @param unitPatterns   patterns on the unit path (own unit: exact path; unit subtree: path + %)
 * @param regionPatterns patterns on the region path of a unit-owned row (region-subtree grants)
 * @param areaPatterns   patterns on the region path of a region-owned row (every grant)
 */
public record DataScope(boolean all, List<String> unitPatterns, List<String> regionPatterns,
        List<String> areaPatterns) {

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

    /** Bound parameters {@code all, unitPatterns, regionPatterns} for the unit-owned predicate above. */
    public java.util.Map<String, Object> unitParams() {
        return java.util.Map.of("all", all, "unitPatterns", unitPatternArray(), "regionPatterns", regionPatternArray());
    }

    /** Bound parameters {@code all, areaPatterns} for the region-owned predicate above. */
    public java.util.Map<String, Object> areaParams() {
        return java.util.Map.of("all", all, "areaPatterns", areaPatternArray());
    }

    public String[] unitPatternArray() {
        return unitPatterns.toArray(String[]::new);
    }

    public String[] regionPatternArray() {
        return regionPatterns.toArray(String[]::new);
    }

    public String[] areaPatternArray() {
        return areaPatterns.toArray(String[]::new);
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
