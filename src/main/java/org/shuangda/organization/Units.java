package org.shuangda.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member units within the actor's data scope: {@code UNIT_VIEW} to read, {@code UNIT_MANAGE} to write. Rows
 * outside the scope behave as if they did not exist. Other modules that only need to name or place a unit
 * use {@link UnitDirectory}.
 */
@Service
public class Units {

    /** One page of units in tree order. */
    public record Page(List<Unit> units, long total, int page, int size) {
    }

    private final UnitStore store;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Units(UnitStore store, Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    public Page list(Actor actor, String query, UnitType type, String regionCode, int page, int size) {
        return store.page(actor.require(Permission.UNIT_VIEW), query, type, regionCode, page, size);
    }

    /** Every active unit the actor may see with {@code permission}, for pickers (parent unit, a user's unit). */
    public List<Unit> pickable(Actor actor, Permission permission) {
        return store.active(actor.require(permission));
    }


    /**
     * The unit picker's search: active units in the actor's scope for {@code permission} (and in the region
     * {@code regionCode} and below when given) whose name contains {@code q}; at most {@code limit}.
     */
    public List<Unit> search(Actor actor, Permission permission, String q, String regionCode, int limit) {
        return store.search(actor.require(permission), q == null ? "" : q.strip(),
                regionCode == null ? "" : regionCode.strip(), limit);
    }

    public Unit get(Actor actor, long id) {
        return store.find(id, actor.require(Permission.UNIT_VIEW)).orElseThrow(() -> new NotFoundProblem("unit", id));
    }

    @Transactional
    public Unit create(Actor actor, UnitForm form) {
        DataScope scope = actor.require(Permission.UNIT_MANAGE);
        String parentPath = validate(form, null, scope);
        long id = store.insert(form, parentPath);
        Unit created = store.find(id, DataScope.everything()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "unit", id, created.name(), created.auditFields()));
        return created;
    }

    @Transactional
    public Unit update(Actor actor, long id, UnitForm form, int expectedVersion) {
        DataScope scope = actor.require(Permission.UNIT_MANAGE);
        Unit before = store.find(id, scope).orElseThrow(() -> new NotFoundProblem("unit", id));
        String parentPath = validate(form, before, scope);
        if (!store.update(id, form, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        String newPath = parentPath + id + "/";
        if (!newPath.equals(before.path())) {
            store.move(before.path(), newPath);
        }
        Unit after = store.find(id, DataScope.everything()).orElseThrow();
        AuditableChange change = AuditableChange.updated(actor, "unit", id, after.name(), before.auditFields(),
                after.auditFields());
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Unit unit = store.find(id, actor.require(Permission.UNIT_MANAGE))
                .orElseThrow(() -> new NotFoundProblem("unit", id));
        long children = store.childCount(id);
        if (children > 0) {
            throw new InvalidInput("unit", "unit.delete.hasChildren", children);
        }
        try {
            store.delete(id);
        } catch (DataIntegrityViolationException e) {
            // users, submissions or cases still belong to it: deactivate instead
            throw new InvalidInput("unit", "unit.delete.inUse");
        }
        events.publishEvent(AuditableChange.deleted(actor, "unit", id, unit.name(), unit.auditFields()));
    }

    /** The unit within {@code scope}, for the leading groups' office and member checks. */
    Optional<Unit> find(long id, DataScope scope) {
        return store.find(id, scope);
    }

    /** Checks the form; returns the path of the unit's parent ("/" for a top-level unit). */
    private String validate(UnitForm form, Unit existing, DataScope scope) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.name() == null || form.name().isBlank()) {
            problems.add("name", "error.required");
        } else if (form.name().strip().length() > 100) {
            problems.add("name", "error.tooLong", 100);
        }
        if (form.type() == null) {
            problems.add("type", "error.required");
        }
        Optional<Region> region = regions.find(form.regionCode());
        if (form.regionCode() == null || form.regionCode().isBlank()) {
            problems.add("regionCode", "error.required");
        } else if (region.isEmpty()) {
            problems.add("regionCode", "region.unknown", form.regionCode());
        } else if (!region.get().currentOn(LocalDate.now(clock))) {
            problems.add("regionCode", "region.retired", form.regionCode(), region.get().validTo());
        }
        String parentPath = "/";
        if (form.parentId() != null) {
            Optional<Unit> parent = store.find(form.parentId(), scope);
            if (parent.isEmpty()) {
                problems.add("parentId", "unit.parent.unknown");
            } else if (existing != null && parent.get().path().startsWith(existing.path())) {
                problems.add("parentId", "unit.parent.cycle");
            } else {
                parentPath = parent.get().path();
            }
        }
        if (region.isPresent() && problems.isEmpty()) {
            String ownPath = existing == null ? parentPath + "new/" : parentPath + existing.id() + "/";
            if (!scope.coversUnit(ownPath, region.get().path())) {
                problems.add("regionCode", "unit.outOfScope");
            }
        }
        if (form.name() != null && region.isPresent()
                && store.nameTaken(form.regionCode(), form.name().strip(), existing == null ? -1L : existing.id())) {
            problems.add("name", "unit.name.duplicate");
        }
        problems.throwIfAny();
        return parentPath;
    }
}
