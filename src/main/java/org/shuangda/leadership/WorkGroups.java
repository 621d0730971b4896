package org.shuangda.leadership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.UnitDirectory;
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
 * Work groups of leading groups: everyone who sees campaigns of the region sees them ({@code CAMPAIGN_VIEW}); the
 * office that runs the leading group changes them ({@code CAMPAIGN_MANAGE} over the group's region).
 */
@Service
public class WorkGroups {

    private static final String TYPE = "work_group";

    private final WorkGroupStore store;
    private final Meetings meetings;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    WorkGroups(WorkGroupStore store, Meetings meetings, UnitDirectory units, ApplicationEventPublisher events) {
        this.store = store;
        this.meetings = meetings;
        this.units = units;
        this.events = events;
    }

    public List<WorkGroup> list(Actor actor) {
        DataScope view = actor.require(Permission.CAMPAIGN_VIEW);
        return store.inScope(view.regionOwned("r.path"));
    }

    /** The work groups of a leading group, for the minutes' decision rows (no scope: the caller has the meeting). */
    List<WorkGroup> ofLeadingGroup(long leadingGroupId) {
        return store.ofLeadingGroup(leadingGroupId);
    }

    public WorkGroup get(Actor actor, long id) {
        DataScope view = actor.require(Permission.CAMPAIGN_VIEW);
        return store.find(id).filter(p -> view.coversArea(p.regionPath())).map(WorkGroupStore.Placed::group)
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    public boolean mayManage(Actor actor, WorkGroup group) {
        return actor.can(Permission.CAMPAIGN_MANAGE) && store.find(group.id())
                .filter(p -> actor.scopeFor(Permission.CAMPAIGN_MANAGE).coversArea(p.regionPath())).isPresent();
    }

    /** Creates ({@code group.id() == null}) or replaces a work group with its members. */
    @Transactional
    public WorkGroup save(Actor actor, WorkGroup group) {
        actor.require(Permission.CAMPAIGN_MANAGE);
        WorkGroup before = group.id() == null ? null : managed(actor, group.id());
        long leadingGroupId = before != null ? before.leadingGroupId() : group.leadingGroupId();
        LeadingGroup leading = meetings.groupsToManage(actor).stream().filter(g -> g.id() == leadingGroupId)
                .findFirst().orElseThrow(() -> new InvalidInput("leadingGroupId", "meeting.group.unknown"));
        WorkGroup checked = validated(group, leading, before);
        long id;
        if (before == null) {
            id = store.insert(checked);
        } else if (store.update(checked)) {
            id = checked.id();
        } else {
            throw new InvalidInput("version", "error.staleVersion");
        }
        WorkGroup after = store.find(id).orElseThrow().group();
        events.publishEvent(before == null ? AuditableChange.created(actor, TYPE, id, after.name(), audit(after))
                : AuditableChange.updated(actor, TYPE, id, after.name(), audit(before), audit(after)));
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        WorkGroup group = managed(actor, id);
        if (store.inUse(id)) {
            throw new InvalidInput("id", "workGroup.inUse", group.name());
        }
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(actor, TYPE, id, group.name(), audit(group)));
    }

    private WorkGroup managed(Actor actor, long id) {
        DataScope manage = actor.require(Permission.CAMPAIGN_MANAGE);
        return store.find(id).filter(p -> manage.coversArea(p.regionPath())).map(WorkGroupStore.Placed::group)
                .orElseThrow(() -> new NotFoundProblem(TYPE, id));
    }

    private WorkGroup validated(WorkGroup g, LeadingGroup leading, WorkGroup before) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = g.name() == null ? "" : g.name().strip();
        if (name.isEmpty()) {
            problems.add("name", "error.required");
        } else if (name.length() > 100) {
            problems.add("name", "error.tooLong", 100);
        } else if (store.nameTaken(leading.id(), name, before == null ? -1 : before.id())) {
            problems.add("name", "workGroup.name.taken", name);
        }
        if (g.leadUnitId() == null || units.find(g.leadUnitId()).isEmpty()) {
            problems.add("leadUnitId", "workGroup.lead.required");
        }
        for (int i = 0; i < g.members().size(); i++) {
            WorkGroup.Member m = g.members().get(i);
            if (m.role() == null) {
                problems.add("members[" + i + "].role", "error.required");
            }
            if (m.personName() == null || m.personName().isBlank()) {
                problems.add("members[" + i + "].personName", "workGroup.member.name.required", i + 1);
            }
            if (m.unitId() != null && units.find(m.unitId()).isEmpty()) {
                problems.add("members[" + i + "].unitId", "meeting.invitee.unknown", m.unitId());
            }
        }
        String duties = g.duties() == null ? "" : g.duties().strip();
        if (duties.length() > 2000) {
            problems.add("duties", "error.tooLong", 2000);
        }
        problems.throwIfAny();
        return new WorkGroup(before == null ? null : before.id(), leading.id(), leading.name(), leading.regionCode(),
                name, duties, g.leadUnitId(), null, g.members().stream().map(m -> new WorkGroup.Member(m.role(),
                        m.personName().strip(), m.title() == null ? "" : m.title().strip(), m.unitId(), null)).toList(),
                g.version());
    }

    private static Map<String, Object> audit(WorkGroup g) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("leadingGroupId", g.leadingGroupId());
        f.put("name", g.name());
        f.put("duties", g.duties());
        f.put("leadUnitId", g.leadUnitId());
        f.put("members", g.members().stream().map(m -> m.role() + " " + m.personName() + " " + m.title()).toList());
        return f;
    }
}
