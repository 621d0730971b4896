package org.shuangda.sampling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.organization.Regions;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Amounts;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Samples: recorded on site under a plan of the actor's unit ({@code SAMPLING_HANDLE}), listed and read by whoever
 * sees them ({@link SampleAccess}: the bureau in its scope, a lab its own). The steps are {@link SampleSteps}.
 */
@Service
public class Samples {

    private final SampleStore store;
    private final BackupStore backups;
    private final SampleAccess access;
    private final SamplingPlans plans;
    private final MarketEntities entities;
    private final Officers officers;
    private final Regions regions;
    private final SamplingClocks clocks;
    private final SamplingDraws draws;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Samples(SampleStore store, BackupStore backups, SampleAccess access, SamplingPlans plans, MarketEntities entities,
            Officers officers, Regions regions, SamplingClocks clocks, SamplingDraws draws,
            ApplicationEventPublisher events, Clock clock) {
        this.draws = draws;
        this.store = store;
        this.backups = backups;
        this.access = access;
        this.plans = plans;
        this.entities = entities;
        this.officers = officers;
        this.regions = regions;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    @Transactional(readOnly = true)
    List<SampleView> list(Actor actor, SampleStore.Filter filter) {
        return store.list(access.visible(actor), filter == null ? new SampleStore.Filter(null, null, null, null, null)
                : filter);
    }

    /** The list with filters by name (state, final result, plan, lab, text), for the page and the API. */
    @Transactional(readOnly = true)
    public List<SampleView> list(Actor actor, SampleState state, SampleResult result, Long planId, Long labId,
            String text) {
        String t = text == null || text.isBlank() ? null : text.strip();
        return list(actor, new SampleStore.Filter(state, result, planId, labId, t));
    }

    @Transactional(readOnly = true)
    public SampleView get(Actor actor, long id) {
        return access.visible(actor, id);
    }

    @Transactional(readOnly = true)
    public List<SampleView.Step> steps(Actor actor, long id) {
        access.visible(actor, id);
        return store.steps(id);
    }

    /** A sample and the clock of a duty it is late on. */
    public record Overdue(SampleView sample, ClockView clock) {
    }

    /** The overdue list: visible samples not final with a duty past its due day, the oldest due first. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(Actor actor) {
        List<Overdue> out = new ArrayList<>();
        for (SampleView v : store.open(access.visible(actor), 5000)) {
            for (ClockView c : clocks.of(v.sample())) {
                if (c.open() && c.overdue()) {
                    out.add(new Overdue(v, c));
                }
            }
        }
        out.sort(java.util.Comparator.comparing((Overdue o) -> o.clock().due()));
        return out;
    }

    @Transactional(readOnly = true)
    public List<ClockView> clocks(Actor actor, long id) {
        return clocks.of(access.visible(actor, id).sample());
    }

    /**
     * The steps the actor may take on the sample now (the page's buttons): the action's permission, the bureau's
     * scope over the sample's unit, and for a lab's step the actor's lab being the one that does it.
     */
    public List<SampleAction> actionsFor(Actor actor, SampleView view, Long actorLabId) {
        Sample s = view.sample();
        return LifecycleAction.available(SampleAction.class, actor, s.state()).stream().filter(a -> {
            if (a.byLaboratory()) {
                return actor.isSystem() || actorLabId != null && actorLabId == s.labFor(a);
            }
            return actor.scopeFor(a.permission()).coversUnit(s.unitPath(), s.regionPath());
        }).toList();
    }

    @Transactional
    public SampleView record(Actor actor, SampleDraft d) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        SamplingPlan plan = d.planId() == null ? null : plans.toSampleUnder(actor).stream()
                .filter(p -> p.id() == d.planId()).findFirst().orElse(null);
        if (plan == null || !scope.coversUnit(plan.unitPath(), plan.regionPath())) {
            throw new InvalidInput("planId", "sampling.invalid.plan");
        }
        if (d.category() == null || plan.category(d.category()).isEmpty()) {
            problems.add("category", "sampling.invalid.category");
        }
        SamplingStage stage = enumOf(SamplingStage.class, d.stage());
        if (stage == null || !plan.stages().contains(stage)) {
            problems.add("stage", "sampling.invalid.sampleStage");
        }
        // a target of the plan's current draw takes that draw's samplers (the draw chose them, not the form)
        SamplingDraws.Drawn drawn = d.entityId() == null ? null
                : draws.drawnFor(plan.id(), d.category(), d.entityId()).orElse(null);
        Sample.Site site = site(actor, d, stage, plan, drawn, problems);
        Sample.Product product = product(d, problems);
        if (d.labId() == null || !plan.labIds().contains(d.labId())) {
            problems.add("labId", "sampling.invalid.sampleLab");
        }
        String backupLocation = text(d.backupLocation(), 200, "backupLocation", true, problems);
        problems.throwIfAny();
        Sample s = Sample.recorded(plan.id(), plan.kind(), d.category(), stage, plan.unitId(), plan.unitPath(),
                plan.regionPath(), site, product, d.labId());
        long id = store.insert(s, actor.username(), clock.instant());
        backups.insert(id, product.backupPortion(), backupLocation, blankToNull(site.seals()));
        if (drawn != null) {
            draws.linkSample(id, drawn);
        }
        store.step(id, "RECORD", "", actor.username(), actor.displayName(), clock.instant());
        SampleView saved = store.find(org.shuangda.shared.SqlPredicate.TRUE, id).orElseThrow();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("planId", plan.id());
        f.put("category", d.category());
        f.put("stage", stage.name());
        f.put("entity", site.entityName());
        f.put("product", product.name());
        f.put("batch", product.batchNo());
        f.put("sampledOn", site.sampledOn().toString());
        f.put("samplers", site.samplerIds());
        f.put("labId", d.labId());
        f.put("drawId", drawn == null ? null : drawn.draw().id());
        events.publishEvent(AuditableChange.created(actor, "sampling_sample", id, saved.sample().number(), f));
        return saved;
    }

