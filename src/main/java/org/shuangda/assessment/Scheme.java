package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An assessment scheme (考核方案): the year, the issuing office and its region, who is assessed, the tree of
 * categories and items, the grade thresholds, the bonus cap and the dates of the steps. Versioned like report
 * templates: {@code code} names the series, {@code edition} counts its versions; once in use
 * ({@link SchemeStatus#IN_USE}) nothing changes (422), the next version is a clone.
 *
 * @param basedOn  the scheme it was cloned from, or null
 * @param bonusCap the most all bonus items together may add
 */
public record Scheme(Long id, String code, int edition, Long basedOn, int year, String title, long issuingUnitId,
        String issuingUnitName, String regionCode, String regionName, TargetKind targetKind, LocalDate periodFrom,
        LocalDate periodTo, GradeThresholds thresholds, BigDecimal bonusCap, Steps steps, SchemeStatus status,
        List<Target> targets, List<Category> categories, List<Item> items, Instant startedAt, Instant computedAt,
        Instant publishedAt, String createdBy, int version) {

    /**
     * Who is assessed: a region ({@code regionCode}) or a member unit ({@code unitId}), with its name and path (the
     * region's path, or the unit's tree path): someone whose unit lies there belongs to the target.
     */
    public record Target(int seq, String regionCode, Long unitId, String name, String path) {

        /** Whether a unit at {@code unitPath} in the region at {@code unitRegionPath} belongs to this target. */
        public boolean covers(String unitPath, String unitRegionPath) {
            String own = regionCode != null ? unitRegionPath : unitPath;
            return own != null && path != null && own.startsWith(path);
        }
    }

    /** A category (考核类别); {@code parentId} makes the tree (null at the top). */
    public record Category(long id, Long parentId, int seq, String name) {
    }

    /**
     * An item (考核项目) under its category.
     *
     * @param rule       the scoring rule in words (评分标准)
     * @param evidence   the evidence it asks for (佐证材料)
     * @param formulaKey the formula picked from {@link FormulaCatalog} (COMPUTED), or {@code CUSTOM}
     * @param formula    the formula as it counts (COMPUTED), in reporting's expression language
     */
    public record Item(long id, long categoryId, int seq, String code, String title, ItemKind kind,
            BigDecimal maxPoints, String rule, String evidence, String formulaKey, String formula, NoData noData) {
    }

    /** The dates of the steps: self-assessment, 初评, 复评 and the publication (the appeal window is the rulebook's). */
    public record Steps(LocalDate selfFrom, LocalDate selfTo, LocalDate firstFrom, LocalDate firstTo,
            LocalDate secondFrom, LocalDate secondTo, LocalDate publishOn) {

        public static Steps none() {
            return new Steps(null, null, null, null, null, null, null);
        }
    }

    public Scheme {
        targets = targets == null ? List.of() : List.copyOf(targets);
        categories = categories == null ? List.of() : List.copyOf(categories);
        items = items == null ? List.of() : List.copyOf(items);
        steps = steps == null ? Steps.none() : steps;
    }

    /** Refuses {@code action} in the current state (a scheme in use never changes): 422 naming the state. */
    public void require(SchemeAction action) {
        if (!action.possibleIn(status)) {
            throw new AssessmentRefused("assessment.refused.scheme." + action.name(),
                    "assessment.schemeStatus." + status.name());
        }
    }

    /** The top categories, then each one's children, in order (the page's tree). */
    public List<Category> childrenOf(Long parentId) {
        return categories.stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId)).toList();
    }

    public List<Item> itemsOf(long categoryId) {
        return items.stream().filter(i -> i.categoryId() == categoryId).toList();
    }

    public Optional<Item> item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }

    public Optional<Category> category(long id) {
        return categories.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The points of the base items (reviewed and computed): 100 in a scheme ready to start. */
    public BigDecimal baseMax() {
        return items.stream().filter(i -> i.kind().base()).map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The category path of an item in words ("一、组织领导 / 机构建设"). */
    public String categoryPath(long categoryId) {
        Optional<Category> c = category(categoryId);
        if (c.isEmpty()) {
            return "";
        }
        String own = c.get().name();
        return c.get().parentId() == null ? own : categoryPath(c.get().parentId()) + " / " + own;
    }
}
