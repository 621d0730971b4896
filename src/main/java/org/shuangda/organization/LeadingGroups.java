package org.shuangda.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.organization.LeadingGroup.Member;
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
 * Leading groups: everyone who may see units sees the groups of their region ({@code UNIT_VIEW}, region
 * reach); changing one needs {@code UNIT_MANAGE} over its office unit.
 */
@Service
public class LeadingGroups {

    private static final String TYPE = "leading_group";

    private final LeadingGroupStore store;
    private final Regions regions;
    private final Units units;
    private final ApplicationEventPublisher events;

    LeadingGroups(LeadingGroupStore store, Regions regions, Units units, ApplicationEventPublisher events) {
        this.store = store;
        this.regions = regions;
        this.units = units;
        this.events = events;
    }

    public List<LeadingGroup> list(Actor actor) {
        return store.inScope(actor.require(Permission.UNIT_VIEW));
    }

    public LeadingGroup get(Actor actor, long id) {
        return store.find(id, actor.require(Permission.UNIT_VIEW))
                .orElseThrow(() -> new NotFoundProblem("leading group", id));
    }



    /** Creates ({@code group.id() == null}) or replaces a group with its members. */
    @Transactional
    public LeadingGroup save(Actor actor, LeadingGroup group) {
        DataScope scope = actor.require(Permission.UNIT_MANAGE);
        LeadingGroup before = group.id() == null ? null : managed(group.id(), scope);
        validate(group, scope);
        long id;
        if (before == null) {
            id = store.insert(group);
        } else if (store.update(group)) {
            id = group.id();
        } else {
            throw new InvalidInput("version", "error.staleVersion");
        }
        LeadingGroup after = store.find(id, DataScope.everything()).orElseThrow();
        events.publishEvent(before == null
                ? AuditableChange.created(actor, TYPE, id, after.name(), audit(after))
                : AuditableChange.updated(actor, TYPE, id, after.name(), audit(before), audit(after)));
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        LeadingGroup group = managed(id, actor.require(Permission.UNIT_MANAGE));
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(actor, TYPE, id, group.name(), audit(group)));
    }

    /** The group if {@code scope} reaches its office unit (who may change it), else 404. */
    private LeadingGroup managed(long id, DataScope scope) {
        return store.placed(id).filter(p -> scope.coversUnit(p.officePath(), p.regionPath()))
                .map(LeadingGroupStore.Placed::group).orElseThrow(() -> new NotFoundProblem("leading group", id));
    }

    private void validate(LeadingGroup group, DataScope scope) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (group.name() == null || group.name().isBlank()) {
            problems.add("name", "error.required");
        }
        Optional<Region> region = regions.find(group.regionCode());
        if (region.isEmpty()) {
            problems.add("regionCode", "region.unknown", group.regionCode());
        }
        Optional<Unit> office = group.officeUnitId() == null ? Optional.empty() : units.find(group.officeUnitId(), scope);
        if (office.isEmpty()) {
            problems.add("officeUnitId", "group.office.unknown");
        }
        if (group.members().stream().noneMatch(m -> m.position() == LeadingGroup.Position.LEADER)) {
            problems.add("members", "group.leader.required");
        }
        for (int i = 0; i < group.members().size(); i++) {
            Member m = group.members().get(i);
            if (m.position() == null) {
                problems.add("members[" + i + "].position", "error.required");
            }
            if (m.title() == null || m.title().isBlank()) {
                problems.add("members[" + i + "].title", "group.member.title.required", i + 1);
            }
            if (m.unitId() != null && units.find(m.unitId(), DataScope.everything()).isEmpty()) {
                problems.add("members[" + i + "].unitId", "unit.parent.unknown");
            }
        }
        if (region.isPresent() && group.name() != null
                && store.nameTaken(group.regionCode(), group.name().strip(), group.id() == null ? -1L : group.id())) {
            problems.add("name", "group.name.taken");
        }
        problems.throwIfAny();
    }

    private static Map<String, Object> audit(LeadingGroup g) {
        Map<String, Object> fields = new LinkedHashMap<>(LeadingGroupStore.columns(g));
        fields.put("members", g.members().stream().map(m -> m.position() + " " + (m.personName() == null ? ""
                : m.personName()) + " " + m.title()).toList());
        return fields;
    }
}
