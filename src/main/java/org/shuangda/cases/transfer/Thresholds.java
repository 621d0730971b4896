package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shuangda.shared.Actor;
import org.shuangda.organization.Regions;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 立案追诉标准 table: read by everyone who handles or oversees cases, edited with CASE_SETTINGS, and the test
 * "does this case meet a threshold" that prompts the officer and fills the prosecutor's missed-transfer list.
 *
 * <p>The table is national law that a province may make specific ({@link Configurable#CRIMINAL_THRESHOLD}): a row
 * owned by a province replaces the national row of the same category, charge and amount for cases in that
 * province; a city or county administrator neither adds nor changes a row (403), since the table decides
 * transfers to the police for every county below.
 */
@Service
public class Thresholds {

    private final ThresholdStore store;
    private final Regions regions;
    private final ApplicationEventPublisher events;

    Thresholds(ThresholdStore store, Regions regions, ApplicationEventPublisher events) {
        this.store = store;
        this.regions = regions;
        this.events = events;
    }

    /**
     * The table for everyone signed in: the rows that apply where the actor works (national, and the actor's
     * province's own), and the rows the actor may edit.
     */
    public List<CriminalThreshold> list(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return store.all().stream().filter(t -> t.owner().appliesTo(actor.unitRegionPath())
                || Configurable.CRIMINAL_THRESHOLD.mayEdit(actor, t.owner())).toList();
    }

    /** Whether the actor may change the row (the page offers its form only then). */
    public boolean mayEdit(Actor actor, CriminalThreshold row) {
        return Configurable.CRIMINAL_THRESHOLD.mayEdit(actor, row.owner());
    }

    /**
     * The active thresholds {@code amounts} of a case in the region at {@code regionPath} meet, in table order (a
     * computation on the table, no one's data).
     */
    public List<ThresholdMatch> met(CaseAmounts amounts, String regionPath) {
        return met(store.all(), amounts, regionPath);
    }

    /** The whole table, unfiltered, for computations in this module. */
    List<CriminalThreshold> all() {
        return store.all();
    }

    static List<ThresholdMatch> met(List<CriminalThreshold> table, CaseAmounts amounts, String regionPath) {
        return applicable(table, regionPath).stream().filter(t -> t.metBy(amounts))
                .map(t -> new ThresholdMatch(t, t.amountKind().of(amounts))).toList();
    }

    /**
     * The rows in force in the region at {@code regionPath}: for each category, charge and amount, the most
     * specific row that applies there (the province's own, else the national one), in table order.
     */
    static List<CriminalThreshold> applicable(List<CriminalThreshold> table, String regionPath) {
        Map<String, List<CriminalThreshold>> byKey = new LinkedHashMap<>();
        for (CriminalThreshold t : table) {
            byKey.computeIfAbsent(t.key(), k -> new java.util.ArrayList<>()).add(t);
        }
        java.util.Set<CriminalThreshold> inForce = new java.util.HashSet<>();
        byKey.values().forEach(rows -> ConfigOwner.mostSpecific(rows, CriminalThreshold::owner, regionPath)
                .ifPresent(inForce::add));
        return table.stream().filter(inForce::contains).toList();
    }

    /**
     * Adds a row owned by {@code ownerRegionCode}'s province (null: the actor's own level, national for scope
     * ALL); a city's or county's row is refused, as is a region outside the actor's scope.
     */
    @Transactional
    public CriminalThreshold create(Actor actor, CriminalThreshold form, String ownerRegionCode) {
        actor.require(Permission.CASE_SETTINGS);
        ConfigOwner requested = null;
        if (ownerRegionCode != null && !ownerRegionCode.isBlank()) {
            requested = regions.find(ownerRegionCode.strip()).map(r -> ConfigOwner.of(r.path()))
                    .orElseThrow(() -> new InvalidInput("ownerRegion", "threshold.owner.unknown", ownerRegionCode));
        }
        ConfigOwner owner = Configurable.CRIMINAL_THRESHOLD.requireAdd(actor, requested);
        validate(form);
        long id = store.insert(new CriminalThreshold(null, form.category(), form.charge(), form.amountKind(),
                form.minimum(), form.basis(), form.active(), 0, 0, owner.regionPath()));
        CriminalThreshold saved = store.find(id).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "criminal_threshold", id, saved.charge(), audit(saved)));
        return saved;
    }

    @Transactional
    public CriminalThreshold update(Actor actor, long id, CriminalThreshold form) {
        actor.require(Permission.CASE_SETTINGS);
        CriminalThreshold before = store.find(id).orElseThrow(() -> new NotFoundProblem("threshold", id));
        Configurable.CRIMINAL_THRESHOLD.requireEdit(actor, before.owner());
        validate(form);
        CriminalThreshold changed = new CriminalThreshold(id, form.category(), form.charge().strip(), form.amountKind(),
                form.minimum(), form.basis().strip(), form.active(), before.sortOrder(), form.version(),
                before.ownerRegionPath());
        if (!store.update(changed, form.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        CriminalThreshold after = store.find(id).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, "criminal_threshold", id, after.charge(), audit(before),
                audit(after)));
        return after;
    }

    private static void validate(CriminalThreshold f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (f.category() == null || Arrays.stream(org.shuangda.cases.CaseCategory.values())
                .noneMatch(c -> c.name().equals(f.category()))) {
            problems.add("category", "threshold.category.unknown");
        }
        if (f.charge() == null || f.charge().isBlank()) {
            problems.add("charge", "error.required");
        }
        if (f.amountKind() == null) {
            problems.add("amountKind", "error.required");
        }
        if (f.minimum() == null) {
            problems.add("minimum", "error.required");
        } else if (f.minimum().signum() <= 0 || f.minimum().scale() > 2
                || f.minimum().compareTo(new BigDecimal("100000000000000")) >= 0) {
            problems.add("minimum", "threshold.minimum.range");
        }
        if (f.basis() == null || f.basis().isBlank()) {
            problems.add("basis", "error.required");
        }
        problems.throwIfAny();
    }

    private static Map<String, Object> audit(CriminalThreshold t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("category", t.category());
        fields.put("charge", t.charge());
        fields.put("amountKind", t.amountKind());
        fields.put("minimum", t.minimum());
        fields.put("basis", t.basis());
        fields.put("active", t.active());
        fields.put("ownerRegion", t.owner().national() ? "national" : t.owner().regionCode());
        return fields;
    }
}
