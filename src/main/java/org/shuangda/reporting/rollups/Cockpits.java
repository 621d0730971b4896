package org.shuangda.reporting.rollups;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rollup;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.rounds.ReportingAccess;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read-only cockpit (驾驶舱) of an upper office or a leader: for every campaign with rounds in his scope,
 * at the region his scope opens at ({@link RollupReports#openingRegion}: the city for the city office, even for
 * a city-wide campaign whose rounds the counties report into), one round's completeness and totals, the regions
 * directly below ranked (counties for a city, cities for a province), the units sitting in the region itself,
 * the trend over the campaign's rounds and the units overdue in rounds already due. Drill-down: a region line
 * opens the same board one level down, a unit line the unit's submissions ({@link #unit}), each of which opens
 * the submission. Needs {@code REPORT_REVIEW} or {@code REPORT_VIEW}; a region or unit outside the scope is 404.
 */
@Service
public class Cockpits {

    /** Indicators a board shows first, when the template has them. */
    static final List<String> KEY_INDICATORS = List.of("officers", "entities_checked", "cases_opened", "transferred",
            "case_value");

    /** Region lines ranked: handed in (and not returned) per expected unit, then accepted, then the figure. */
    public record Ranked(int rank, String code, String name, int expected, int handedIn, int returned, int missing,
            int accepted, Map<String, BigDecimal> values) {

        public double reportedRate() {
            return expected == 0 ? 0 : (double) (handedIn - returned) / expected;
        }

        public double acceptedRate() {
            return expected == 0 ? 0 : (double) accepted / expected;
        }

        public BigDecimal value(String code) {
            return values.get(code);
        }
    }

    /** A unit sitting in the region itself (a county's member units; a city's own bureaus). */
    public record UnitLine(long unitId, String name, Long submissionId, SubmissionStatus status, Boolean onTime,
            Map<String, BigDecimal> values) {

        public BigDecimal value(String code) {
            return values.get(code);
        }
    }

    /** One round of the campaign at the board's region. */
    public record TrendPoint(long roundId, String name, LocalDate dueOn, int expected, int handedIn, int accepted,
            BigDecimal figure) {

        public double reportedRate() {
            return expected == 0 ? 0 : (double) handedIn / expected;
        }
    }

    /** A unit that never handed in a round already due. */
    public record Overdue(long roundId, String roundName, LocalDate dueOn, String unitName) {
    }

    /** A region on the way from the board's opening region down to this one (the breadcrumb). */
    public record Crumb(String code, String name) {
    }

    public record Board(long campaignId, String title, Round round, List<Round> rounds, String regionCode,
            String regionName, List<Crumb> crumbs, Completeness completeness, List<Indicator> indicators,
            Indicator rankedBy, Map<String, BigDecimal> totals, List<Ranked> ranking, List<UnitLine> units,
            List<TrendPoint> trend, List<Overdue> overdue, boolean roundOpen) {

        public BigDecimal total(String code) {
            return totals.get(code);
        }
    }

    /** The unit's submissions, round by round, in the campaign. */
    public record UnitHistory(long campaignId, String title, long unitId, String unitName, String regionCode,
            String regionName, List<Crumb> crumbs, List<Indicator> indicators, List<UnitRound> rounds) {
    }

    public record UnitRound(Round round, Long submissionId, SubmissionStatus status, Boolean onTime,
            String returnedReason, Map<String, BigDecimal> values) {

        public BigDecimal value(String code) {
            return values.get(code);
        }
    }

    private final RollupReports reports;
    private final Rounds rounds;
    private final CountedRounds counted;
    private final TemplateStore templates;
    private final CampaignDirectory campaigns;
    private final CockpitStore store;
    private final Clock clock;

    Cockpits(RollupReports reports, Rounds rounds, CountedRounds counted, TemplateStore templates,
            CampaignDirectory campaigns, CockpitStore store, Clock clock) {
        this.reports = reports;
        this.rounds = rounds;
        this.counted = counted;
        this.templates = templates;
        this.campaigns = campaigns;
        this.store = store;
        this.clock = clock;
    }

    /** Whether the actor has a cockpit at all (an office or a leader). */
    public static boolean offeredTo(Actor actor) {
        try {
            ReportingAccess.rollupScope(actor);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * One board per campaign with rounds in the actor's scope, at his opening region and the campaign's latest
     * round; campaigns with a round still open first (due soonest first), then closed ones (latest first); at
     * most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Board> overview(Actor actor, int limit) {
        DataScope scope = ReportingAccess.rollupScope(actor);
        Map<Long, Round> latest = new LinkedHashMap<>();
        for (RoundView v : rounds.list(actor, null)) {
            latest.merge(v.round().campaignId(), v.round(), (a, b) -> b.seq() > a.seq() ? b : a);
        }
        LocalDate today = today();
        // open rounds first, the one due soonest first (what needs acting on now); then closed ones, latest first
        List<Round> ordered = latest.values().stream()
                .sorted(Comparator.comparing((Round r) -> r.lockedOn(today))
                        .thenComparing(r -> r.lockedOn(today) ? -r.dueOn().toEpochDay() : r.dueOn().toEpochDay())
                        .thenComparing(Round::id))
                .toList();
        List<Board> boards = new ArrayList<>();
        for (Round round : ordered) {
            if (boards.size() >= limit) {
                break;
            }
            String region = reports.openingRegion(actor, round);
            Optional<CockpitStore.Place> place = store.region(region);
            if (place.isEmpty() || !scope.coversArea(place.get().path())) {
                continue; // a round the actor reports into but whose roll-up he does not read
            }
            boards.add(board(actor, round.campaignId(), round.id(), region, null));
        }
        return boards;
    }

    /** The board of one campaign: {@code roundId} null = its latest round; {@code regionCode} null = the opening region. */
    @Transactional(readOnly = true)
    public Board board(Actor actor, long campaignId, Long roundId, String regionCode, String indicator) {
        DataScope scope = ReportingAccess.rollupScope(actor);
        List<Round> all = counted.ofCampaign(campaignId);
        Round round = roundId == null ? all.get(all.size() - 1)
                : all.stream().filter(r -> r.id() == roundId).findFirst()
                        .orElseThrow(() -> new NotFoundProblem("round", roundId));
        String opening = reports.openingRegion(actor, round);
        String region = regionCode == null || regionCode.isBlank() ? opening : regionCode;
        CockpitStore.Place place = store.region(region).filter(p -> scope.coversArea(p.path()))
                .orElseThrow(() -> new NotFoundProblem("region", region));
        String roundPath = store.region(round.regionCode()).orElseThrow().path();
        // the round's region, a region below it, or one above it in scope (a province reading a city's campaign)
        if (!place.path().startsWith(roundPath) && !roundPath.startsWith(place.path())) {
            throw new NotFoundProblem("region", region);
        }
        Template template = templates.columnsFor(all);
        List<Indicator> shown = indicators(template);
        Indicator rankedBy = template.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElse(shown.get(0));

        RollupReport report = reports.report(actor, round.id(), null, region, RollupBy.REGION);
        List<Ranked> ranking = new ArrayList<>();
        List<UnitLine> units = new ArrayList<>();
        Map<Long, UnitStatus> statuses = new LinkedHashMap<>();
        report.units().forEach(u -> statuses.put(u.unitId(), u));
        for (Rollup.Line line : report.lines()) {
            if (line.key().matches("\\d{6}")) {
                Completeness c = reports.report(actor, round.id(), null, line.key(), RollupBy.REGION).completeness();
                ranking.add(new Ranked(0, line.key(), line.name(), c.expected(), c.submitted(), c.returned(),
                        c.missing(), c.accepted(), line.values()));
            } else {
                long unitId = Long.parseLong(line.key());
                UnitStatus s = statuses.get(unitId);
                units.add(new UnitLine(unitId, line.name(), s == null ? null : s.submissionId(),
                        s == null ? null : s.status(), s == null ? null : s.onTime(), line.values()));
            }
        }
        ranking.sort(Comparator.comparingDouble(Ranked::reportedRate).reversed()
                .thenComparing(Comparator.comparingDouble(Ranked::acceptedRate).reversed())
                .thenComparing(r -> r.value(rankedBy.code()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Ranked::code));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            Ranked r = ranking.get(i);
            ranked.add(new Ranked(i + 1, r.code(), r.name(), r.expected(), r.handedIn(), r.returned(), r.missing(),
                    r.accepted(), r.values()));
        }

        LocalDate today = today();
        List<TrendPoint> trend = new ArrayList<>();
        List<Overdue> overdue = new ArrayList<>();
        for (Round r : all) {
            RollupReport each = r.id() == round.id() ? report : reports.report(actor, r.id(), null, region, RollupBy.REGION);
            Completeness c = each.completeness();
            trend.add(new TrendPoint(r.id(), r.name(), r.dueOn(), c.expected(), c.submitted(), c.accepted(),
                    each.total().values().get(rankedBy.code())));
            if (r.dueOn().isBefore(today)) {
                c.missingUnits().forEach(u -> overdue.add(new Overdue(r.id(), r.name(), r.dueOn(), u)));
            }
        }
        String title = campaigns.find(campaignId).map(CampaignRef::title).orElse("");
        return new Board(campaignId, title, round, all, place.code(), place.name(), crumbs(actor, round, place.path()),
                report.completeness(), shown, rankedBy, report.total().values(), ranked, units, trend, overdue,
                !round.lockedOn(today));
    }

    /** A unit's submissions to the campaign's rounds: the unit must lie in the actor's scope and the rounds' region. */
    @Transactional(readOnly = true)
    public UnitHistory unit(Actor actor, long campaignId, long unitId) {
        DataScope scope = ReportingAccess.rollupScope(actor);
        List<Round> all = counted.ofCampaign(campaignId);
        CockpitStore.UnitPlace unit = store.unit(unitId).filter(u -> scope.coversUnit(u.path(), u.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("unit", unitId));
        String roundPath = store.region(all.get(0).regionCode()).orElseThrow().path();
        if (!unit.regionPath().startsWith(roundPath)) {
            throw new NotFoundProblem("unit", unitId);
        }
        Template template = templates.columnsFor(all);
        Map<Long, CockpitStore.UnitSubmission> byRound = new LinkedHashMap<>();
        store.submissions(unitId, all.stream().map(Round::id).toArray(Long[]::new))
                .forEach(s -> byRound.put(s.roundId(), s));
        List<UnitRound> lines = all.stream().map(r -> {
            CockpitStore.UnitSubmission s = byRound.get(r.id());
            return s == null ? new UnitRound(r, null, null, null, null, Map.of())
                    : new UnitRound(r, s.submissionId(), s.status(), s.onTime(), s.returnedReason(), s.values());
        }).toList();
        String title = campaigns.find(campaignId).map(CampaignRef::title).orElse("");
        return new UnitHistory(campaignId, title, unitId, unit.name(), unit.regionCode(), unit.regionName(),
                crumbs(actor, all.get(all.size() - 1), unit.regionPath()), indicators(template), lines);
    }

    /**
     * The regions from the top of the actor's scope down to {@code path}: the city office's crumbs start at the
     * city, the province's at the province (province → city → county).
     */
    private List<Crumb> crumbs(Actor actor, Round round, String path) {
        DataScope scope = ReportingAccess.rollupScope(actor);
        return store.along(path).stream().filter(p -> scope.coversArea(p.path()))
                .map(p -> new Crumb(p.code(), p.name())).toList();
    }

    private static List<Indicator> indicators(Template template) {
        List<Indicator> shown = new ArrayList<>();
        KEY_INDICATORS.forEach(code -> template.indicator(code).ifPresent(shown::add));
        if (shown.isEmpty()) {
            template.indicators().stream().limit(4).forEach(shown::add);
        }
        return shown;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.shuangda.calendar.WorkingCalendar.ZONE));
    }
}
