package org.shuangda.inspections.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.entities.MarketEntities;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.markets.KeyMarkets;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
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
 * Inspection records for the acting user: read with INSPECTION_VIEW, written with INSPECTION_HANDLE, each within
 * the scope over the record's lead unit (404 outside it). A unit cannot send more officers than it has (its
 * enabled people on the platform): 422 naming the unit and both numbers. Every change audited.
 */
@Service
public class InspectionRecords {

    static final String TYPE = "inspection_record";
    static final int TEXT_MAX = 2000;
    /** Single-line fields: the input gate's limit. */
    static final int LINE_MAX = 200;
    static final int LIST_MAX = 1000;
    static final int MAX_DAYS = 366;

    private final RecordStore store;
    private final UnitDirectory units;
    private final Officers officers;
    private final MarketEntities entities;
    private final KeyMarkets markets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionRecords(RecordStore store, UnitDirectory units, Officers officers, MarketEntities entities,
            KeyMarkets markets, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.officers = officers;
        this.entities = entities;
        this.markets = markets;
        this.events = events;
        this.clock = clock;
    }

    /** Visible records whose first day lies in {@code from..to} (open ends allowed), newest first. */
    @Transactional(readOnly = true)
    public List<InspectionRecord> list(Actor actor, LocalDate from, LocalDate to, RecordKind kind) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.list(scope.unitOwned("r.unit_path", "r.region_path"), from, to, kind, RecordStore.LIST_MAX);
    }

    @Transactional(readOnly = true)
    public InspectionRecord get(Actor actor, long id) {
        return visible(id, actor.require(Permission.INSPECTION_VIEW)).record();
    }

    public boolean mayRecord(Actor actor) {
        return actor.can(Permission.INSPECTION_HANDLE);
    }

    /** Whether the actor may change this record (the edit button). */
    public boolean mayEdit(Actor actor, long id) {
        return actor.can(Permission.INSPECTION_HANDLE) && store.find(id)
                .map(s -> actor.scopeFor(Permission.INSPECTION_HANDLE).coversUnit(s.unitPath(), s.regionPath()))
                .orElse(false);
    }

    @Transactional
    public InspectionRecord create(Actor actor, RecordForm form) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        RecordStore.Row row = validate(actor, scope, form);
        long id = store.insert(row, actor.username(), OffsetDateTime.now(clock));
        events.publishEvent(AuditableChange.created(actor, TYPE, id, row.title(), fields(row)));
        return store.find(id).orElseThrow().record();
    }

    @Transactional
    public InspectionRecord update(Actor actor, long id, RecordForm form) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        InspectionRecord before = visible(id, scope).record();
        if (form.version() == null) {
            throw new InvalidInput("version", "error.required");
        }
        RecordStore.Row row = validate(actor, scope, form);
        if (!store.update(id, form.version(), row, OffsetDateTime.now(clock))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        AuditableChange change = AuditableChange.updated(actor, TYPE, id, row.title(), fields(before), fields(row));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return store.find(id).orElseThrow().record();
    }

    private RecordStore.Stored visible(long id, DataScope scope) {
        return store.find(id).filter(s -> scope.coversUnit(s.unitPath(), s.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("inspection record", id));
    }

    private RecordStore.Row validate(Actor actor, DataScope scope, RecordForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        RecordKind kind = null;
        if (f.kind() == null || f.kind().isBlank()) {
            problems.add("kind", "error.required");
        } else {
            try {
                kind = RecordKind.valueOf(f.kind().strip());
            } catch (IllegalArgumentException e) {
                problems.add("kind", "records.error.choice", f.kind().strip());
            }
        }
        String title = text(problems, "title", f.title(), 200, true);
        LocalDate from = date(problems, "startedOn", f.startedOn());
        LocalDate to = date(problems, "endedOn", f.endedOn());
        LocalDate today = LocalDate.now(clock);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add("endedOn", "records.error.endBeforeStart", to, from);
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                problems.add("endedOn", "records.error.tooLong", ChronoUnit.DAYS.between(from, to) + 1, MAX_DAYS);
            }
            if (to.isAfter(today)) {
                problems.add("endedOn", "records.error.future", to, today);
            }
        }

        long leadId = f.leadUnitId() == null ? actor.unitId() : f.leadUnitId();
        UnitRef lead = units.find(leadId).filter(UnitRef::active).orElse(null);
        if (lead == null) {
            problems.add("leadUnitId", "records.error.unit", leadId);
        } else if (!scope.coversUnit(lead.path(), lead.regionPath())) {
            problems.add("leadUnitId", "records.error.outOfScope", lead.name());
        }

        // the lead unit's officers by name, then how many each unit sent per day
        Set<Long> named = new HashSet<>();
        for (Long id : f.officerIds()) {
            Officer o = officers.find(id).orElse(null);
            if (o == null || !o.enabled() || lead == null || o.unit().id() != lead.id()) {
                problems.add("officerIds", "records.error.officer", id, lead == null ? "" : lead.name());
            } else if (!named.add(id)) {
                problems.add("officerIds", "records.error.twice", o.displayName());
            }
        }
        Map<Long, Integer> officersByUnit = new LinkedHashMap<>();
        int leadOfficers = f.leadOfficers() == null ? named.size() : f.leadOfficers();
        if (lead != null) {
            if (leadOfficers < 1) {
                problems.add("leadOfficers", "records.error.noOfficers", lead.name());
            } else if (leadOfficers < named.size()) {
                problems.add("leadOfficers", "records.error.fewerThanNamed", leadOfficers, named.size());
            } else {
                checkHeadcount(problems, "leadOfficers", lead, leadOfficers);
            }
            officersByUnit.put(lead.id(), leadOfficers);
        }
        if (kind == RecordKind.JOINT && f.jointUnitIds().isEmpty()) {
            problems.add("jointUnitIds", "records.error.jointNeedsUnits");
        }
        if (kind != null && kind != RecordKind.JOINT && !f.jointUnitIds().isEmpty()) {
            problems.add("jointUnitIds", "records.error.unitsOnlyJoint");
        }
        for (int i = 0; i < f.jointUnitIds().size(); i++) {
            long unitId = f.jointUnitIds().get(i);
            UnitRef unit = units.find(unitId).filter(UnitRef::active).orElse(null);
            Integer sent = i < f.jointOfficers().size() ? f.jointOfficers().get(i) : null;
            if (unit == null) {
                problems.add("jointUnitIds", "records.error.unit", unitId);
            } else if (officersByUnit.containsKey(unitId)) {
                problems.add("jointUnitIds", "records.error.unitTwice", unit.name());
            } else if (sent == null || sent < 1) {
                problems.add("jointOfficers", "records.error.noOfficers", unit.name());
            } else {
                checkHeadcount(problems, "jointOfficers", unit, sent);
                officersByUnit.put(unitId, sent);
            }
        }

        List<Long> entityIds = distinct(problems, "entityIds", f.entityIds());
        for (Long id : entityIds) {
            if (!entityVisible(actor, id)) {
                problems.add("entityIds", "records.error.entity", id);
            }
        }
        List<Long> marketIds = distinct(problems, "marketIds", f.marketIds());
        if (!marketIds.isEmpty()) {
            Set<Long> seen = markets.visibleAmong(actor, marketIds);
            marketIds.stream().filter(m -> !seen.contains(m))
                    .forEach(m -> problems.add("marketIds", "records.error.market", m));
        }
        int areas = count(problems, "areasRectified", f.areasRectified(), 100_000);
        int dens = count(problems, "densDestroyed", f.densDestroyed(), 100_000);
        int items = count(problems, "itemsSeized", f.itemsSeized(), 1_000_000_000);
        String areasNote = text(problems, "areasNote", f.areasNote(), LINE_MAX, false);
        String goods = text(problems, "goodsSeized", f.goodsSeized(), LINE_MAX, false);
        String problemText = text(problems, "problems", f.problems(), TEXT_MAX, false);
        String followUp = text(problems, "followUp", f.followUp(), TEXT_MAX, false);
        problems.throwIfAny();
        return new RecordStore.Row(kind, title, from, to, lead.id(), lead.path(), lead.regionPath(), officersByUnit,
                List.copyOf(named), entityIds, marketIds, areas, areasNote, dens, goods, items, problemText, followUp);
    }

    /** 422 when a unit sends more people than it has: its enabled people on the platform. */
    private void checkHeadcount(InvalidInput.Collector problems, String field, UnitRef unit, int sent) {
        long has = officers.ofUnit(unit.id()).stream().filter(Officer::enabled).count();
        if (sent > has) {
            problems.add(field, "records.error.moreOfficersThanUnit", unit.name(), sent, has);
        }
    }

    private boolean entityVisible(Actor actor, long id) {
        try {
            entities.get(actor, id);
            return true;
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return false;
        }
    }

    private static List<Long> distinct(InvalidInput.Collector problems, String field, List<Long> ids) {
        if (ids.size() > LIST_MAX) {
            problems.add(field, "records.error.tooMany", ids.size(), LIST_MAX);
            return List.of();
        }
        return ids.stream().distinct().toList();
    }

    private static LocalDate date(InvalidInput.Collector problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, "error.required");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (!PlausibleDates.contains(d)) {
                problems.add(field, "records.error.implausibleDate", d);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(field, "records.error.date", value.strip());
            return null;
        }
    }

    private static String text(InvalidInput.Collector problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            problems.add(field, "error.required");
        } else if (v.length() > max) {
            problems.add(field, "records.error.textTooLong", v.length(), max);
        }
        return v;
    }

    private static int count(InvalidInput.Collector problems, String field, Integer value, int max) {
        int v = value == null ? 0 : value;
        if (v < 0 || v > max) {
            problems.add(field, "error.number.range", field, 0, max);
        }
        return v;
    }

    private static Map<String, Object> fields(RecordStore.Row r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind().name());
        out.put("title", r.title());
        out.put("startedOn", r.startedOn().toString());
        out.put("endedOn", r.endedOn().toString());
        out.put("leadUnitId", r.leadUnitId());
        out.put("officersByUnit", r.officersByUnit().toString());
        out.put("officerIds", r.officerIds().stream().sorted().toList());
        out.put("entityIds", r.entityIds().stream().sorted().toList());
        out.put("marketIds", r.marketIds().stream().sorted().toList());
        out.put("areasRectified", r.areasRectified());
        out.put("areasNote", r.areasNote());
        out.put("densDestroyed", r.densDestroyed());
        out.put("goodsSeized", r.goodsSeized());
        out.put("itemsSeized", r.itemsSeized());
        out.put("problems", r.problems());
        out.put("followUp", r.followUp());
        return out;
    }

    private static Map<String, Object> fields(InspectionRecord r) {
        Map<Long, Integer> byUnit = new LinkedHashMap<>();
        r.units().forEach(u -> byUnit.put(u.unitId(), u.officers()));
        return fields(new RecordStore.Row(r.kind(), r.title(), r.startedOn(), r.endedOn(), r.leadUnitId(), null, null,
                byUnit, r.officers().stream().map(InspectionRecord.Named::id).toList(),
                r.entities().stream().map(InspectionRecord.Named::id).toList(),
                r.markets().stream().map(InspectionRecord.Named::id).toList(), r.areasRectified(), r.areasNote(),
                r.densDestroyed(), r.goodsSeized(), r.itemsSeized(), r.problems(), r.followUp()));
    }
}
