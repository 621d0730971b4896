package org.shuangda.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    Rollups(JdbcClient jdbc, Rounds rounds, Templates templates) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.templates = templates;
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
        Template template = templates.load(all.get(0).templateId());
        List<Round> counted = template.figures() == Figures.CUMULATIVE ? List.of(all.get(all.size() - 1)) : all;
        return build(counted, regionCode == null ? all.get(0).regionCode() : regionCode);
    }

    private Rollup build(List<Round> counted, String regionCode) {
        DataScope scope = Actors.scopeFor(Permission.REPORT_REVIEW);
        record Place(String code, String name, String path) {
        }
        Place region = jdbc.sql("select code, name, path from region where code = :c").param("c", regionCode)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .filter(p -> scope.coversArea(p.path()))
                .orElseThrow(() -> new NotFoundProblem("region", regionCode));
        Template template = templates.load(counted.get(0).templateId());
        Long[] roundIds = counted.stream().map(Round::id).toArray(Long[]::new);
        String roundPath = jdbc.sql("select path from region where code = :c").param("c", counted.get(0).regionCode())
                .query(String.class).single();
        Rollup.Line total = regionLine(region.code(), region.name(), region.path(), roundPath, roundIds, template);
        List<Rollup.Line> lines = new ArrayList<>();
        List<Place> children = jdbc.sql("""
                select r.code, r.name, r.path from region r
                 where r.parent_code = :c and exists (select 1 from unit u join region g on g.code = u.region_code
                         where g.path like r.path || '%' and g.path like :roundPath || '%' and u.active)
                 order by r.code""").param("c", region.code()).param("roundPath", roundPath)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        for (Place child : children) {
            lines.add(regionLine(child.code(), child.name(), child.path(), roundPath, roundIds, template));
        }
        lines.addAll(unitLines(region.code(), roundPath, roundIds, template, counted.size()));
        return new Rollup(region.code(), region.name(), total, lines);
    }

    /** {@code roundPath}: the round's region; only its units are expected to report. */
    private Rollup.Line regionLine(String code, String name, String path, String roundPath, Long[] roundIds,
            Template template) {
        Map<String, BigDecimal> values = zeros(template);
        jdbc.sql("""
                select i.code, sum(t.value) from report_region_total t join report_indicator i on i.id = t.indicator_id
                 where t.round_id = any(:rounds) and t.region_code = :code group by i.code""")
                .param("rounds", roundIds).param("code", code)
                .query((rs, n) -> values.put(rs.getString(1), rs.getBigDecimal(2))).list();
        int expected = jdbc.sql("""
                select count(*) from unit u join region g on g.code = u.region_code
                 where u.active and g.path like :path || '%' and g.path like :roundPath || '%'""")
                .param("path", path).param("roundPath", roundPath).query(Integer.class).single();
        // completeness is per round: with several rounds, the mean accepted count per round
        int accepted = jdbc.sql("""
                select coalesce(sum(accepted_units), 0) from report_region_progress
                 where round_id = any(:rounds) and region_code = :code""").param("rounds", roundIds).param("code", code)
                .query(Integer.class).single() / roundIds.length;
        return new Rollup.Line(code, name, expected, accepted, null, derive(template, values));
    }

    /** The units sitting directly in the region, each with its accepted figures (zeros when none). */
    private List<Rollup.Line> unitLines(String regionCode, String roundPath, Long[] roundIds, Template template,
            int rounds) {
        record UnitRow(long id, String name) {
        }
        List<UnitRow> units = jdbc.sql("""
                select u.id, u.name from unit u join region g on g.code = u.region_code
                 where u.region_code = :c and u.active and g.path like :roundPath || '%' order by u.path""")
                .param("c", regionCode).param("roundPath", roundPath).query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2))).list();
        List<Rollup.Line> lines = new ArrayList<>();
        for (UnitRow unit : units) {
            Map<String, BigDecimal> values = zeros(template);
            jdbc.sql("""
                    select i.code, sum(v.value) from report_submission s
                      join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                      join report_indicator i on i.id = v.indicator_id
                     where s.round_id = any(:rounds) and s.unit_id = :u and s.status = 'ACCEPTED' group by i.code""")
                    .param("rounds", roundIds).param("u", unit.id())
                    .query((rs, n) -> values.put(rs.getString(1), rs.getBigDecimal(2))).list();
            List<Long> submissions = jdbc.sql("""
                    select id from report_submission where round_id = any(:rounds) and unit_id = :u and status = 'ACCEPTED'
                     order by round_id desc""").param("rounds", roundIds).param("u", unit.id()).query(Long.class).list();
            lines.add(new Rollup.Line(String.valueOf(unit.id()), unit.name(), 1, submissions.size() / rounds,
                    submissions.isEmpty() ? null : submissions.get(0), derive(template, values)));
        }
        return lines;
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