    private Sample.Site site(Actor actor, SampleDraft d, SamplingStage stage, SamplingPlan plan,
            SamplingDraws.Drawn drawn, InvalidInput.Collector problems) {
        String name;
        String uscc;
        String address;
        String regionCode;
        Long entityId = d.entityId();
        if (entityId != null) {
            MarketEntity e;
            try {
                e = entities.get(actor, entityId);
            } catch (NotFoundProblem notFound) {
                problems.add("entityId", "sampling.invalid.entity");
                return null;
            }
            name = e.name();
            uscc = e.uscc();
            address = e.address();
            regionCode = e.regionCode();
        } else {
            name = text(d.entityName(), 200, "entityName", true, problems);
            uscc = uscc(d.entityUscc(), "entityUscc", problems);
            address = text(d.entityAddress(), 200, "entityAddress", false, problems);
            regionCode = region(d.entityRegionCode(), "entityRegionCode", true, problems);
        }
        Sample.Online online = null;
        if (stage == SamplingStage.ONLINE) {
            Sample.Online o = d.online();
            if (o == null || blank(o.shop()) || blank(o.buyerAccount()) || blank(o.orderNo())) {
                problems.add("online", "sampling.invalid.online");
            } else {
                online = new Sample.Online(strip(o.platform()), o.shop().strip(), o.buyerAccount().strip(),
                        o.orderNo().strip(), strip(o.deliveryAddress()), strip(o.url()));
            }
        }
        if (d.sampledOn() == null) {
            problems.add("sampledOn", "error.required");
        } else if (d.sampledOn().isAfter(today())) {
            problems.add("sampledOn", "sampling.invalid.future");
        }
        PlausibleDates.check(problems, "sampledOn", d.sampledOn());
        List<Long> samplerIds = new ArrayList<>(new LinkedHashSet<>(d.samplerIds() == null ? List.of()
                : d.samplerIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (drawn != null) {
            List<Long> chosen = drawn.target().samplerIds();
            if (!samplerIds.isEmpty() && !new java.util.HashSet<>(samplerIds).equals(new java.util.HashSet<>(chosen))) {
                problems.add("samplerIds", "sampling.invalid.drawnSamplers", String.join("、",
                        drawn.target().samplers().stream().map(SamplingDraw.Sampler::name).toList()));
            }
            samplerIds = new ArrayList<>(chosen);
        }
        List<String> samplerNames = new ArrayList<>();
        for (long id : samplerIds) {
            Officer o = officers.find(id).filter(Officer::enabled).orElse(null);
            if (o == null || !o.holds(Permission.SAMPLING_HANDLE)) {
                problems.add("samplerIds", "sampling.invalid.sampler");
            } else {
                samplerNames.add(o.displayName());
            }
        }
        if (samplerIds.size() < plan.samplersPerSample()) {
            problems.add("samplerIds", "sampling.invalid.samplerCount", plan.samplersPerSample());
        }
        String place = text(d.place(), 200, "place", false, problems);
        String seals = text(d.seals(), 200, "seals", true, problems);
        return new Sample.Site(entityId, name, uscc, address, regionCode, online, d.sampledOn(), place, samplerIds,
                samplerNames, seals);
    }

    private Sample.Product product(SampleDraft d, InvalidInput.Collector problems) {
        String name = text(d.productName(), 200, "productName", true, problems);
        String batch = text(d.batchNo(), 100, "batchNo", false, problems);
        if (batch == null && d.producedOn() == null) {
            problems.add("batchNo", "sampling.invalid.batchOrDate");
        }
        PlausibleDates.check(problems, "producedOn", d.producedOn());
        PlausibleDates.check(problems, "expiresOn", d.expiresOn());
        if (d.producedOn() != null && d.expiresOn() != null && d.expiresOn().isBefore(d.producedOn())) {
            problems.add("expiresOn", "sampling.invalid.expiresBeforeProduced");
        }
        if (d.producedOn() != null && d.sampledOn() != null && d.producedOn().isAfter(d.sampledOn())) {
            problems.add("producedOn", "sampling.invalid.producedAfterSampled");
        }
        if (d.pricePaid() != null) {
            Amounts.checkMoney(problems, "pricePaid", d.pricePaid());
            if (d.pricePaid().signum() < 0) {
                problems.add("pricePaid", "sampling.invalid.price");
            }
        }
        return new Sample.Product(name, text(d.brand(), 100, "brand", false, problems),
                text(d.spec(), 100, "spec", false, problems), batch, d.producedOn(), d.expiresOn(),
                text(d.quantity(), 100, "quantity", true, problems), d.pricePaid(),
                text(d.producerName(), 200, "producerName", false, problems),
                text(d.producerAddress(), 200, "producerAddress", false, problems),
                uscc(d.producerUscc(), "producerUscc", problems),
                region(d.producerRegionCode(), "producerRegionCode", false, problems),
                text(d.testPortion(), 500, "testPortion", true, problems),
                text(d.backupPortion(), 500, "backupPortion", true, problems));
    }

    private String region(String code, String field, boolean required, InvalidInput.Collector problems) {
        if (blank(code)) {
            if (required) {
                problems.add(field, "error.required");
            }
            return null;
        }
        String c = code.strip();
        if (!c.matches("[0-9]{6}") || regions.find(c).isEmpty()) {
            problems.add(field, "sampling.invalid.region");
            return null;
        }
        return c;
    }

    private static String uscc(String value, String field, InvalidInput.Collector problems) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("[0-9A-Z]{18}")) {
            problems.add(field, "sampling.invalid.uscc");
            return null;
        }
        return v;
    }

    static String text(String value, int max, String field, boolean required, InvalidInput.Collector problems) {
        if (blank(value)) {
            if (required) {
                problems.add(field, "error.required");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problems.add(field, "error.tooLong", max);
        }
        return v;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return strip(s);
    }
}
