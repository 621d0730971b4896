package org.shuangda.credit.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warning triggers (预警规则): national defaults, and a level's own version of a kind that applies in its
 * region (the most specific wins, {@link Configurable#CREDIT_WARNING_RULE}). Read with CREDIT_VIEW; saved with
 * CREDIT_SETTINGS as the saver's own level's version; audited; a stale version refused.
 */
@Service
public class WarningRules {

    static final int THRESHOLD_MAX = 10_000;
    static final int WINDOW_MAX = 3660;

    record Valid(boolean enabled, int threshold, int windowDays, String grade) {
    }

    private final WarningRuleStore store;
    private final ApplicationEventPublisher events;

    WarningRules(WarningRuleStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<WarningRule> list(Actor actor) {
        actor.require(Permission.CREDIT_VIEW);
        return store.all();
    }

    /** The rule of each kind that applies in the actor's own region (their level's, else the nearest above). */
    @Transactional(readOnly = true)
    public Map<WarningKind, WarningRule> applyingTo(Actor actor) {
        actor.require(Permission.CREDIT_VIEW);
        String region = actor.isSystem() ? null : Configurable.CREDIT_WARNING_RULE.ownLevel(actor).regionPath();
        Map<WarningKind, WarningRule> out = new LinkedHashMap<>();
        List<WarningRule> all = store.all();
        for (WarningKind k : WarningKind.values()) {
            applying(all, k, region).ifPresent(r -> out.put(k, r));
        }
        return out;
    }

    /** The level the actor saves rules for (null when they may not save any). */
    public ConfigOwner ownLevel(Actor actor) {
        if (!actor.can(Permission.CREDIT_SETTINGS)) {
            return null;
        }
        try {
            return Configurable.CREDIT_WARNING_RULE.requireAdd(actor, null);
        } catch (org.shuangda.shared.AccessDeniedProblem e) {
            return null;
        }
    }

    /** All rules at once, for the evaluator (no actor: the rules are nobody's data). */
    List<WarningRule> all() {
        return store.all();
    }

    static Optional<WarningRule> applying(List<WarningRule> all, WarningKind kind, String regionPath) {
        return ConfigOwner.mostSpecific(all.stream().filter(r -> r.kind() == kind).toList(), WarningRule::owner,
                regionPath);
    }

    /**
     * Saves the actor's own level's version of a kind (adds it when the level has none yet: then {@code version}
     * is not needed).
     */
    @Transactional
    public WarningRule save(Actor actor, WarningKind kind, WarningRuleForm form) {
        ConfigOwner owner = Configurable.CREDIT_WARNING_RULE.requireAdd(actor, null);
        Valid v = validate(kind, form);
        Optional<WarningRule> own = store.find(kind, owner.regionPath());
        Map<String, Object> after = fields(v);
        if (own.isPresent()) {
            WarningRule before = own.get();
            if (form.version() == null || !store.update(before.id(), form.version(), v, actor.username())) {
                throw new InvalidInput("version", "error.staleVersion");
            }
            events.publishEvent(AuditableChange.updated(actor, "credit_warning_rule", before.id(), kind.name(),
                    fields(new Valid(before.enabled(), before.threshold(), before.windowDays(), before.grade())),
                    after));
        } else {
            long id = store.insert(kind, owner.regionPath(), v, actor.username())
                    .orElseThrow(() -> new InvalidInput("version", "error.staleVersion"));
            after.put("owner", owner.national() ? "national" : owner.regionPath());
            events.publishEvent(AuditableChange.created(actor, "credit_warning_rule", id, kind.name(), after));
        }
        return store.find(kind, owner.regionPath()).orElseThrow();
    }

    static Valid validate(WarningKind kind, WarningRuleForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        int threshold = 1;
        int window = 1;
        String grade = null;
        if (kind == WarningKind.GRADE_FELL) {
            grade = f.grade() == null ? "" : f.grade().strip();
            if (!grade.equals("C") && !grade.equals("D")) {
                problems.add("grade", "credit.alerts.rule.error.grade", f.grade());
            }
        } else {
            if (kind.counts()) {
                if (f.threshold() == null) {
                    problems.add("threshold", "error.required");
                } else if (f.threshold() < 1 || f.threshold() > THRESHOLD_MAX) {
                    problems.add("threshold", "credit.alerts.rule.error.threshold", f.threshold(), THRESHOLD_MAX);
                } else {
                    threshold = f.threshold();
                }
            }
            if (f.windowDays() == null) {
                problems.add("windowDays", "error.required");
            } else if (f.windowDays() < 1 || f.windowDays() > WINDOW_MAX) {
                problems.add("windowDays", "credit.alerts.rule.error.window", f.windowDays(), WINDOW_MAX);
            } else {
                window = f.windowDays();
            }
        }
        problems.throwIfAny();
        return new Valid(f.enabled() == null || f.enabled(), threshold, window, grade);
    }

    private static Map<String, Object> fields(Valid v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enabled", v.enabled());
        out.put("threshold", v.threshold());
        out.put("windowDays", v.windowDays());
        out.put("grade", v.grade());
        return out;
    }
}
