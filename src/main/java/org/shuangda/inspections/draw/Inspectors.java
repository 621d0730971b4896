package org.shuangda.inspections.draw;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspector pool (执法检查人员名录库): the enabled officers holding INSPECTION_HANDLE in the units the reader's
 * scope covers, kept current from identity ({@link Officers}, nothing copied), with the certificate (行政执法证)
 * and specialties inspections keeps for each ({@link InspectorStore}). A draw's pool leaves out an officer whose
 * certificate ran out ({@link #lapsed}).
 */
@Service
public class Inspectors {

    /** What the office enters for one inspector; {@code specialties} as {@link Specialty} names. */
    public record InspectorForm(String certificateNo, LocalDate certificateUntil, List<String> specialties,
            Integer version) {
    }

    private final Officers officers;
    private final InspectorStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inspectors(Officers officers, InspectorStore store, ApplicationEventPublisher events, Clock clock) {
        this.officers = officers;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The pool as the reader's scope reaches it, by unit and name. */
    @Transactional(readOnly = true)
    public List<Inspector> list(Actor actor) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        String region = actor.isSystem() || actor.unitRegionPath() == null ? null : regionCodeOf(actor.unitRegionPath());
        List<Officer> found = region == null ? List.of() : officers.holding(Permission.INSPECTION_HANDLE, region);
        List<Officer> visible = found.stream().filter(Officer::enabled)
                .filter(o -> scope.coversUnit(o.unit().path(), o.unit().regionPath()))
                .sorted(Comparator.comparing((Officer o) -> o.unit().name()).thenComparing(Officer::displayName))
                .toList();
        Map<Long, InspectorStore.Row> rows = store.of(visible.stream().map(Officer::id).toList());
        return visible.stream().map(o -> view(o, rows.get(o.id()))).toList();
    }

    /** Records an inspector's certificate and specialties (INSPECTION_SETTINGS over the officer's unit). */
    @Transactional
    public Inspector save(Actor actor, long officerId, InspectorForm form) {
        DataScope scope = actor.require(Permission.INSPECTION_SETTINGS);
        Officer officer = officers.find(officerId).filter(Officer::enabled)
                .filter(o -> o.permissions().contains(Permission.INSPECTION_HANDLE))
                .filter(o -> scope.coversUnit(o.unit().path(), o.unit().regionPath()))
                .orElseThrow(() -> new NotFoundProblem("inspector", officerId));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String number = form.certificateNo() == null ? "" : form.certificateNo().strip();
        if (number.isEmpty()) {
            problems.add("certificateNo", "error.required");
        } else if (number.length() > 40) {
            problems.add("certificateNo", "error.tooLong", 40);
        }
        if (form.certificateUntil() == null) {
            problems.add("certificateUntil", "error.required");
        }
        PlausibleDates.check(problems, "certificateUntil", form.certificateUntil());
        Set<Specialty> specialties = new LinkedHashSet<>();
        for (String s : form.specialties() == null ? List.<String>of() : form.specialties()) {
            try {
                specialties.add(Specialty.valueOf(s));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("specialties", "inspection.error.specialty", s);
            }
        }
        problems.throwIfAny();
        InspectorStore.Row before = store.of(List.of(officerId)).get(officerId);
        int version = form.version() == null ? before == null ? 0 : before.version() : form.version();
        List<Specialty> chosen = new ArrayList<>(specialties);
        if (!store.save(officerId, number, form.certificateUntil(), chosen, officer.unit().path(),
                officer.unit().regionPath(), version, actor.username(), clock.instant())) {
            throw new InvalidInput("version", "inspection.error.stale");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("certificateNo", number);
        fields.put("certificateUntil", form.certificateUntil().toString());
        fields.put("specialties", chosen.stream().map(Enum::name).toList());
        events.publishEvent(before == null
                ? AuditableChange.created(actor, "inspection_inspector", officerId, officer.displayName(), fields)
                : AuditableChange.of(actor, AuditAction.UPDATE, "inspection_inspector", officerId,
                        officer.displayName(), fields));
        return view(officer, store.of(List.of(officerId)).get(officerId));
    }

    /** Of {@code officerIds}, those whose certificate ran out before today: kept out of a pool frozen now. */
    Set<Long> lapsed(long[] officerIds) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        Set<Long> out = new java.util.HashSet<>();
        store.of(java.util.Arrays.stream(officerIds).boxed().toList()).values().stream()
                .filter(r -> r.certificateUntil() != null && r.certificateUntil().isBefore(today))
                .forEach(r -> out.add(r.officerId()));
        return out;
    }

    private static Inspector view(Officer o, InspectorStore.Row row) {
        return new Inspector(o.id(), o.displayName(), o.unit().id(), o.unit().name(),
                row == null ? null : row.certificateNo(), row == null ? null : row.certificateUntil(),
                row == null ? List.of() : row.specialties(), row == null ? 0 : row.version());
    }

    /** "/14/1404/140426/" → "140426". */
    private static String regionCodeOf(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
