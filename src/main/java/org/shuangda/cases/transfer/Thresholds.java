package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 立案追诉标准 table: read by everyone who handles or oversees cases, edited with CASE_SETTINGS, and the test
 * "does this case meet a threshold" that prompts the officer and fills the prosecutor's missed-transfer list.
 */
@Service
public class Thresholds {

    private final ThresholdStore store;
    private final ApplicationEventPublisher events;

    Thresholds(ThresholdStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** The table, for everyone signed in. */
    public List<CriminalThreshold> list(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return store.all();
    }

    /** The active thresholds {@code amounts} meet, in table order (a computation on the table, no one's data). */
    public List<ThresholdMatch> met(CaseAmounts amounts) {
        return met(store.all(), amounts);
    }

    static List<ThresholdMatch> met(List<CriminalThreshold> table, CaseAmounts amounts) {
        return table.stream().filter(t -> t.metBy(amounts))
                .map(t -> new ThresholdMatch(t, t.amountKind().of(amounts))).toList();
    }

    @Transactional
    public CriminalThreshold create(Actor actor, CriminalThreshold form) {
        actor.require(Permission.CASE_SETTINGS);
        validate(form);
        long id = store.insert(form);
        CriminalThreshold saved = store.find(id).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "criminal_threshold", id, saved.charge(), audit(saved)));
        return saved;
    }

    @Transactional
    public CriminalThreshold update(Actor actor, long id, CriminalThreshold form) {
        actor.require(Permission.CASE_SETTINGS);
        CriminalThreshold before = store.find(id).orElseThrow(() -> new NotFoundProblem("threshold", id));
        validate(form);
        CriminalThreshold changed = new CriminalThreshold(id, form.category(), form.charge().strip(), form.amountKind(),
                form.minimum(), form.basis().strip(), form.active(), before.sortOrder(), form.version());
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
        return fields;
    }
}
