package org.shuangda.sampling;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The laboratories (检验机构): a list everyone in sampling reads (the bureau assigns labs to plans, the public re-test
 * list is drawn from it), kept with {@code SAMPLING_SETTINGS} over the lab's own unit. A lab's people see themselves
 * through {@link #ofActor}. Audited.
 */
@Service
public class Laboratories {

    private final LabStore store;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Laboratories(LabStore store, UnitDirectory units, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Laboratory> list(Actor actor) {
        requireReader(actor);
        return store.all();
    }

    @Transactional(readOnly = true)
    public Laboratory get(Actor actor, long id) {
        requireReader(actor);
        return store.find(id).orElseThrow(() -> new NotFoundProblem("sampling_lab", id));
    }

    /** The lab whose people the actor is (a user of the lab's unit holding SAMPLING_LAB), if any. */
    @Transactional(readOnly = true)
    public Optional<Laboratory> ofActor(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.SAMPLING_LAB)) {
            return Optional.empty();
        }
        return store.ofUnit(actor.unitId());
    }

    /** The lab without a reader's check, for the module's own steps. */
    Laboratory find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundProblem("sampling_lab", id));
    }

    List<Laboratory> all() {
        return store.all();
    }

    @Transactional
    public Laboratory create(Actor actor, LabForm form) {
        DataScope scope = actor.require(Permission.SAMPLING_SETTINGS);
        Valid v = validated(scope, form, null);
        long id = store.insert(v.name(), v.unit().id(), v.accreditation(), v.kinds(), v.scope(), v.published(),
                clock.instant());
        Laboratory saved = find(id);
        events.publishEvent(AuditableChange.created(actor, "sampling_lab", id, saved.name(), audit(saved)));
        return saved;
    }

    @Transactional
    public Laboratory update(Actor actor, long id, LabForm form) {
        DataScope scope = actor.require(Permission.SAMPLING_SETTINGS);
        Laboratory before = find(id);
        UnitRef unit = units.find(before.unitId()).orElseThrow();
        if (!scope.coversUnit(unit.path(), unit.regionPath())) {
            throw new NotFoundProblem("sampling_lab", id);
        }
        Valid v = validated(scope, new LabForm(form.name(), before.unitId(), form.accreditation(), form.kinds(),
                form.labScope(), form.published(), form.active(), form.version()), id);
        if (!store.update(id, form.version() == null ? -1 : form.version(), v.name(), v.accreditation(), v.kinds(),
                v.scope(), v.published(), form.active() == null || form.active())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Laboratory after = find(id);
        events.publishEvent(AuditableChange.updated(actor, "sampling_lab", id, after.name(), audit(before),
                audit(after)));
        return after;
    }

    /** Declares a tie between the lab and a business (by USCC): the lab is never drawn for its re-tests. */
    @Transactional
    public Laboratory tie(Actor actor, long labId, Laboratory.Tie tie) {
        DataScope scope = actor.require(Permission.SAMPLING_SETTINGS);
        Laboratory lab = find(labId);
        UnitRef unit = units.find(lab.unitId()).orElseThrow();
        if (!scope.coversUnit(unit.path(), unit.regionPath())) {
            throw new NotFoundProblem("sampling_lab", labId);
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String uscc = tie.uscc() == null ? "" : tie.uscc().strip().toUpperCase(java.util.Locale.ROOT);
        if (!uscc.matches("[0-9A-Z]{18}")) {
            problems.add("uscc", "sampling.invalid.uscc");
        }
        if (tie.entityName() == null || tie.entityName().isBlank() || tie.entityName().strip().length() > 200) {
            problems.add("entityName", "error.required");
        }
        if (tie.kind() == null || !List.of("COMMISSIONED", "SHAREHOLDING", "STAFF", "OTHER").contains(tie.kind())) {
            problems.add("kind", "sampling.invalid.tieKind");
        }
        String note = tie.note() == null ? "" : tie.note().strip();
        if (note.length() > 500) {
            problems.add("note", "error.tooLong", 500);
        }
        problems.throwIfAny();
        store.tie(labId, new Laboratory.Tie(uscc, tie.entityName().strip(), tie.kind(), note), actor.username(),
                clock.instant());
        events.publishEvent(AuditableChange.created(actor, "sampling_lab_tie", labId + ":" + uscc,
                lab.name() + " · " + tie.entityName().strip(), Map.of("uscc", uscc, "kind", tie.kind())));
        return find(labId);
    }

    private record Valid(String name, UnitRef unit, String accreditation, Set<SamplingKind> kinds, String scope,
            boolean published) {
    }

    private Valid validated(DataScope scope, LabForm f, Long id) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.length() < 2 || name.length() > 200) {
            problems.add("name", "sampling.invalid.labName");
        } else if (store.nameTaken(name, id)) {
            problems.add("name", "sampling.invalid.labNameTaken");
        }
        UnitRef unit = f.unitId() == null ? null : units.find(f.unitId()).filter(UnitRef::active).orElse(null);
        if (unit == null) {
            problems.add("unitId", "sampling.invalid.unit");
        } else if (!scope.coversUnit(unit.path(), unit.regionPath())) {
            problems.add("unitId", "sampling.invalid.unitOutsideScope");
        } else if (store.unitTaken(unit.id(), id)) {
            problems.add("unitId", "sampling.invalid.labUnitTaken");
        }
        String accreditation = f.accreditation() == null ? "" : f.accreditation().strip();
        if (accreditation.length() < 2 || accreditation.length() > 100) {
            problems.add("accreditation", "sampling.invalid.accreditation");
        }
        Set<SamplingKind> kinds = EnumSet.noneOf(SamplingKind.class);
        for (String k : f.kinds() == null ? List.<String>of() : f.kinds()) {
            try {
                kinds.add(SamplingKind.valueOf(k));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("kinds", "sampling.invalid.kind");
            }
        }
        if (kinds.isEmpty()) {
            problems.add("kinds", "sampling.invalid.kinds");
        }
        String labScope = f.labScope() == null ? "" : f.labScope().strip();
        if (labScope.isEmpty() || labScope.length() > 2000) {
            problems.add("labScope", "sampling.invalid.labScope");
        }
        problems.throwIfAny();
        return new Valid(name, unit, accreditation, kinds, labScope, f.published() == null || f.published());
    }

    private static void requireReader(Actor actor) {
        if (!actor.can(Permission.SAMPLING_VIEW) && !actor.can(Permission.SAMPLING_LAB)) {
            actor.require(Permission.SAMPLING_SETTINGS);
        }
    }

    private static Map<String, Object> audit(Laboratory l) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", l.name());
        f.put("unitId", l.unitId());
        f.put("accreditation", l.accreditation());
        f.put("kinds", l.kinds().stream().sorted().map(Enum::name).toList());
        f.put("published", l.published());
        f.put("active", l.active());
        return f;
    }
}
