package org.shuangda.reporting.rollups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.Rollup;
import org.shuangda.reporting.Rollups;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.rounds.RoundStore;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.reporting.rounds.ReportingAccess;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roll-ups as offices read them: the totals from {@link Rollups} (which checks {@code REPORT_REVIEW} over the
 * region: outside it 404, without it 403 — so a unit reporter is refused, as the roll-up is the office's
 * view; reporters see their own figures on their submission), lines cut by region, unit type or unit, and
 * completeness and timeliness per round. A campaign of CUMULATIVE figures takes each unit's latest round,
 * as {@link Rollups} does; completeness is always per round (a campaign adds the rounds up).
 */
@Service
public class RollupReports {

    private final RegionRollups rollups;
    private final CountedRounds rounds;
    private final RoundStore roundStore;
    private final TemplateStore templates;
    private final RollupBreakdowns breakdowns;
    private final ExpectedUnits expectedUnits;

    RollupReports(RegionRollups rollups, CountedRounds rounds, RoundStore roundStore, TemplateStore templates,
            RollupBreakdowns breakdowns, ExpectedUnits expectedUnits) {
        this.rollups = rollups;
        this.rounds = rounds;
        this.roundStore = roundStore;
        this.templates = templates;
        this.breakdowns = breakdowns;
        this.expectedUnits = expectedUnits;
    }

    @Transactional(readOnly = true)
    public RollupReport report(Actor actor, Long roundId, Long campaignId, String regionCode, RollupBy by) {
        if ((roundId == null) == (campaignId == null)) {
            throw new InvalidInput("round", "reporting.rollup.roundOrCampaign");
        }
        List<Round> all = roundId != null ? List.of(rounds.round(roundId)) : rounds.ofCampaign(campaignId);
        Template template = templates.columnsFor(all);
        List<Round> countedRounds = roundId != null ? all : CountedRounds.counted(all, template);
        // first: the scope over the region is checked (404 outside, 403 without REPORT_REVIEW)
        Rollup base = rollups.build(actor, countedRounds, regionCode == null ? openingRegion(actor, all.get(0)) : regionCode,
                template);
        Long[] counted = countedRounds.stream().map(Round::id).toArray(Long[]::new);
        String regionPath = path(base.regionCode());
        String roundPath = path(all.get(0).regionCode());
        List<Rollup.Line> lines = switch (by) {
            case REGION -> base.lines();
            case UNIT -> unitLines(breakdowns.unitFigures(regionPath, roundPath, counted, template), counted.length);
            case UNIT_TYPE -> typeLines(breakdowns.unitFigures(regionPath, roundPath, counted, template),
                    counted.length, template);
        };
        // a province or the nation has thousands of units: counts only there (the lines drill down to them)
        ExpectedUnits.Counted regionUnits = expectedUnits.under(regionPath, roundPath);
        List<Completeness> perRound = new ArrayList<>();
        List<UnitStatus> units = List.of();
        for (Round round : all) {
            if (regionUnits.listable()) {
                units = breakdowns.statuses(round.id(), regionPath, roundPath);
                perRound.add(RollupBreakdowns.completeness(round, units));
            } else {
                perRound.add(expectedUnits.completeness(round, base.regionCode(), regionUnits));
            }
        }
        Completeness overall = roundId != null ? perRound.get(0) : Completeness.sum(perRound);
        return new RollupReport(base.regionCode(), base.regionName(), by.param(), roundId, campaignId,
                template.figures(), base.total(), lines, overall, perRound, units, regionUnits.listable());
    }

    /**
     * The campaign's rounds in order (404 when it has none), for the office's pages around its roll-up
     * ({@code REPORT_REVIEW}).
     */
    public List<Round> campaignRounds(Actor actor, long campaignId) {
        ReportingAccess.rollupScope(actor);
        return rounds.ofCampaign(campaignId);
    }

    private static List<Rollup.Line> unitLines(List<RollupBreakdowns.UnitFigures> units, int rounds) {
        return units.stream().map(u -> new Rollup.Line(String.valueOf(u.unitId()), u.name(), u.active() ? 1 : 0,
                u.acceptedRounds() / rounds, u.latestAccepted(), u.values())).toList();
    }

    /** Units summed per type, in the order types first appear; key = the UnitType name. */
    private static List<Rollup.Line> typeLines(List<RollupBreakdowns.UnitFigures> units, int rounds, Template template) {
        Map<String, List<RollupBreakdowns.UnitFigures>> byType = new LinkedHashMap<>();
        units.forEach(u -> byType.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(u));
        List<Rollup.Line> lines = new ArrayList<>();
        byType.forEach((type, members) -> {
            Map<String, BigDecimal> sum = RollupBreakdowns.zeros(template);
            members.forEach(m -> sum.replaceAll((code, v) -> v.add(m.values().getOrDefault(code, BigDecimal.ZERO))));
            int expected = (int) members.stream().filter(RollupBreakdowns.UnitFigures::active).count();
            int accepted = members.stream().mapToInt(RollupBreakdowns.UnitFigures::acceptedRounds).sum() / rounds;
            lines.add(new Rollup.Line(type, type, expected, accepted, null, RollupBreakdowns.derive(template, sum)));
        });
        return lines;
    }

    /**
     * The region a roll-up opens at when none is asked for: the round's, or the widest of the actor's scope inside
     * it ({@link ReportingAccess#openingRegionPath}), so a county office opens a city-wide round at its county.
     */
    public String openingRegion(Actor actor, Round round) {
        String roundPath = path(round.regionCode());
        return ReportingAccess.openingRegionPath(actor, roundPath).map(RollupReports::lastCode)
                .orElse(round.regionCode());
    }

    static String lastCode(String path) {
        String[] parts = path.split("/");
        return parts[parts.length - 1];
    }

    private String path(String regionCode) {
        return roundStore.regionPath(regionCode).orElseThrow();
    }
}
