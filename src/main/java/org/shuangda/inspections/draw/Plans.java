package org.shuangda.inspections.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Yearly plans (年度抽查计划), a department's own or joint across departments; owned by the lead unit (scope),
 * written with INSPECTION_SETTINGS, read with INSPECTION_VIEW. The joint-task share is {@link #jointShare}.
 */
@Service
public class Plans {

    private final PlanStore store;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    Plans(PlanStore store, UnitDirectory units, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Plan> list(Actor actor, Integer year) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.list(scope.unitOwned("p.unit_path", "p.region_path"), year);
    }

    @Transactional(readOnly = true)
    public Plan get(Actor actor, long id) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.find(scope.unitOwned("p.unit_path", "p.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("inspection_plan", id));
    }

    @Transactional(readOnly = true)
    public JointShare jointShare(Actor actor, int year) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.share(scope.unitOwned("p.unit_path", "p.region_path"), year);
    }

    @Transactional
    public Plan create(Actor actor, PlanDraft d) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (d.year() == null || d.year() < 2000 || d.year() > 2100) {
            problems.add("year", "inspection.error.year");
        }
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
            problems.add("title", "inspection.error.title");
        }
        long leadId = d.leadUnitId() != null ? d.leadUnitId() : actor.unitId();
        UnitRef lead = units.find(leadId).filter(UnitRef::active).orElse(null);
        if (lead == null) {
            problems.add("leadUnitId", "inspection.error.unknownUnit");
        } else if (!scope.coversUnit(lead.path(), lead.regionPath())) {
            problems.add("leadUnitId", "inspection.error.unitOutsideScope");
        }
        List<Long> participating = new ArrayList<>(new LinkedHashSet<>(
                d.participatingUnitIds() == null ? List.of() : d.participatingUnitIds()));
        participating.remove(Long.valueOf(leadId));
        if (d.joint() && participating.isEmpty()) {
            problems.add("participatingUnitIds", "inspection.error.jointNeedsUnits");
        }
        if (!d.joint() && !participating.isEmpty()) {
            problems.add("participatingUnitIds", "inspection.error.ownPlanNoUnits");
        }
        for (long id : participating) {
            if (units.find(id).filter(UnitRef::active).isEmpty()) {
                problems.add("participatingUnitIds", "inspection.error.unknownUnit");
            }
        }
        problems.throwIfAny();
        long id = store.insert(d, lead.id(), lead.path(), lead.regionPath(), participating, actor.username());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", d.year());
        f.put("title", d.title().strip());
        f.put("leadUnitId", lead.id());
        f.put("joint", d.joint());
        f.put("participatingUnitIds", participating);
        events.publishEvent(AuditableChange.created(actor, "inspection_plan", id, d.title().strip(), f));
        return store.find(org.shuangda.shared.SqlPredicate.TRUE, id).orElseThrow();
    }

    /** The plan for the task service (no scope: the task's own check comes first). */
    Plan find(long id) {
        return store.find(org.shuangda.shared.SqlPredicate.TRUE, id)
                .orElseThrow(() -> new NotFoundProblem("inspection_plan", id));
    }
}
