package org.shuangda.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.assessment.SchemeForm.CategoryForm;
import org.shuangda.assessment.SchemeForm.ItemForm;
import org.shuangda.assessment.SchemeStore.Placed;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment schemes. The issuing office ({@code ASSESSMENT_MANAGE} over its own unit) writes a draft, starts it (the
 * runs of every assessed unit open; from then on the scheme never changes: an edit is a 422 and the next version is a
 * {@link #cloneScheme clone}), computes its data items, and publishes the results once every run is final. The
 * assessing side reads every scheme of its office; the assessed units read the schemes in use that assess them;
 * anyone else: not found.
 */
@Service
public class Schemes {

    private static final String TYPE = "assessment_scheme";

    private final SchemeStore store;
    private final RunStore runs;
    private final SchemeValidator validator;
    private final Computation computation;
    private final Access access;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Schemes(SchemeStore store, RunStore runs, SchemeValidator validator, Computation computation, Access access,
            UnitDirectory units, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.runs = runs;
        this.validator = validator;
        this.computation = computation;
        this.access = access;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** The schemes the actor may read, newest year first. */
    public List<Scheme> list(Actor actor) {
        requireReader(actor);
        Access.Place me = access.placeOf(actor);
        boolean assessed = Access.mayReadAsAssessed(actor);
        return store.visible(Access.assessingScope(actor).unitOwned("u.path", "u.region_path", "office"),
                assessed ? me.unitPath() : null, assessed ? me.regionPath() : null).stream()
                .filter(p -> visible(actor, p)).map(Placed::scheme).toList();
    }

    public Scheme get(Actor actor, long id) {
        return placed(actor, id).scheme();
    }

    /** Whether the actor is on the scheme's assessing side (office, reviewers, its leaders). */
    public boolean assessing(Actor actor, Scheme scheme) {
        return store.find(scheme.id()).filter(p -> Access.assessing(actor, p)).isPresent();
    }

    /** Whether the actor is the scheme's office (manages it). */
    public boolean manages(Actor actor, Scheme scheme) {
        return store.find(scheme.id()).filter(p -> Access.manages(actor, p)).isPresent();
    }

    /** The office's steps on the scheme now (none for anyone else). */
    public List<SchemeAction> actionsFor(Actor actor, Scheme scheme) {
        boolean manages = store.find(scheme.id()).filter(p -> Access.manages(actor, p)).isPresent();
        return manages ? LifecycleAction.available(SchemeAction.class, actor, scheme.status()) : List.of();
    }

    /** Whether the actor may write schemes at all (the list's button). */
    public boolean mayCreate(Actor actor) {
        return actor.can(Permission.ASSESSMENT_MANAGE) && !actor.isSystem();
    }

    @Transactional
    public Scheme create(Actor actor, SchemeForm form) {
        actor.require(Permission.ASSESSMENT_MANAGE);
        UnitRef issuing = issuingUnit(actor, form.issuingUnitId());
        SchemeForm valid = validator.validated(form, issuing);
        String code = valid.code().isEmpty() ? "KH" + issuing.regionCode() : valid.code();
        long id = store.insert(new SchemeStore.Header(code, store.nextEdition(code), null, issuing.id(),
                issuing.regionCode(), actor.username()), valid);
        Scheme saved = store.find(id).orElseThrow().scheme();
        events.publishEvent(AuditableChange.created(actor, TYPE, id, saved.title(), audit(saved)));
        return saved;
    }

    /** Replaces a draft; a scheme in use never changes (422: clone it). */
    @Transactional
    public Scheme update(Actor actor, long id, SchemeForm form) {
        Placed before = managed(actor, id);
        before.scheme().require(SchemeAction.EDIT);
        UnitRef issuing = units.find(before.scheme().issuingUnitId()).orElseThrow();
        SchemeForm valid = validator.validated(form, issuing);
        int version = form.version() == null ? before.scheme().version() : form.version();
        if (!store.update(id, valid, version)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Scheme after = store.find(id).orElseThrow().scheme();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(), audit(before.scheme()), audit(after)));
        return after;
    }

    /**
     * A new draft copied from {@code id}: the same series ({@code code}) in its next edition, for {@code year} (null:
     * the year after the source's, or the same year for a draft), its dates moved by as many years.
     */
    @Transactional
    public Scheme cloneScheme(Actor actor, long id, Integer year) {
        Placed source = managed(actor, id);
        Scheme s = source.scheme();
        s.require(SchemeAction.CLONE);
        int target = year != null ? year : s.status() == SchemeStatus.DRAFT ? s.year() : s.year() + 1;
        if (target < 2000 || target > 2100) {
            throw new InvalidInput("year", "assessment.year.range", 2000, 2100);
        }
        int shift = target - s.year();
        SchemeForm form = formOf(s, target, shift);
        UnitRef issuing = units.find(s.issuingUnitId()).orElseThrow();
        SchemeForm valid = validator.validated(form, issuing);
        long copy = store.insert(new SchemeStore.Header(s.code(), store.nextEdition(s.code()), s.id(), issuing.id(),
                issuing.regionCode(), actor.username()), valid);
        Scheme saved = store.find(copy).orElseThrow().scheme();
        Map<String, Object> fields = audit(saved);
        fields.put("basedOn", s.id());
        events.publishEvent(AuditableChange.created(actor, TYPE, copy, saved.title(), fields));
        return saved;
    }

    /**
     * 启用: checks the scheme is complete (targets, base points of 100, each region's office), opens a run for every
     * target with the self-assessment, and computes the data items at once. The scheme never changes from here on.
     */
    @Transactional
    public Scheme start(Actor actor, long id) {
        Placed p = managed(actor, id);
        Scheme s = p.scheme();
        s.require(SchemeAction.START);
        validator.requireReady(s, store::officeUnitOf);
        if (!store.transition(id, s.version(), SchemeStatus.DRAFT, SchemeStatus.IN_USE, actor.username(),
                clock.instant().atOffset(ZoneOffset.UTC))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        List<Long> itemIds = s.items().stream().map(Scheme.Item::id).toList();
        for (Scheme.Target t : s.targets()) {
            long unit = t.unitId() != null ? t.unitId() : store.officeUnitOf(t.regionCode()).orElseThrow();
            runs.insert(id, t, unit, itemIds);
        }
        Scheme started = store.find(id).orElseThrow().scheme();
        computation.compute(started, runs.ofScheme(id));
        store.computed(id, clock.instant().atOffset(ZoneOffset.UTC));
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, s.title(), Map.of("status", s.status()),
                Map.of("status", SchemeStatus.IN_USE, "runs", s.targets().size())));
        return store.find(id).orElseThrow().scheme();
    }

    /** Computes the data items of every run not yet released from the platform's records; answers how many runs. */
    @Transactional
    public int compute(Actor actor, long id) {
        Placed p = managed(actor, id);
        p.scheme().require(SchemeAction.COMPUTE);
        int n = computation.compute(p.scheme(), runs.ofScheme(id));
        store.computed(id, clock.instant().atOffset(ZoneOffset.UTC));
        events.publishEvent(AuditableChange.of(actor, org.shuangda.shared.AuditAction.UPDATE, TYPE, id,
                p.scheme().title(), Map.of("computed", n)));
        return n;
    }

    /** Publishes the final scores once every run is final: the units see them, the grades are published. */
    @Transactional
    public Scheme publishResults(Actor actor, long id) {
        Placed p = managed(actor, id);
        Scheme s = p.scheme();
        s.require(SchemeAction.PUBLISH_RESULTS);
        List<String> notFinal = runs.ofScheme(id).stream().filter(r -> r.status() != RunStatus.FINAL)
                .map(Run::targetName).toList();
        if (!notFinal.isEmpty()) {
            throw new InvalidInput("runs", "assessment.publish.notFinal", String.join("、", notFinal));
        }
        var at = clock.instant().atOffset(ZoneOffset.UTC);
        if (!store.transition(id, s.version(), SchemeStatus.IN_USE, SchemeStatus.PUBLISHED, actor.username(), at)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        int published = runs.publish(id, at);
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, s.title(), Map.of("status", s.status()),
                Map.of("status", SchemeStatus.PUBLISHED, "runs", published)));
        return store.find(id).orElseThrow().scheme();
    }

    /** The form a scheme would be written with (the edit page, the clone). */
    public SchemeForm formOf(Scheme s) {
        return formOf(s, s.year(), 0);
    }

    Placed placed(Actor actor, long id) {
        requireReader(actor);
        return store.find(id).filter(p -> visible(actor, p)).orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    Placed managed(Actor actor, long id) {
        actor.require(Permission.ASSESSMENT_MANAGE);
        return store.find(id).filter(p -> Access.manages(actor, p)).orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    private boolean visible(Actor actor, Placed p) {
        return Access.assessing(actor, p) || p.scheme().status() != SchemeStatus.DRAFT
                && Access.mayReadAsAssessed(actor) && access.participates(actor, p.scheme());
    }

    private UnitRef issuingUnit(Actor actor, Long unitId) {
        Long id = unitId != null ? unitId : actor.isSystem() ? null : actor.unitId();
        var unit = id == null ? java.util.Optional.<UnitRef>empty() : units.find(id);
        if (unit.isEmpty() || !actor.scopeFor(Permission.ASSESSMENT_MANAGE).coversUnit(unit.get().path(),
                unit.get().regionPath())) {
            throw new InvalidInput("issuingUnitId", "assessment.issuer.unknown");
        }
        return unit.get();
    }

    private static SchemeForm formOf(Scheme s, int year, int shift) {
        Map<Long, Integer> position = new HashMap<>();
        List<CategoryForm> categories = new ArrayList<>();
        for (Scheme.Category c : s.categories()) {
            position.put(c.id(), categories.size() + 1);
            categories.add(new CategoryForm(c.name(), c.parentId() == null ? null : position.get(c.parentId())));
        }
        List<ItemForm> items = s.items().stream().map(i -> new ItemForm(position.get(i.categoryId()), i.code(),
                i.title(), i.kind(), i.maxPoints(), i.rule(), i.evidence(), i.formulaKey(), i.formula(), i.noData()))
                .toList();
        List<String> regions = s.targets().stream().filter(t -> t.regionCode() != null).map(Scheme.Target::regionCode)
                .toList();
        List<Long> unitIds = s.targets().stream().filter(t -> t.unitId() != null).map(Scheme.Target::unitId).toList();
        Scheme.Steps st = s.steps();
        String title = shift == 0 ? s.title() : s.title().replace(String.valueOf(s.year()), String.valueOf(year));
        return new SchemeForm(s.code(), year, title, s.issuingUnitId(), s.targetKind(), regions, unitIds,
                plus(s.periodFrom(), shift), plus(s.periodTo(), shift), s.thresholds().a(), s.thresholds().b(),
                s.thresholds().c(), s.bonusCap(), new Scheme.Steps(plus(st.selfFrom(), shift), plus(st.selfTo(), shift),
                        plus(st.firstFrom(), shift), plus(st.firstTo(), shift), plus(st.secondFrom(), shift),
                        plus(st.secondTo(), shift), plus(st.publishOn(), shift)), categories, items, s.version());
    }

    private static LocalDate plus(LocalDate d, int years) {
        return d == null ? null : d.plusYears(years);
    }

    private static void requireReader(Actor actor) {
        if (!actor.can(Permission.ASSESSMENT_VIEW) && !actor.can(Permission.ASSESSMENT_MANAGE)
                && !actor.can(Permission.ASSESSMENT_REVIEW) && !actor.can(Permission.ASSESSMENT_SUBMIT)) {
            throw new AccessDeniedProblem("missing permission " + Permission.ASSESSMENT_VIEW);
        }
    }

    private static Map<String, Object> audit(Scheme s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", s.code());
        f.put("edition", s.edition());
        f.put("year", s.year());
        f.put("title", s.title());
        f.put("targetKind", s.targetKind());
        f.put("targets", s.targets().stream().map(Scheme.Target::name).toList());
        f.put("thresholds", s.thresholds().a() + "/" + s.thresholds().b() + "/" + s.thresholds().c());
        f.put("bonusCap", s.bonusCap());
        f.put("items", s.items().stream().map(i -> i.code() + " " + i.title() + " (" + i.kind() + ", "
                + i.maxPoints().stripTrailingZeros().toPlainString() + (i.formula() == null ? "" : ", " + i.formula())
                + ")").toList());
        return f;
    }
}
