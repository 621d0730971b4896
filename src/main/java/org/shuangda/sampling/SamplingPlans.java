package org.shuangda.sampling;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly sampling plans (抽检计划) of a department, owned by its unit (scope): read with {@code SAMPLING_VIEW}, written
 * with {@code SAMPLING_HANDLE} over the unit. The kind is fixed once the plan exists (its samples count by its rules).
 */
@Service
public class SamplingPlans {

    static final int MAX_CATEGORIES = 200;

    private final SamplingPlanStore store;
    private final Laboratories labs;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SamplingPlans(SamplingPlanStore store, Laboratories labs, UnitDirectory units, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.labs = labs;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SamplingPlan> list(Actor actor, Integer year) {
        DataScope scope = actor.require(Permission.SAMPLING_VIEW);
        return store.list(scope.unitOwned("p.unit_path", "p.region_path"), year);
    }

    @Transactional(readOnly = true)
    public SamplingPlan get(Actor actor, long id) {
        DataScope scope = actor.require(Permission.SAMPLING_VIEW);
        return store.find(scope.unitOwned("p.unit_path", "p.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("sampling_plan", id));
    }

    /** The plans the actor may record samples under (SAMPLING_HANDLE over the plan's unit). */
    @Transactional(readOnly = true)
    public List<SamplingPlan> toSampleUnder(Actor actor) {
        if (!actor.can(Permission.SAMPLING_HANDLE)) {
            return List.of();
        }
        return store.list(actor.scopeFor(Permission.SAMPLING_HANDLE).unitOwned("p.unit_path", "p.region_path"), null);
    }

    /** The plan the actor writes under (SAMPLING_HANDLE over its unit): a plan out of reach is not found. */
    SamplingPlan handled(Actor actor, long id) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        return store.find(scope.unitOwned("p.unit_path", "p.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("sampling_plan", id));
    }

    /** The plan for the module's own steps, without a reader's check. */
    SamplingPlan find(long id) {
        return store.find(SqlPredicate.TRUE, id).orElseThrow(() -> new NotFoundProblem("sampling_plan", id));
    }

    @Transactional
    public SamplingPlan create(Actor actor, PlanForm form) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        SamplingPlanStore.Row row = validated(actor, scope, form, null);
        long id = store.insert(row, actor.username(), clock.instant());
        SamplingPlan saved = find(id);
        events.publishEvent(AuditableChange.created(actor, "sampling_plan", id, saved.title(), audit(saved)));
        return saved;
    }

    @Transactional
    public SamplingPlan update(Actor actor, long id, PlanForm form) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        SamplingPlan before = store.find(scope.unitOwned("p.unit_path", "p.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("sampling_plan", id));
        PlanForm same = new PlanForm(form.year(), form.title(), before.kind().name(), before.unitId(), form.stages(),
                form.population(), form.targetPerThousand(), form.samplersPerSample(), form.note(), form.categories(),
                form.labIds(), form.version());
        SamplingPlanStore.Row row = validated(actor, scope, same, before);
        if (!store.update(id, form.version() == null ? -1 : form.version(), row)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        SamplingPlan after = find(id);
        events.publishEvent(AuditableChange.updated(actor, "sampling_plan", id, after.title(), audit(before),
                audit(after)));
        return after;
    }

    private SamplingPlanStore.Row validated(Actor actor, DataScope scope, PlanForm f, SamplingPlan before) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (f.year() == null || f.year() < 2000 || f.year() > 2100) {
            problems.add("year", "sampling.invalid.year");
        }
        String title = f.title() == null ? "" : f.title().strip();
        if (title.length() < 2 || title.length() > 200) {
            problems.add("title", "sampling.invalid.title");
        }
        SamplingKind kind = null;
        try {
            kind = f.kind() == null ? null : SamplingKind.valueOf(f.kind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            problems.add("kind", "sampling.invalid.kind");
        }
        long unitId = f.unitId() != null ? f.unitId() : actor.unitId();
        UnitRef unit = units.find(unitId).filter(UnitRef::active).orElse(null);
        if (unit == null) {
            problems.add("unitId", "sampling.invalid.unit");
        } else if (!scope.coversUnit(unit.path(), unit.regionPath())) {
            problems.add("unitId", "sampling.invalid.unitOutsideScope");
        }
        Set<SamplingStage> stages = EnumSet.noneOf(SamplingStage.class);
        for (String s : f.stages() == null ? List.<String>of() : f.stages()) {
            try {
                stages.add(SamplingStage.valueOf(s));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("stages", "sampling.invalid.stage");
            }
        }
        if (stages.isEmpty()) {
            problems.add("stages", "sampling.invalid.stages");
        }
        if (f.population() != null && (f.population() < 1 || f.population() > 200_000_000)) {
            problems.add("population", "sampling.invalid.population");
        }
        BigDecimal target = f.targetPerThousand();
        if (target != null && (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(1000)) > 0
                || target.scale() > 2)) {
            problems.add("targetPerThousand", "sampling.invalid.target");
        }
        int samplers = f.samplersPerSample() == null ? 2 : f.samplersPerSample();
        if (samplers < 2 || samplers > 10) {
            problems.add("samplersPerSample", "sampling.invalid.samplers");
        }
        String note = f.note() == null ? "" : f.note().strip();
        if (note.length() > 2000) {
            problems.add("note", "error.tooLong", 2000);
        }
        List<SamplingPlan.Category> categories = categories(f.categories(), problems);
        List<Long> labIds = new ArrayList<>(new LinkedHashSet<>(f.labIds() == null ? List.of() : f.labIds()));
        labIds.removeIf(java.util.Objects::isNull);
        if (labIds.isEmpty()) {
            problems.add("labIds", "sampling.invalid.labs");
        }
        for (long labId : labIds) {
            Laboratory lab = labs.all().stream().filter(l -> l.id() == labId).findFirst().orElse(null);
            if (lab == null || !lab.active()) {
                problems.add("labIds", "sampling.invalid.lab");
            } else if (kind != null && !lab.kinds().contains(kind)) {
                problems.add("labIds", "sampling.invalid.labScope", lab.name());
            }
        }
        problems.throwIfAny();
        return new SamplingPlanStore.Row(f.year(), title, kind, unit.id(), unit.path(), unit.regionPath(), stages,
                f.population(), target, samplers, note, categories, labIds.stream().sorted().toList());
    }

    private static List<SamplingPlan.Category> categories(List<PlanForm.CategoryForm> forms,
            InvalidInput.Collector problems) {
        List<SamplingPlan.Category> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        List<PlanForm.CategoryForm> given = forms == null ? List.of() : forms.stream()
                .filter(c -> c != null && c.name() != null && !c.name().isBlank()).toList();
        if (given.isEmpty()) {
            problems.add("categories", "sampling.invalid.categories");
        }
        if (given.size() > MAX_CATEGORIES) {
            problems.add("categories", "sampling.invalid.tooManyCategories", MAX_CATEGORIES);
            return out;
        }
        for (PlanForm.CategoryForm c : given) {
            String name = c.name().strip();
            int seq = out.size() + 1;
            if (name.length() > 100 || !names.add(name)) {
                problems.add("categories", "sampling.invalid.categoryName", name);
            }
            if (c.batches() == null || c.batches() < 1 || c.batches() > 1_000_000) {
                problems.add("categories", "sampling.invalid.batches", name);
            }
            List<String> items = splitItems(c.items());
            if (items.isEmpty() || items.size() > 100 || items.stream().anyMatch(i -> i.length() > 100)) {
                problems.add("categories", "sampling.invalid.items", name);
            }
            String standards = c.standards() == null ? "" : c.standards().strip();
            if (standards.isEmpty() || standards.length() > 1000) {
                problems.add("categories", "sampling.invalid.standards", name);
            }
            out.add(new SamplingPlan.Category(seq, name, c.batches() == null ? 0 : c.batches(), items, standards));
        }
        return out;
    }

    /** Items given as a list, or as one text separated by 、 , ， ; ； or new lines. */
    static List<String> splitItems(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String s : given == null ? List.<String>of() : given) {
            if (s == null) {
                continue;
            }
            for (String part : s.split("[、,，;；\\r\\n]+")) {
                String p = part.strip();
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static Map<String, Object> audit(SamplingPlan p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", p.year());
        f.put("title", p.title());
        f.put("kind", p.kind().name());
        f.put("unitId", p.unitId());
        f.put("stages", p.stages().stream().sorted().map(Enum::name).toList());
        f.put("population", p.population());
        f.put("targetPerThousand", p.targetPerThousand() == null ? null : p.targetPerThousand().toPlainString());
        f.put("categories", p.categories().stream().map(c -> c.name() + "×" + c.batches()).toList());
        f.put("labIds", p.labIds());
        return f;
    }
}
