package org.shuangda.inspections.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The 抽查事项清单 per department: read with INSPECTION_VIEW, kept by INSPECTION_SETTINGS over the unit; an item a
 * task used is versioned (see {@link InspectionItem}). Every change audited.
 */
@Service
public class Items {

    static final int MAX_POINTS = 50;

    private final ItemStore store;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    Items(ItemStore store, UnitDirectory units, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<InspectionItem> list(Actor actor) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.list(scope.unitOwned("i.unit_path", "i.region_path"));
    }

    @Transactional(readOnly = true)
    public InspectionItem get(Actor actor, long id) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.find(scope.unitOwned("i.unit_path", "i.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("inspection_item", id));
    }

    @Transactional
    public InspectionItem create(Actor actor, ItemDraft draft) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        ItemDraft d = check(draft);
        UnitRef unit = unitFor(actor, scope, draft.unitId());
        long id = store.insert(unit.id(), unit.path(), unit.regionPath(), d);
        events.publishEvent(AuditableChange.created(actor, "inspection_item", id, d.name(), fields(d)));
        return get(Actor.system("inspections"), id);
    }

    /** Edits the text or switches the item off; a used item becomes its next revision. */
    @Transactional
    public InspectionItem update(Actor actor, long id, ItemDraft draft, boolean active, int expectedVersion) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        InspectionItem before = store.find(scope.unitOwned("i.unit_path", "i.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("inspection_item", id));
        ItemDraft d = check(draft);
        if (!store.update(before, d, active, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Map<String, Object> old = new LinkedHashMap<>(fields(new ItemDraft(before.unitId(), before.name(),
                before.legalBasis(), before.kind().name(), before.checklist())));
        old.put("revision", before.revision());
        Map<String, Object> now = new LinkedHashMap<>(fields(d));
        now.put("active", active);
        events.publishEvent(AuditableChange.updated(actor, "inspection_item", id, d.name(), old, now));
        return get(Actor.system("inspections"), id);
    }

    /** Marks the items used by a task and answers the revision each was used in (item id → revision). */
    Map<Long, Integer> use(List<Long> itemIds) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (long id : itemIds) {
            out.put(id, store.markUsed(id));
        }
        return out;
    }

    List<InspectionItem> ofTask(long taskId) {
        return store.ofTask(taskId);
    }

    private UnitRef unitFor(Actor actor, DataScope scope, Long unitId) {
        long id = unitId != null ? unitId : actor.unitId();
        UnitRef unit = units.find(id).filter(UnitRef::active)
                .orElseThrow(() -> new InvalidInput("unitId", "inspection.error.unknownUnit"));
        if (!scope.coversUnit(unit.path(), unit.regionPath())) {
            throw new InvalidInput("unitId", "inspection.error.unitOutsideScope");
        }
        return unit;
    }

    private static ItemDraft check(ItemDraft d) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            problems.add("name", "inspection.error.itemName");
        }
        if (d.legalBasis() == null || d.legalBasis().isBlank() || d.legalBasis().strip().length() > 1000) {
            problems.add("legalBasis", "inspection.error.legalBasis");
        }
        if (d.kind() == null || !List.of("KEY", "GENERAL").contains(d.kind())) {
            problems.add("kind", "inspection.error.itemKind");
        }
        List<String> points = new ArrayList<>();
        for (String p : d.checklist() == null ? List.<String>of() : d.checklist()) {
            if (p != null && !p.isBlank()) {
                points.add(p.strip());
            }
        }
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            problems.add("checklist", "inspection.error.checklist", MAX_POINTS);
        }
        problems.throwIfAny();
        return new ItemDraft(d.unitId(), d.name(), d.legalBasis(), d.kind(), points);
    }

    private static Map<String, Object> fields(ItemDraft d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", d.name());
        f.put("legalBasis", d.legalBasis());
        f.put("kind", d.kind());
        f.put("checklist", d.checklist());
        return f;
    }
}
