package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.assessment.FigureCatalog.Source;
import org.shuangda.assessment.supervision.Visits;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.Tasks;
import org.shuangda.cases.publication.Publications;
import org.shuangda.cases.publication.PublicationView;
import org.shuangda.inspections.draw.InspectionResult;
import org.shuangda.inspections.draw.Results;
import org.shuangda.leadership.FundLedger;
import org.shuangda.leadership.Funds;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DerivedFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The figures of {@link FigureCatalog} for each target of a scheme over its period, read only through what the other
 * modules publish: reporting's {@link Rounds} and {@link RoundProgress} (each expected unit of a round due in the
 * period, submitted, on time), every {@link DerivedFigures} bean (cases, complaints, inspection records, the software
 * ledger: each of the target's units asked and the counts added up), {@link Publications} (penalty decisions of the
 * period and whether each was public by its 20-working-day date), {@link Results} (inspection results and their
 * publication date), campaigns' {@link Tasks} (the tasks a target's unit leads that fell due, completed by the due
 * date; the supervised ones apart) and leadership's {@link Funds} (allocated and disbursed to the target's units in
 * the campaigns running in the period). Only the sources the scheme's formulas name are asked. Things due in the
 * period count once their date has passed (a round due tomorrow is not yet missing).
 *
 * <p>These lists are read as the platform ({@link #READER}): the office has already been checked to manage the
 * scheme, and the scores must not depend on which office reads them. The penalty publications and inspection
 * results come through their modules' list queries, which stop at 500 rows; when a list is that long the figure is
 * left without a value (the item scores as "no data") and the log says so.
 */
@Component
class AssessmentFigures {

    private static final Logger log = LoggerFactory.getLogger(AssessmentFigures.class);
    static final Actor READER = Actor.system("考核计分");
    private static final int LIST_CAP = 500;

    /** One target: its seq, and either its region (REGIONS) or its unit (UNITS). */
    record Target(int seq, String regionCode, Long unitId, String path) {
    }

    private final List<DerivedFigures> derived;
    private final UnitDirectory units;
    private final Rounds rounds;
    private final RoundProgress progress;
    private final Tasks tasks;
    private final Campaigns campaigns;
    private final Funds funds;
    private final Publications publications;
    private final Results results;
    private final Visits visits;
    private final Clock clock;

    AssessmentFigures(List<DerivedFigures> derived, UnitDirectory units, Rounds rounds, RoundProgress progress,
            Tasks tasks, Campaigns campaigns, Funds funds, Publications publications, Results results, Visits visits,
            Clock clock) {
        this.derived = List.copyOf(derived);
        this.units = units;
        this.rounds = rounds;
        this.progress = progress;
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.funds = funds;
        this.publications = publications;
        this.results = results;
        this.visits = visits;
        this.clock = clock;
    }

    /** The figures of each target (by seq) for {@code from..to}, for the codes {@code needed}. */
    Map<Integer, Map<String, BigDecimal>> figures(List<Target> targets, Set<String> needed, LocalDate from,
            LocalDate to) {
        Set<Source> sources = FigureCatalog.sourcesOf(needed);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        LocalDate dueBy = to.isBefore(today) ? to : today;
        Map<Integer, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        Map<Long, Integer> targetOfUnit = new HashMap<>();
        Map<Integer, List<UnitRef>> unitsOf = new HashMap<>();
        for (Target t : targets) {
            Map<String, BigDecimal> zero = new LinkedHashMap<>();
            for (String code : needed) {
                FigureCatalog.find(code).ifPresent(f -> zero.put(code, BigDecimal.ZERO));
            }
            out.put(t.seq(), zero);
            List<UnitRef> own = t.regionCode() != null ? units.inRegion(t.regionCode())
                    : t.unitId() == null ? List.of() : units.subtree(t.unitId());
            unitsOf.put(t.seq(), own);
            own.forEach(u -> targetOfUnit.putIfAbsent(u.id(), t.seq()));
        }
        for (Source source : sources) {
            try {
                switch (source) {
                    case REPORTING -> reporting(out, targetOfUnit, from, dueBy);
                    case TASKS -> tasks(out, targetOfUnit, from, dueBy);
                    case FUNDS -> funds(out, targetOfUnit, from, to);
                    case PUBLICATIONS -> publications(out, targetOfUnit, from, to, today);
                    case INSPECTION_RESULTS -> inspectionResults(out, targets, from, to, today);
                    case SUPERVISION -> supervision(out, targetOfUnit, from, dueBy);
                    default -> derived(out, unitsOf, source, from, to);
                }
            } catch (RuntimeException e) {
                // one module's failure leaves its figures without a value, never blocks the scoring
                log.warn("Assessment figures from {} failed: {}", source, e.toString());
                out.values().forEach(m -> FigureCatalog.all().stream().filter(f -> f.source() == source)
                        .forEach(f -> m.remove(f.code())));
            }
        }
        return out;
    }

    private void reporting(Map<Integer, Map<String, BigDecimal>> out, Map<Long, Integer> targetOf, LocalDate from,
            LocalDate dueBy) {
        for (RoundView view : rounds.list(READER, null)) {
            LocalDate due = view.round().dueOn();
            if (due.isBefore(from) || due.isAfter(dueBy)) {
                continue;
            }
            for (RoundProgress.Line line : progress.lines(READER, view.round().id())) {
                Integer seq = targetOf.get(line.unitId());
                if (seq == null) {
                    continue;
                }
                boolean submitted = line.status() == SubmissionStatus.SUBMITTED
                        || line.status() == SubmissionStatus.ACCEPTED;
                add(out, seq, "report_expected", 1);
                add(out, seq, "report_submitted", submitted ? 1 : 0);
                add(out, seq, "report_on_time", submitted && Boolean.TRUE.equals(line.onTime()) ? 1 : 0);
            }
        }
    }

    private void tasks(Map<Integer, Map<String, BigDecimal>> out, Map<Long, Integer> targetOf, LocalDate from,
            LocalDate dueBy) {
        for (TaskRow row : tasks.list(READER, new TaskFilter(null, null, null))) {
            var t = row.task();
            Integer seq = t.leadUnitId() == null ? null : targetOf.get(t.leadUnitId());
            if (seq == null || t.dueOn() == null || t.dueOn().isBefore(from) || t.dueOn().isAfter(dueBy)) {
                continue;
            }
            boolean onTime = t.completedAt() != null
                    && !t.completedAt().atZone(WorkingCalendar.ZONE).toLocalDate().isAfter(t.dueOn());
            add(out, seq, "tasks_due", 1);
            add(out, seq, "tasks_on_time", onTime ? 1 : 0);
            if (t.supervised()) {
                add(out, seq, "supervised_due", 1);
                add(out, seq, "supervised_on_time", onTime ? 1 : 0);
            }
        }
    }

    private void funds(Map<Integer, Map<String, BigDecimal>> out, Map<Long, Integer> targetOf, LocalDate from,
            LocalDate to) {
        for (CampaignSummary c : campaigns.list(READER, null)) {
            boolean running = (c.startsOn() == null || !c.startsOn().isAfter(to))
                    && (c.endsOn() == null || !c.endsOn().isBefore(from));
            if (!running) {
                continue;
            }
            FundLedger ledger = funds.ledger(READER, c.id());
            for (FundLedger.UnitLine line : ledger.units()) {
                Integer seq = targetOf.get(line.unitId());
                if (seq != null) {
                    add(out, seq, "funds_allocated", line.sums().allocated());
                    add(out, seq, "funds_disbursed", line.sums().disbursed());
                }
            }
        }
    }

    private void publications(Map<Integer, Map<String, BigDecimal>> out, Map<Long, Integer> targetOf, LocalDate from,
            LocalDate to, LocalDate today) {
        List<PublicationView> all = publications.list(READER, null);
        if (all.size() >= LIST_CAP) {
            throw new IllegalStateException("penalty publications reach the list's cap of " + LIST_CAP);
        }
        for (PublicationView v : all) {
            var p = v.publication();
            Integer seq = targetOf.get(p.unitId());
            if (seq == null || p.decidedOn().isBefore(from) || p.decidedOn().isAfter(to)) {
                continue;
            }
            boolean published = p.publishedAt() != null;
            if (!published && !today.isAfter(p.dueOn())) {
                continue; // still within its 20 working days
            }
            add(out, seq, "penalties_due", 1);
            add(out, seq, "penalties_published_on_time", published
                    && !p.publishedAt().atZone(WorkingCalendar.ZONE).toLocalDate().isAfter(p.dueOn()) ? 1 : 0);
        }
    }

    private void inspectionResults(Map<Integer, Map<String, BigDecimal>> out, List<Target> targets, LocalDate from,
            LocalDate to, LocalDate today) {
        List<InspectionResult> all = results.list(READER, false);
        if (all.size() >= LIST_CAP) {
            throw new IllegalStateException("inspection results reach the list's cap of " + LIST_CAP);
        }
        for (InspectionResult r : all) {
            if (r.inspectedOn().isBefore(from) || r.inspectedOn().isAfter(to)) {
                continue;
            }
            if (!r.published() && !today.isAfter(r.publishDue())) {
                continue;
            }
            for (Target t : targets) {
                if (new Scheme.Target(t.seq(), t.regionCode(), t.unitId(), "", t.path())
                        .covers(r.unitPath(), r.regionPath())) {
                    add(out, t.seq(), "inspection_results", 1);
                    add(out, t.seq(), "inspection_results_on_time", r.published()
                            && !r.publishedAt().atZone(WorkingCalendar.ZONE).toLocalDate().isAfter(r.publishDue()) ? 1 : 0);
                    break;
                }
            }
        }
    }

    private void supervision(Map<Integer, Map<String, BigDecimal>> out, Map<Long, Integer> targetOf, LocalDate from,
            LocalDate dueBy) {
        for (Visits.FindingCount f : visits.findingsDue(targetOf.keySet(), from, dueBy)) {
            Integer seq = targetOf.get(f.unitId());
            if (seq != null) {
                add(out, seq, "supervision_findings", f.due());
                add(out, seq, "supervision_findings_on_time", f.closedOnTime());
            }
        }
    }

    private void derived(Map<Integer, Map<String, BigDecimal>> out, Map<Integer, List<UnitRef>> unitsOf, Source source,
            LocalDate from, LocalDate to) {
        List<String> codes = new ArrayList<>();
        FigureCatalog.all().stream().filter(f -> f.source() == source).forEach(f -> codes.add(f.code()));
        for (DerivedFigures figures : derived) {
            if (!figures.sourceLabel().equals(source.derivedLabel())) {
                continue;
            }
            for (Map.Entry<Integer, List<UnitRef>> e : unitsOf.entrySet()) {
                for (UnitRef unit : e.getValue()) {
                    Map<String, BigDecimal> values = figures.figuresFor(unit.id(), from, to);
                    for (String code : codes) {
                        BigDecimal v = values == null ? null : values.get(code);
                        if (v != null) {
                            add(out, e.getKey(), code, v);
                        }
                    }
                }
            }
        }
    }

    private static void add(Map<Integer, Map<String, BigDecimal>> out, int seq, String code, long n) {
        add(out, seq, code, BigDecimal.valueOf(n));
    }

    private static void add(Map<Integer, Map<String, BigDecimal>> out, int seq, String code, BigDecimal n) {
        Map<String, BigDecimal> m = out.get(seq);
        if (m.containsKey(code)) {
            m.merge(code, n, BigDecimal::add);
        }
    }

    /** The sources a set of codes reads, as the page lists them. */
    static Set<Source> sources(Set<String> codes) {
        Set<Source> s = EnumSet.noneOf(Source.class);
        s.addAll(FigureCatalog.sourcesOf(codes));
        return s;
    }
}
