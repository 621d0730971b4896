package org.shuangda.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Roll-ups of accepted figures by region hierarchy, read from the running totals (no scan of raw values):
 * per round, or for a whole campaign — the sum of its rounds for PERIOD templates, the latest round alone for
 * CUMULATIVE ones (never a sum of cumulative figures; a unit missing from the latest round counts as not
 * reported there, and completeness shows it). Needs
 * {@code REPORT_REVIEW} over the region; outside it, 404.
 */
@Service
public class Rollups {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final Templates templates;
    private final ExpectedUnits expectedUnits;

    Rollups(JdbcClient jdbc, Rounds rounds, Templates templates, ExpectedUnits expectedUnits) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.templates = templates;
        this.expectedUnits = expectedUnits;
    }

    /** One round's totals for {@code regionCode} (default: the round's region) and each region or unit below. */
    public Rollup forRound(long roundId, String regionCode) {
        Round round = rounds.load(roundId);
        return build(List.of(round), regionCode == null ? round.regionCode() : regionCode);
    }

    /** A campaign's totals over all its rounds, never counting cumulative figures twice. */
    public Rollup forCampaign(long campaignId, String regionCode) {
        List<Round> all = jdbc.sql(Rounds.SELECT + " where o.campaign_id = :c order by o.seq").param("c", campaignId)
                .query(Rounds::round).list();
        if (all.isEmpty()) {
            throw new NotFoundProblem("campaign", campaignId);
        }
        Template template = templates.forRounds(all);
        List<Round> counted = template.figures() == Figures.CUMULATIVE ? List.of(all.get(all.size() - 1)) : all;
        return build(counted, regionCode == null ? all.get(0).regionCode() : regionCode);
    }

    private record Place(String code, String name, String path) {
    }

    /**
     * A handful of set-based queries whatever the region's size (the nation has 31 provinces below it): totals,
     * progress and expected units for the region and all its children at once, then its own units' figures.
     */
    private Rollup build(List<Round> counted, String regionCode) {
        return build(counted, regionCode, templates.forRounds(counted));
    }

    /** For callers that loaded the rounds and their template already ({@link RollupReports}). */
    Rollup build(List<Round> counted, String regionCode, Template template) {
        DataScope scope = Actors.scopeFor(Permission.REPORT_REVIEW);
        Place region = place(regionCode).filter(p -> scope.coversArea(p.path()))
                .orElseThrow(() -> new NotFoundProblem("region", regionCode));
        Long[] roundIds = counted.stream().map(Round::id).toArray(Long[]::new);
        String roundPath = place(counted.get(0).regionCode()).orElseThrow().path();
        // the nation (000000) is the parent of the provinces, which have no parent_code
        List<Place> children = jdbc.sql("""
                select r.code, r.name, r.path from region r
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
                        : totals.computeIfAbsent(rs.getString(1).trim(), k -> zeros(template))
                                .put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        java.util.function.Function<Place, Rollup.Line> line = p -> new Rollup.Line(p.code(), p.name(),
                expected.getOrDefault(p.code(), 0), accepted.getOrDefault(p.code(), 0), null,
                derive(template, totals.getOrDefault(p.code(), zeros(template))));
        List<Rollup.Line> lines = new ArrayList<>(children.stream().map(line).toList());
        lines.addAll(unitLines(region.code(), roundPath, roundIds, template));
        return new Rollup(region.code(), region.name(), line.apply(region), lines);
    }

    private Optional<Place> place(String code) {
        Optional<Place> found = jdbc.sql("select code, name, path from region where code = :c").param("c", code)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        return found.isEmpty() && RollupLedger.NATION.equals(code) ? Optional.of(new Place(code, "全国", "/")) : found;
    }

    /** The units sitting directly in the region, each with its accepted figures (zeros when none). */
    private List<Rollup.Line> unitLines(String regionCode, String roundPath, Long[] roundIds, Template template) {
        record UnitRow(long id, String name) {
        }
        List<UnitRow> units = jdbc.sql("""
                select u.id, u.name from unit u join region g on g.code = u.region_code
                 where u.region_code = :c and u.active and g.path like :roundPath || '%' order by u.path""")
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
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> zeros(template))
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
                    own.isEmpty() ? null : own.get(0), derive(template, values.getOrDefault(unit.id(), zeros(template))));
        }).toList();
    }

    private static Map<String, BigDecimal> zeros(Template template) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        template.entered().forEach(i -> values.put(i.code(), BigDecimal.ZERO));
        return values;
    }

    /** Adds the derived indicators (结案率 of the totals, not an average of rates). */
    private static Map<String, BigDecimal> derive(Template template, Map<String, BigDecimal> values) {
        values.putAll(RuleCheck.check(template, values, Map.of()).derived());
        return values;
    }
}
