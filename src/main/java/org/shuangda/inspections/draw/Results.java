package org.shuangda.inspections.draw;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.events.InspectionClueRegistered;
import org.shuangda.shared.events.InspectionFindingReferred;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results (检查结果), recorded only by an inspector drawn for the target in the task's current draw: the national
 * result code, each checklist point, the signature. Each result starts its publication clock (rulebook
 * {@value #PUBLICATION_RULE}: 20 working days, 企业公示信息抽查办法 art.12, 15), becomes a credit fact (the
 * 无法联系 one with its code, for the 经营异常名录 grounds), and a finding that needs enforcement goes to cases as a
 * clue by event, linked back when cases answers.
 */
@Service
public class Results {

    public static final String PUBLICATION_RULE = "inspection.result.publication";
    static final Actor CREDIT_INTAKE = Actor.system("双随机抽查结果");

    private final ResultStore store;
    private final Items items;
    private final Rulebook rulebook;
    private final WorkingCalendar calendar;
    private final CreditFacts credit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Results(ResultStore store, Items items, Rulebook rulebook, WorkingCalendar calendar, CreditFacts credit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.items = items;
        this.rulebook = rulebook;
        this.calendar = calendar;
        this.credit = credit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /** How long a published result stays on the public site (issue 18, V211). */
    public static final String DISPLAY_RULE = "inspection.result.display";

    /**
     * The first instant of publication still shown on {@code today}: the rulebook's {@value #DISPLAY_RULE} in force
     * today counted back from it.
     */
    Instant shownSince(LocalDate today) {
        StatutoryRule rule = rulebook.rule(DISPLAY_RULE, today);
        LocalDate first = switch (rule.unit()) {
            case YEARS -> today.minusYears(rule.amount());
            case MONTHS -> today.minusMonths(rule.amount());
            default -> today.minusDays(rule.amount());
        };
        return first.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** The last day a result published at {@code publishedAt} is shown. */
    LocalDate lastDayShown(Instant publishedAt) {
        LocalDate day = publishedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        StatutoryRule rule = rulebook.rule(DISPLAY_RULE, day);
        return switch (rule.unit()) {
            case YEARS -> day.plusYears(rule.amount());
            case MONTHS -> day.plusMonths(rule.amount());
            default -> day.plusDays(rule.amount());
        };
    }

    /** A target the actor was drawn for, with the result id once recorded. */
    public record Assignment(long drawId, long taskId, String taskTitle, long entityId, String entityName,
            Long resultId) {
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(Actor actor) {
        actor.require(Permission.INSPECTION_HANDLE);
        return store.assignments(actor.userId()).stream().map(a -> new Assignment(a.drawId(), a.taskId(),
                a.taskTitle(), a.entityId(), a.entityName(), a.resultId())).toList();
    }

    /** The checklist points of the assignment's task, for the result form; 422 when the actor was not drawn. */
    @Transactional(readOnly = true)
    public List<InspectionItem> checklist(Actor actor, long drawId, long entityId) {
        actor.require(Permission.INSPECTION_HANDLE);
        ResultStore.Assignment a = assignment(actor, drawId, entityId);
        return items.ofTask(a.taskId());
    }

    private ResultStore.Assignment assignment(Actor actor, long drawId, long entityId) {
        return store.assignment(actor.userId(), drawId, entityId)
                .orElseThrow(() -> new InvalidInput("inspector", "inspection.error.notDrawnInspector"));
    }

    @Transactional
    public InspectionResult record(Actor actor, long drawId, long entityId, ResultDraft d) {
        actor.require(Permission.INSPECTION_HANDLE);
        ResultStore.Assignment a = assignment(actor, drawId, entityId);
        if (a.resultId() != null) {
            throw new InvalidInput("entityId", "inspection.error.resultExists");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        ResultCode code = null;
        try {
            code = d.code() == null ? null : ResultCode.valueOf(d.code());
        } catch (IllegalArgumentException e) {
            code = null;
        }
        if (code == null) {
            problems.add("code", "inspection.error.resultCode");
        }
        Set<String> known = new java.util.HashSet<>();
        items.ofTask(a.taskId()).forEach(i -> known.addAll(i.checklist()));
        List<ResultDraft.PointOutcome> points = new ArrayList<>();
        for (ResultDraft.PointOutcome p : d.points()) {
            if (p == null || p.point() == null || !known.contains(p.point())) {
                problems.add("points", "inspection.error.unknownPoint", p == null ? "" : p.point());
            } else if (!List.of("PASS", "FAIL", "NA").contains(p.outcome())) {
                problems.add("points", "inspection.error.pointOutcome", p.point());
            } else {
                points.add(new ResultDraft.PointOutcome(p.point(), p.outcome(), p.note() == null ? "" : p.note().strip()));
            }
        }
        if (points.size() < known.size() && problems.isEmpty()) {
            problems.add("points", "inspection.error.pointsMissing", known.size() - points.size());
        }
        if (d.inspectedOn() == null) {
            problems.add("inspectedOn", "error.required");
        } else if (d.inspectedOn().isAfter(today())) {
            problems.add("inspectedOn", "inspection.error.future");
        }
        PlausibleDates.check(problems, "inspectedOn", d.inspectedOn());
        if (d.note() != null && d.note().strip().length() > 2000) {
            problems.add("note", "inspection.error.noteLength");
        }
        problems.throwIfAny();
        LocalDate due = publicationDue(d.inspectedOn(), a.regionPath());
        ResultDraft clean = new ResultDraft(code.name(), points, d.note(), d.signed(), d.needsEnforcement(),
                d.inspectedOn());
        long id = store.insert(a, clean, due, actor.userId(), actor.displayName(), clock.instant());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("drawId", drawId);
        f.put("entityId", entityId);
        f.put("code", code.name());
        f.put("inspectedOn", d.inspectedOn().toString());
        f.put("signed", d.signed());
        f.put("needsEnforcement", d.needsEnforcement());
        f.put("publishDue", due.toString());
        events.publishEvent(AuditableChange.created(actor, "inspection_result", id, a.entityName() + " " + code, f));
        recordCreditFact(id, a, code, d.inspectedOn());
        if (d.needsEnforcement()) {
            events.publishEvent(new InspectionFindingReferred(id, a.unitId(), a.entityName(),
                    store.find(org.shuangda.shared.SqlPredicate.TRUE, id).map(InspectionResult::uscc).orElse(null),
                    findingText(a, code, points, d.note()), actor.username(), d.inspectedOn()));
        }
        return store.find(org.shuangda.shared.SqlPredicate.TRUE, id).orElseThrow();
    }

    /** The last day to publish a result of an inspection on {@code inspectedOn}, on the working-day calendar. */
    public LocalDate publicationDue(LocalDate inspectedOn, String regionPath) {
        Deadline deadline = Deadline.startingAt(inspectedOn.atStartOfDay(),
                rulebook.rule(PUBLICATION_RULE, inspectedOn, regionPath).deadlineRule());
        return deadline.due(calendar).orElseThrow().toLocalDate();
    }

    /**
     * The result in the entity's credit record: negative ones shown 3 months (信用修复管理办法 art.10), the others
     * kept but not shown; the code travels in the detail (UNREACHABLE: a ground for the 经营异常名录).
     */
    private void recordCreditFact(long resultId, ResultStore.Assignment a, ResultCode code, LocalDate on) {
        boolean negative = code.negative();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", code.name());
        detail.put("taskId", a.taskId());
        detail.put("unreachable", code == ResultCode.UNREACHABLE);
        detail.put("negative", negative); // credit's grading counts a finding unless this says false
        credit.record(CREDIT_INTAKE, new NewCreditFact(a.entityId(), CreditFactKind.INSPECTION_RESULT, "inspections",
                "inspection_result:" + resultId, on, a.unitId(), a.regionPath(), "双随机抽查：" + a.taskTitle(), detail,
                negative ? DisplayTier.MINOR : DisplayTier.NOT_SHOWN, negative ? on : null,
                negative ? on.plusMonths(3) : null));
    }

    private static String findingText(ResultStore.Assignment a, ResultCode code,
            List<ResultDraft.PointOutcome> points, String note) {
        StringBuilder text = new StringBuilder("双随机抽查（").append(a.taskTitle()).append("）发现问题，结果类别：")
                .append(code.name());
        for (ResultDraft.PointOutcome p : points) {
            if ("FAIL".equals(p.outcome())) {
                text.append("；不符合：").append(p.point()).append(p.note().isEmpty() ? "" : "（" + p.note() + "）");
            }
        }
        if (note != null && !note.isBlank()) {
            text.append("；").append(note.strip());
        }
        return text.toString();
    }

    @Transactional(readOnly = true)
    public List<InspectionResult> list(Actor actor, boolean unpublishedOnly) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.list(scope.unitOwned("r.unit_path", "r.region_path"), unpublishedOnly, 500);
    }

    @Transactional(readOnly = true)
    public InspectionResult get(Actor actor, long id) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.find(scope.unitOwned("r.unit_path", "r.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("inspection_result", id));
    }

    /** 公示: the result goes to the public page (and the clock stops). */
    @Transactional
    public InspectionResult publish(Actor actor, long id) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        InspectionResult r = store.find(scope.unitOwned("r.unit_path", "r.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("inspection_result", id));
        if (!store.publish(id, clock.instant())) {
            throw new InvalidInput("state", "inspection.error.published");
        }
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "inspection_result", id, "公示检查结果",
                Map.of("published", true, "due", r.publishDue().toString())));
        return get(actor, id);
    }

    /** Published results, newest first, for the public page. */
    @Transactional(readOnly = true)
    public List<InspectionResult> published(int limit) {
        return store.published(limit, shownSince(today()));
    }

    @ApplicationModuleListener
    void on(InspectionClueRegistered registered) {
        store.linkClue(registered.resultId(), registered.clueId(), registered.clueNumber());
    }
}
