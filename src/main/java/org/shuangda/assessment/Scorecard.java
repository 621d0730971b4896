package org.shuangda.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.assessment.Run.Appeal;
import org.shuangda.assessment.Run.RunItem;
import org.shuangda.assessment.Scheme.Item;

/**
 * A run's score as it stands: each item's points (an upheld appeal's, else 复评's, else 初评's; a computed item's
 * computed score), the base (reviewed and computed items), the bonus under the scheme's cap, the total, the
 * data-computed part (the ranking's second tie-break), whether a veto was triggered, and the grade. Decimal
 * throughout (two places, never floating point).
 *
 * @param points   item id → points (absent: not scored yet, counted as 0)
 * @param vetoes   the veto items triggered
 * @param bonusRaw the bonus before the cap
 */
public record Scorecard(BigDecimal base, BigDecimal bonusRaw, BigDecimal bonus, BigDecimal total, BigDecimal computed,
        boolean vetoed, Grade grade, Map<Long, BigDecimal> points, List<Long> vetoes) {

    static final int SCALE = 2;

    /** One item's shortfall, for the 通报's weak items. */
    public record Shortfall(Item item, BigDecimal points, BigDecimal lost) {
    }

    public static Scorecard of(Scheme scheme, Run run) {
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        List<Long> vetoes = new ArrayList<>();
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal computed = BigDecimal.ZERO;
        for (Item item : scheme.items()) {
            RunItem scores = run.item(item.id()).orElse(null);
            Appeal upheld = run.appealOn(item.id()).filter(a -> a.status() == AppealStatus.UPHELD).orElse(null);
            if (item.kind() == ItemKind.VETO) {
                Boolean triggered = upheld != null && upheld.decidedVeto() != null ? upheld.decidedVeto()
                        : scores == null ? null : first(scores.secondVeto(), scores.firstVeto());
                if (Boolean.TRUE.equals(triggered)) {
                    vetoes.add(item.id());
                }
                continue;
            }
            BigDecimal p = upheld != null && upheld.decidedPoints() != null ? upheld.decidedPoints()
                    : scores == null ? null
                    : item.kind() == ItemKind.COMPUTED ? scores.computedPoints()
                    : first(scores.secondPoints(), scores.firstPoints());
            if (p == null) {
                continue;
            }
            points.put(item.id(), p);
            switch (item.kind()) {
                case BONUS -> bonus = bonus.add(p);
                case COMPUTED -> {
                    base = base.add(p);
                    computed = computed.add(p);
                }
                default -> base = base.add(p);
            }
        }
        BigDecimal capped = bonus.min(scheme.bonusCap());
        BigDecimal total = base.add(capped).setScale(SCALE, RoundingMode.HALF_UP);
        boolean vetoed = !vetoes.isEmpty();
        return new Scorecard(base.setScale(SCALE, RoundingMode.HALF_UP), bonus.setScale(SCALE, RoundingMode.HALF_UP),
                capped.setScale(SCALE, RoundingMode.HALF_UP), total, computed.setScale(SCALE, RoundingMode.HALF_UP),
                vetoed, scheme.thresholds().gradeOf(total, vetoed), points, vetoes);
    }

    /** The base items that lost points, most lost first (at most {@code limit}). */
    public List<Shortfall> weakest(Scheme scheme, int limit) {
        return scheme.items().stream().filter(i -> i.kind().base()).map(i -> {
            BigDecimal p = points.getOrDefault(i.id(), BigDecimal.ZERO);
            return new Shortfall(i, p, i.maxPoints().subtract(p));
        }).filter(s -> s.lost().signum() > 0)
                .sorted(Comparator.comparing(Shortfall::lost).reversed().thenComparing(s -> s.item().seq()))
                .limit(limit).toList();
    }

    /** Per top category: points and maximum of its base items (its subtree), for the chart. */
    public Map<String, BigDecimal[]> byTopCategory(Scheme scheme) {
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        for (Scheme.Category top : scheme.childrenOf(null)) {
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
            collect(scheme, top.id(), sums);
            out.put(top.name(), sums);
        }
        return out;
    }

    private void collect(Scheme scheme, long categoryId, BigDecimal[] sums) {
        for (Item i : scheme.itemsOf(categoryId)) {
            if (i.kind().base()) {
                sums[0] = sums[0].add(points.getOrDefault(i.id(), BigDecimal.ZERO));
                sums[1] = sums[1].add(i.maxPoints());
            }
        }
        for (Scheme.Category child : scheme.childrenOf(categoryId)) {
            collect(scheme, child.id(), sums);
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
