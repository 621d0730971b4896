package org.shuangda.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of sampling over a period for a region or one unit, within the reader's scope: batches, passed and
 * failed, the pass rate; the failure rate by category, stage and failed item; and the batches sampled per 1,000
 * residents against the plans' target (the population the office entered). A batch counts in the period its result
 * became final. Reporting gets 抽检批次 and 抽检合格批次 (合格率) through {@link SamplingDerivedFigures}.
 */
@Service
public class SamplingFigures {

    /** Batches and passes of one group, with its rates in percent (two decimals; null without batches). */
    public record Line(String key, long batches, long passed, long failed, BigDecimal passRate,
            BigDecimal failureRate) {

        static Line of(SamplingFigureStore.Count c) {
            long failed = c.batches() - c.passed();
            return new Line(c.key(), c.batches(), c.passed(), failed, rate(c.passed(), c.batches()),
                    rate(failed, c.batches()));
        }
    }

    /**
     * The figures of a period.
     *
     * @param sampled          batches sampled in the period, finished or not
     * @param population       residents entered in the plans of the period's year (null: none entered)
     * @param perThousand      batches sampled per 1,000 residents (null without a population)
     * @param targetPerThousand the plans' target (null: none set)
     */
    public record Figures(String regionCode, String regionName, Long unitId, String unitName, LocalDate from,
            LocalDate to, Line total, List<Line> byCategory, List<Line> byStage, List<Line> failedItems, long sampled,
            Integer population, BigDecimal perThousand, BigDecimal targetPerThousand) {
    }

    private final SamplingFigureStore store;
    private final SamplingPlans plans;
    private final Regions regions;
    private final UnitDirectory units;

    SamplingFigures(SamplingFigureStore store, SamplingPlans plans, Regions regions, UnitDirectory units) {
        this.store = store;
        this.plans = plans;
        this.regions = regions;
        this.units = units;
    }

    /** The figures of {@code unitId}, else of {@code regionCode}, else of the actor's own region, for from..to. */
    @Transactional(readOnly = true)
    public Figures of(Actor actor, String regionCode, Long unitId, LocalDate from, LocalDate to) {
        DataScope scope = actor.require(Permission.SAMPLING_VIEW);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (from == null) {
            problems.add("from", "error.required");
        }
        if (to == null) {
            problems.add("to", "error.required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", "sampling.invalid.period");
        }
        problems.throwIfAny();
        SqlPredicate visible = scope.unitOwned("s.unit_path", "s.region_path", "v");
        SqlPredicate where;
        String code = null;
        String regionName = null;
        String unitName = null;
        String planRegion;
        if (unitId != null) {
            UnitRef unit = units.find(unitId).filter(u -> scope.coversUnit(u.path(), u.regionPath()))
                    .orElseThrow(() -> new NotFoundProblem("unit", unitId));
            where = SqlPredicate.allOf(visible, new SqlPredicate("s.unit_id = :unit", java.util.Map.of("unit", unitId)));
            unitName = unit.name();
            planRegion = unit.regionPath();
        } else {
            code = regionCode != null && !regionCode.isBlank() ? regionCode.strip() : actor.unitRegionCode();
            String wanted = code;
            Region region = regions.find(code).orElseThrow(() -> new InvalidInput("regionCode", "sampling.invalid.region"));
            regionName = region.name();
            where = SqlPredicate.allOf(visible, new SqlPredicate(
                    "(s.region_path ~>=~ :rlo and s.region_path ~<~ :rhi)",
                    java.util.Map.of("rlo", region.path(), "rhi", region.path() + "~")));
            planRegion = region.path();
            code = wanted;
        }
        store.planForTheseParameters();
        List<SamplingFigureStore.Cell> cells = store.cells(where, from, to);
        SamplingFigureStore.Count total = sum(cells, c -> "").get(0);
        long sampled = store.sampled(where, from, to);
        Integer population = null;
        BigDecimal target = null;
        for (SamplingPlan p : plans.list(actor, from.getYear())) {
            boolean ours = unitId != null ? p.unitId() == unitId : p.regionPath().startsWith(planRegion);
            if (ours && p.population() != null) {
                population = population == null ? p.population() : Math.max(population, p.population());
                target = target == null || (p.targetPerThousand() != null && p.targetPerThousand().compareTo(target) > 0)
                        ? p.targetPerThousand() : target;
            }
        }
        BigDecimal perThousand = population == null ? null : BigDecimal.valueOf(sampled * 1000L)
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
        return new Figures(code, regionName, unitId, unitName, from, to, Line.of(total),
                cells.isEmpty() ? List.of() : sum(cells, SamplingFigureStore.Cell::category).stream().map(Line::of).toList(),
                cells.isEmpty() ? List.of() : sum(cells, SamplingFigureStore.Cell::stage).stream().map(Line::of).toList(),
                store.failedItems(where, from, to).stream().map(c -> new Line(c.key(), c.batches(), 0, c.batches(),
                        null, rate(c.batches(), total.batches() - total.passed()))).toList(),
                sampled, population, perThousand, target);
    }

    /** The cells added up by {@code key}, the most batches first (then by key); one zero line for no cells. */
    private static List<SamplingFigureStore.Count> sum(List<SamplingFigureStore.Cell> cells,
            java.util.function.Function<SamplingFigureStore.Cell, String> key) {
        java.util.Map<String, long[]> sums = new java.util.TreeMap<>();
        for (SamplingFigureStore.Cell c : cells) {
            long[] s = sums.computeIfAbsent(key.apply(c), k -> new long[2]);
            s[0] += c.batches();
            s[1] += c.passed();
        }
        if (sums.isEmpty()) {
            return List.of(new SamplingFigureStore.Count("", 0, 0));
        }
        return sums.entrySet().stream().map(e -> new SamplingFigureStore.Count(e.getKey(), e.getValue()[0],
                e.getValue()[1])).sorted(java.util.Comparator.comparingLong(SamplingFigureStore.Count::batches)
                .reversed().thenComparing(SamplingFigureStore.Count::key)).toList();
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }
}
