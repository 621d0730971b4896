package org.shuangda.credit.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of joint punishment measures (失信联合惩戒措施清单): read with CREDIT_VIEW, edited with
 * CREDIT_SETTINGS over the measure's owner ({@link Configurable#CREDIT_MEASURE}: a national measure needs scope
 * ALL, a county adds its own); every change audited; a stale version refused (422).
 */
@Service
public class Measures {

    static final int ITEM_MAX = 100;
    static final int CONTENT_MAX = 2000;
    static final int TARGET_MAX = 200;
    static final int BASIS_MAX = 1000;
    static final int SORT_MAX = 9999;

    /** A form that passed every check, stripped. */
    record Valid(CreditList appliesTo, String item, String content, String target, String legalBasis,
            MeasureLevel level, int sortOrder, boolean active) {
    }

    private final MeasureStore store;
    private final ApplicationEventPublisher events;

    Measures(MeasureStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Every measure, active and not, by list and order. */
    @Transactional(readOnly = true)
    public List<Measure> list(Actor actor) {
        actor.require(Permission.CREDIT_VIEW);
        return store.all();
    }

    @Transactional(readOnly = true)
    public Measure get(Actor actor, long id) {
        actor.require(Permission.CREDIT_VIEW);
        return store.find(id).orElseThrow(() -> new NotFoundProblem("measure", id));
    }

    /** Whether the actor may change (or remove) this measure: its owner's level is within their scope. */
    public boolean mayEdit(Actor actor, Measure m) {
        return Configurable.CREDIT_MEASURE.mayEdit(actor, m.owner());
    }

    /** Whether the actor may add measures (their own level may keep some). */
    public boolean mayAdd(Actor actor) {
        if (!actor.can(Permission.CREDIT_SETTINGS)) {
            return false;
        }
        try {
            Configurable.CREDIT_MEASURE.requireAdd(actor, null);
            return true;
        } catch (org.shuangda.shared.AccessDeniedProblem e) {
            return false;
        }
    }

    /** The active measures (for the alerts; no actor: the catalogue is no one's data). */
    List<Measure> active() {
        return store.active();
    }

    @Transactional
    public Measure create(Actor actor, MeasureForm form) {
        org.shuangda.shared.ConfigOwner owner = Configurable.CREDIT_MEASURE.requireAdd(actor, null);
        Valid v = validate(form);
        long id = store.insert(v, owner.regionPath());
        Map<String, Object> fields = fields(v);
        fields.put("owner", owner.national() ? "national" : owner.regionPath());
        events.publishEvent(AuditableChange.created(actor, "credit_measure", id, v.item(), fields));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Measure update(Actor actor, long id, MeasureForm form) {
        actor.require(Permission.CREDIT_SETTINGS);
        Measure before = store.find(id).orElseThrow(() -> new NotFoundProblem("measure", id));
        Configurable.CREDIT_MEASURE.requireEdit(actor, before.owner());
        Valid v = validate(form);
        if (form.version() == null) {
            throw new InvalidInput("version", "error.required");
        }
        if (!store.update(id, form.version(), v)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "credit_measure", id, v.item(),
                fields(validOf(before)), fields(v)));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.CREDIT_SETTINGS);
        Measure before = store.find(id).orElseThrow(() -> new NotFoundProblem("measure", id));
        Configurable.CREDIT_MEASURE.requireEdit(actor, before.owner());
        store.delete(id);
        events.publishEvent(AuditableChange.deleted(actor, "credit_measure", id, before.item(),
                fields(validOf(before))));
    }

    static Valid validate(MeasureForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        CreditList list = null;
        if (blank(f.appliesTo())) {
            problems.add("appliesTo", "error.required");
        } else {
            try {
                list = CreditList.valueOf(f.appliesTo().strip());
            } catch (IllegalArgumentException e) {
                problems.add("appliesTo", "credit.alerts.error.appliesTo", f.appliesTo());
            }
        }
        MeasureLevel level = null;
        if (blank(f.level())) {
            problems.add("level", "error.required");
        } else {
            try {
                level = MeasureLevel.valueOf(f.level().strip());
            } catch (IllegalArgumentException e) {
                problems.add("level", "credit.alerts.error.level", f.level());
            }
        }
        text(problems, "item", f.item(), ITEM_MAX);
        text(problems, "content", f.content(), CONTENT_MAX);
        text(problems, "target", f.target(), TARGET_MAX);
        text(problems, "legalBasis", f.legalBasis(), BASIS_MAX);
        int sort = f.sortOrder() == null ? 0 : f.sortOrder();
        if (sort < 0 || sort > SORT_MAX) {
            problems.add("sortOrder", "error.number.range", "sortOrder", 0, SORT_MAX);
        }
        problems.throwIfAny();
        return new Valid(list, f.item().strip(), f.content().strip(), f.target().strip(), f.legalBasis().strip(),
                level, sort, f.active() == null || f.active());
    }

    private static void text(InvalidInput.Collector problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(field, "error.required");
        } else if (value.strip().length() > max) {
            problems.add(field, "credit.alerts.error.tooLong", value.strip().length(), max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Valid validOf(Measure m) {
        return new Valid(m.appliesTo(), m.item(), m.content(), m.target(), m.legalBasis(), m.level(), m.sortOrder(),
                m.active());
    }

    private static Map<String, Object> fields(Valid v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("appliesTo", v.appliesTo().name());
        out.put("item", v.item());
        out.put("content", v.content());
        out.put("target", v.target());
        out.put("legalBasis", v.legalBasis());
        out.put("level", v.level().name());
        out.put("sortOrder", v.sortOrder());
        out.put("active", v.active());
        return out;
    }
}
