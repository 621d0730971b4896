package org.shuangda.reporting.rollups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.reporting.Rollup;
import org.shuangda.reporting.Rollups;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.reporting.rounds.ReportingAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Rollups}: a handful of set-based queries over the running totals whatever the region's size, for
 * callers of other modules and for {@link RollupReports}. Roll-up SQL, allow-listed beside the stores.
 */
@Service
class RegionRollups implements Rollups {

    private final JdbcClient jdbc;
    private final CountedRounds rounds;
    private final TemplateStore templates;
    private final ExpectedUnits expectedUnits;

    RegionRollups(JdbcClient jdbc, CountedRounds rounds, TemplateStore templates, ExpectedUnits expectedUnits) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.templates = templates;
        this.expectedUnits = expectedUnits;
    }

    @Override
    public Rollup forRound(Actor actor, long roundId, String regionCode) {
        Round round = rounds.round(roundId);
        return build(actor, List.of(round), regionCode == null ? round.regionCode() : regionCode);
    }

    @Override
    public Rollup forCampaign(Actor actor, long campaignId, String regionCode) {
        List<Round> all = rounds.ofCampaign(campaignId);
        Template template = templates.columnsFor(all);
        return build(actor, CountedRounds.counted(all, template), regionCode == null ? all.get(0).regionCode() : regionCode);
    }

    private record Place(String code, String name, String path) {
    }

    /**
     * A handful of set-based queries whatever the region's size (the nation has 31 provinces below it): totals,
     * progress and expected units for the region and all its children at once, then its own units' figures.
     */
    private Rollup build(Actor actor, List<Round> counted, String regionCode) {
        return build(actor, counted, regionCode, templates.columnsFor(counted));
    }

    /**
     * For callers that loaded the rounds and their template already ({@link RollupReports}). Checks the
     * actor's {@code REPORT_REVIEW} scope over the region first: 403 without the permission, 404 outside it.
     */
    Rollup build(Actor actor, List<Round> counted, String regionCode, Template template) {
        DataScope scope = ReportingAccess.rollupScope(actor);
        Place region = place(regionCode).filter(p -> scope.coversArea(p.path()))
                .orElseThrow(() -> new NotFoundProblem("region", regionCode));
        Long[] roundIds = counted.stream().map(Round::id).toArray(Long[]::new);
        String roundPath = place(counted.get(0).regionCode()).orElseThrow().path();
        // the nation (000000) is the parent of the provinces, which have no parent_code
        List<Place> children = jdbc.sql("""
                select r.code, r.name, r.path from pub_region r
                 where r.parent_code = :c or (:c = '000000' and r.parent_code is null and r.code <> '000000')
                 order by r.code""").param("c", region.code())
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        ExpectedUnits.Counted expectedByRegion = expectedUnits.under(region.path(), roundPath);
        Map<String, Integer> expected = new HashMap<>();
        expected.put(region.code(), expectedByRegion.total());
        children.forEach(c -> expected.put(c.code(), expectedByRegion.under(c.path())));
        children = children.stream().filter(c -> expected.getOrDefault(c.code(), 0) > 0).toList();
        List<String> codes = new ArrayList<>(List.of(region.code()));
        children.forEach(c -> codes.add(c.code()));
        Map<String, Map<String, BigDecimal>> totals = new HashMap<>();
        Map<String, Integer> accepted = new HashMap<>();
        // one round trip for both (indicator code null = the accepted units); completeness is per round: with
        // several rounds, the mean accepted count per round
        jdbc.sql("""
                select t.region_code, i.code, sum(t.value) from report_region_total t
                  join report_indicator i on i.id = t.indicator_id
                 where t.round_id = any(:rounds) and t.region_code = any(:codes) group by t.region_code, i.code
                union all
                select region_code, null, sum(accepted_units) from report_region_progress
                 where round_id = any(:rounds) and region_code = any(:codes) group by region_code""")
                .param("rounds", roundIds).param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> rs.getString(2) == null
                        ? accepted.put(rs.getString(1).trim(), rs.getInt(3) / roundIds.length)
                        : totals.computeIfAbsent(rs.getString(1).trim(), k -> RollupBreakdowns.zeros(template))
                                .put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        java.util.function.Function<Place, Rollup.Line> line = p -> new Rollup.Line(p.code(), p.name(),
                expected.getOrDefault(p.code(), 0), accepted.getOrDefault(p.code(), 0), null,
                RollupBreakdowns.derive(template, totals.getOrDefault(p.code(), RollupBreakdowns.zeros(template))));
        List<Rollup.Line> lines = new ArrayList<>(children.stream().map(line).toList());
        lines.addAll(unitLines(region.code(), roundPath, roundIds, template));
        return new Rollup(region.code(), region.name(), line.apply(region), lines);
    }

    private Optional<Place> place(String code) {
        Optional<Place> found = jdbc.sql("select code, name, path from pub_region where code = :c").param("c", code)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        return found.isEmpty() && RollupLedger.NATION.equals(code) ? Optional.of(new Place(code, "全国", "/")) : found;
    }

    /** The units sitting directly in the region, each with its accepted figures (zeros when none). */
    private List<Rollup.Line> unitLines(String regionCode, String roundPath, Long[] roundIds, Template template) {
        record UnitRow(long id, String name) {
        }
        List<UnitRow> units = jdbc.sql("""
                select u.id, u.name from pub_unit u
                 where u.region_code = :c and u.active and u.region_path like :roundPath || '%' order by u.path""")
                .param("c", regionCode).param("roundPath", roundPath).query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2))).list();
        if (units.isEmpty()) {
            return List.of();
        }
        Long[] unitIds = units.stream().map(UnitRow::id).toArray(Long[]::new);
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                select s.unit_id, i.code, sum(v.value) from report_submission s
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = any(:rounds) and s.unit_id = any(:units) and s.status = 'ACCEPTED'
                 group by s.unit_id, i.code""").param("rounds", roundIds).param("units", unitIds)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> RollupBreakdowns.zeros(template))
                        .put(rs.getString(2), rs.getBigDecimal(3))).list();
        Map<Long, List<Long>> submissions = new HashMap<>();
        jdbc.sql("""
                select unit_id, id from report_submission
                 where round_id = any(:rounds) and unit_id = any(:units) and status = 'ACCEPTED' order by round_id desc""")
                .param("rounds", roundIds).param("units", unitIds)
                .query((rs, n) -> submissions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return units.stream().map(unit -> {
            List<Long> own = submissions.getOrDefault(unit.id(), List.of());
            return new Rollup.Line(String.valueOf(unit.id()), unit.name(), 1, own.size() / roundIds.length,
                    own.isEmpty() ? null : own.get(0), RollupBreakdowns.derive(template, values.getOrDefault(unit.id(), RollupBreakdowns.zeros(template))));
        }).toList();
    }
}
