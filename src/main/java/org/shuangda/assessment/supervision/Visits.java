package org.shuangda.assessment.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.assessment.supervision.Visit.Check;
import org.shuangda.assessment.supervision.Visit.Finding;
import org.shuangda.assessment.supervision.VisitStore.Placed;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查 visits (seed 004: "每年开展四次以上督查工作"). The office ({@code ASSESSMENT_MANAGE} over its own unit) plans a
 * visit to a member unit within its region with a checklist, records it with each point's outcome and the findings;
 * each finding is a rectification task with its date: the visited unit ({@code ASSESSMENT_SUBMIT} over the unit)
 * reports what it did, the office closes it or sends it back, and the visit closes with its last finding. Readers:
 * the office's side and the visited unit ({@code ASSESSMENT_VIEW}); anyone else: not found.
 */
@Service
public class Visits {

    private static final String TYPE = "supervision_visit";
    static final int MAX_CHECKS = 50;
    static final int MAX_FINDINGS = 50;

    /** Per unit: findings due in a period and those closed by their date (assessment's figures). */
    public record FindingCount(long unitId, long due, long closedOnTime) {
    }

    private final VisitStore store;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Visits(VisitStore store, UnitDirectory units, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    public List<Visit> list(Actor actor) {
        requireReader(actor);
        return store.visible(scope(actor, Permission.ASSESSMENT_MANAGE).union(scope(actor, Permission.ASSESSMENT_VIEW))
                        .unitOwned("o.path", "o.region_path", "office"),
                scope(actor, Permission.ASSESSMENT_SUBMIT).union(scope(actor, Permission.ASSESSMENT_VIEW))
                        .unitOwned("u.path", "u.region_path", "visited"))
                .stream().map(Placed::visit).toList();
    }

    public Visit get(Actor actor, long id) {
        requireReader(actor);
        return store.find(id).filter(p -> office(actor, p, Permission.ASSESSMENT_MANAGE)
                || office(actor, p, Permission.ASSESSMENT_VIEW) || visited(actor, p, Permission.ASSESSMENT_SUBMIT)
                || visited(actor, p, Permission.ASSESSMENT_VIEW)).map(Placed::visit)
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    /** The office's steps on the visit now (none for anyone else). */
    public List<VisitAction> actionsFor(Actor actor, Visit visit) {
        boolean manages = store.find(visit.id()).filter(p -> office(actor, p, Permission.ASSESSMENT_MANAGE)).isPresent();
        return manages ? LifecycleAction.available(VisitAction.class, actor, visit.status()) : List.of();
    }

    /** The steps {@code actor} may take on {@code finding} now: the unit's REPORT, the office's CLOSE and REOPEN. */
    public List<FindingAction> actionsFor(Actor actor, Visit visit, Finding finding) {
        Optional<Placed> p = store.find(visit.id());
        if (p.isEmpty()) {
            return List.of();
        }
        List<FindingAction> out = new ArrayList<>();
        for (FindingAction a : FindingAction.values()) {
            boolean side = a == FindingAction.REPORT ? visited(actor, p.get(), Permission.ASSESSMENT_SUBMIT)
                    : office(actor, p.get(), Permission.ASSESSMENT_MANAGE);
            if (side && a.allowedFor(actor, finding.status())) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether the actor may plan visits (the page's button). */
    public boolean mayPlan(Actor actor) {
        return actor.can(Permission.ASSESSMENT_MANAGE) && !actor.isSystem();
    }

    @Transactional
    public Visit plan(Actor actor, VisitForm form) {
        actor.require(Permission.ASSESSMENT_MANAGE);
        UnitRef office = officeUnit(actor, form.officeUnitId());
        Visit draft = validated(actor, null, office, form, 0);
        long id = store.insert(draft);
        Visit saved = store.find(id).orElseThrow().visit();
        events.publishEvent(AuditableChange.created(actor, TYPE, id, saved.title(), audit(saved)));
        return saved;
    }

    @Transactional
    public Visit update(Actor actor, long id, VisitForm form) {
        Placed before = managed(actor, id);
        before.visit().require(VisitAction.EDIT);
        UnitRef office = units.find(before.visit().officeUnitId()).orElseThrow();
        Visit changed = validated(actor, id, office, form,
                form.version() == null ? before.visit().version() : form.version());
        if (!store.update(changed)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Visit after = store.find(id).orElseThrow().visit();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(), audit(before.visit()), audit(after)));
        return after;
    }

    /** Records the visit: each finding becomes a rectification task with its date; no finding: the visit is closed. */
    @Transactional
    public Visit record(Actor actor, long id, VisitRecord record) {
        Visit before = managed(actor, id).visit();
        before.require(VisitAction.RECORD);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate today = today();
        LocalDate on = record.visitedOn();
        if (on == null) {
            problems.add("visitedOn", "error.required");
        } else if (on.isAfter(today)) {
            problems.add("visitedOn", "supervision.visitedOn.future", today);
        } else {
            PlausibleDates.check(problems, "visitedOn", on);
        }
        String inspectors = clean(record.inspectors());
        if (inspectors.isEmpty()) {
            problems.add("inspectors", "error.required");
        } else if (inspectors.length() > 200) {
            problems.add("inspectors", "error.tooLong", 200);
        }
        String summary = clean(record.summary());
        if (summary.length() > 5000) {
            problems.add("summary", "error.tooLong", 5000);
        }
        Map<Integer, VisitRecord.CheckOutcome> outcomes = new LinkedHashMap<>();
        for (VisitRecord.CheckOutcome c : record.checks()) {
            if (c == null || c.seq() == null || before.checks().stream().noneMatch(k -> k.seq() == c.seq())) {
                problems.add("checks", "supervision.check.unknown", c == null || c.seq() == null ? "" : c.seq());
            } else {
                outcomes.put(c.seq(), c);
            }
        }
        List<Check> checks = new ArrayList<>();
        for (Check k : before.checks()) {
            VisitRecord.CheckOutcome o = outcomes.get(k.seq());
            String note = o == null ? "" : clean(o.note());
            if (note.length() > 500) {
                problems.add("checks[" + k.seq() + "].note", "error.tooLong", 500);
            }
            if (o == null || o.outcome() == null) {
                problems.add("checks[" + k.seq() + "].outcome", "supervision.check.outcomeRequired", k.seq());
            }
            checks.add(new Check(k.seq(), k.text(), o == null ? null : o.outcome(), note));
        }
        List<Finding> findings = new ArrayList<>();
        if (record.findings().size() > MAX_FINDINGS) {
            problems.add("findings", "error.limit.items", record.findings().size(), MAX_FINDINGS);
        } else {
            for (int i = 0; i < record.findings().size(); i++) {
                VisitRecord.FindingForm f = record.findings().get(i);
                String text = f == null ? "" : clean(f.text());
                if (text.isEmpty()) {
                    continue;
                }
                if (text.length() > 2000) {
                    problems.add("findings[" + i + "].text", "error.tooLong", 2000);
                }
                if (f.dueOn() == null) {
                    problems.add("findings[" + i + "].dueOn", "supervision.finding.dueRequired", i + 1);
                } else if (on != null && f.dueOn().isBefore(on)) {
                    problems.add("findings[" + i + "].dueOn", "supervision.finding.dueBeforeVisit", i + 1, on);
                } else {
                    PlausibleDates.check(problems, "findings[" + i + "].dueOn", f.dueOn());
                }
                findings.add(new Finding(0, findings.size() + 1, text, f.dueOn(), FindingStatus.OPEN, "", null, null,
                        null, null));
            }
        }
        if (checks.stream().anyMatch(c -> c.outcome() == Visit.Outcome.PROBLEM) && findings.isEmpty()) {
            problems.add("findings", "supervision.finding.problemWithout");
        }
        if (record.version() != null && record.version() != before.version()) {
            problems.add("version", "error.staleVersion");
        }
        problems.throwIfAny();
        Visit recorded = new Visit(before.id(), before.officeUnitId(), before.officeUnitName(), before.regionCode(),
                before.unitId(), before.unitName(), before.title(), before.plannedOn(), on, inspectors, summary,
                findings.isEmpty() ? VisitStatus.CLOSED : VisitStatus.VISITED, checks, findings, before.createdBy(),
                before.version());
        if (!store.record(recorded)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Visit after = store.find(id).orElseThrow().visit();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(),
                Map.of("status", before.status(), "findings", List.of()),
                Map.of("status", after.status(), "visitedOn", on, "findings",
                        after.findings().stream().map(f -> f.seq() + ". " + f.text() + " → " + f.dueOn()).toList())));
        return after;
    }

    /** The visited unit reports a finding rectified (what was done). */
    @Transactional
    public Visit report(Actor actor, long findingId, String rectification) {
        Placed p = placedOfFinding(actor, findingId);
        Finding f = finding(p.visit(), findingId);
        if (!visited(actor, p, Permission.ASSESSMENT_SUBMIT)) {
            throw new NotFoundProblem("supervision_finding", findingId);
        }
        f.require(FindingAction.REPORT);
        String text = required("rectification", rectification, 2000);
        if (!store.report(findingId, text, actor.username(), clock.instant().atOffset(ZoneOffset.UTC))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "supervision_finding", findingId, f.text(),
                Map.of("status", f.status()), Map.of("status", FindingStatus.REPORTED, "rectification", text)));
        return store.find(p.visit().id()).orElseThrow().visit();
    }

    /** The office closes (销号) a reported finding; the visit closes with its last one. */
    @Transactional
    public Visit close(Actor actor, long findingId) {
        Placed p = managedOfFinding(actor, findingId);
        Finding f = finding(p.visit(), findingId);
        f.require(FindingAction.CLOSE);
        if (!store.close(findingId, actor.username(), today())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.closeIfDone(p.visit().id());
        events.publishEvent(AuditableChange.updated(actor, "supervision_finding", findingId, f.text(),
                Map.of("status", f.status()), Map.of("status", FindingStatus.CLOSED, "closedOn", today())));
        return store.find(p.visit().id()).orElseThrow().visit();
    }

    /** The office sends a reported finding back: not rectified, with the reason. */
    @Transactional
    public Visit reopen(Actor actor, long findingId, String reason) {
        Placed p = managedOfFinding(actor, findingId);
        Finding f = finding(p.visit(), findingId);
        f.require(FindingAction.REOPEN);
        String text = required("reason", reason, 500);
        if (!store.reopen(findingId, text)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "supervision_finding", findingId, f.text(),
                Map.of("status", f.status()), Map.of("status", FindingStatus.OPEN, "reason", text)));
        return store.find(p.visit().id()).orElseThrow().visit();
    }

    /** Findings due in {@code from..to} per unit of {@code unitIds}, and those closed by their date. */
    public List<FindingCount> findingsDue(Set<Long> unitIds, LocalDate from, LocalDate to) {
        return store.findingsDue(List.copyOf(unitIds), from, to);
    }

    /** The units the actor may plan a visit to: within the office's region. */
    public boolean mayVisit(UnitRef office, UnitRef unit) {
        return unit.active() && unit.regionPath().startsWith(office.regionPath());
    }

    private Visit validated(Actor actor, Long id, UnitRef office, VisitForm form, int version) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Optional<UnitRef> unit = form.unitId() == null ? Optional.empty() : units.find(form.unitId());
        if (form.unitId() == null) {
            problems.add("unitId", "error.required");
        } else if (unit.isEmpty() || !mayVisit(office, unit.get())) {
            problems.add("unitId", "supervision.unit.notWithin", office.regionName());
        }
        String title = clean(form.title());
        if (title.isEmpty()) {
            problems.add("title", "error.required");
        } else if (title.length() > 200) {
            problems.add("title", "error.tooLong", 200);
        }
        if (form.plannedOn() == null) {
            problems.add("plannedOn", "error.required");
        } else {
            PlausibleDates.check(problems, "plannedOn", form.plannedOn());
        }
        List<Check> checks = new ArrayList<>();
        if (form.checklist().size() > MAX_CHECKS) {
            problems.add("checklist", "error.limit.items", form.checklist().size(), MAX_CHECKS);
        } else {
            for (String line : form.checklist()) {
                String text = clean(line);
                if (text.isEmpty()) {
                    continue;
                }
                if (text.length() > 300) {
                    problems.add("checklist", "error.tooLong", 300);
                }
                checks.add(new Check(checks.size() + 1, text, null, ""));
            }
        }
        if (checks.isEmpty()) {
            problems.add("checklist", "supervision.checklist.required");
        }
        problems.throwIfAny();
        return new Visit(id, office.id(), office.name(), office.regionCode(), unit.get().id(), unit.get().name(), title,
                form.plannedOn(), null, "", "", VisitStatus.PLANNED, checks, List.of(), actor.username(), version);
    }

    private UnitRef officeUnit(Actor actor, Long officeUnitId) {
        Long id = officeUnitId != null ? officeUnitId : actor.isSystem() ? null : actor.unitId();
        Optional<UnitRef> unit = id == null ? Optional.empty() : units.find(id);
        if (unit.isEmpty() || !actor.scopeFor(Permission.ASSESSMENT_MANAGE).coversUnit(unit.get().path(),
                unit.get().regionPath())) {
            throw new InvalidInput("officeUnitId", "supervision.office.unknown");
        }
        return unit.get();
    }

    private Placed managed(Actor actor, long id) {
        actor.require(Permission.ASSESSMENT_MANAGE);
        return store.find(id).filter(p -> office(actor, p, Permission.ASSESSMENT_MANAGE))
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    private Placed placedOfFinding(Actor actor, long findingId) {
        long visitId = store.visitOfFinding(findingId).orElseThrow(() -> new NotFoundProblem("supervision_finding", findingId));
        get(actor, visitId);
        return store.find(visitId).orElseThrow();
    }

    private Placed managedOfFinding(Actor actor, long findingId) {
        long visitId = store.visitOfFinding(findingId).orElseThrow(() -> new NotFoundProblem("supervision_finding", findingId));
        return managed(actor, visitId);
    }

    private static Finding finding(Visit v, long findingId) {
        return v.findings().stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("supervision_finding", findingId));
    }

    private static void requireReader(Actor actor) {
        if (!actor.can(Permission.ASSESSMENT_VIEW) && !actor.can(Permission.ASSESSMENT_MANAGE)
                && !actor.can(Permission.ASSESSMENT_SUBMIT)) {
            actor.require(Permission.ASSESSMENT_VIEW);
        }
    }

    private static boolean office(Actor actor, Placed p, Permission permission) {
        return actor.can(permission) && actor.scopeFor(permission).coversUnit(p.officePath(), p.officeRegionPath());
    }

    private static boolean visited(Actor actor, Placed p, Permission permission) {
        return actor.can(permission) && actor.scopeFor(permission).coversUnit(p.unitPath(), p.unitRegionPath());
    }

    private static DataScope scope(Actor actor, Permission permission) {
        return actor.can(permission) ? actor.scopeFor(permission) : DataScope.none();
    }

    private static String required(String field, String value, int max) {
        String text = clean(value);
        if (text.isEmpty()) {
            throw new InvalidInput(field, "error.required");
        }
        if (text.length() > max) {
            throw new InvalidInput(field, "error.tooLong", max);
        }
        return text;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<String, Object> audit(Visit v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("unit", v.unitName());
        f.put("title", v.title());
        f.put("plannedOn", v.plannedOn());
        f.put("checklist", v.checks().stream().map(Check::text).toList());
        return f;
    }
}
