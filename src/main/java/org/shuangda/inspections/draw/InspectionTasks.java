package org.shuangda.inspections.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.entities.EntityType;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.platform.Settings;
import org.shuangda.inspections.markets.KeyMarket;
import org.shuangda.inspections.markets.KeyMarkets;
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
 * InspectionTasks of a plan: items, filter, 定向 or 不定向, ratio per risk grade and period. Ratios default to the setting
 * {@value #DEFAULT_RATIOS_SETTING} (basis points "A,B,C,D"; 300,500,2000,10000 = 3%, 5%, 20%, 100% when unset: 企业公示
 * 信息抽查办法 art.4–5 asks ≥ 3% "in line with the credit-risk grades"), are never zero (a floor of one target per
 * grade that has entities, in {@link DrawMath#quota}) and never above 100%. Written with INSPECTION_HANDLE over the
 * plan's lead unit.
 */
@Service
public class InspectionTasks {

    public static final String DEFAULT_RATIOS_SETTING = "inspections.default-ratios-bp";
    static final int[] BUILT_IN_RATIOS = {300, 500, 2000, 10000};

    private final InspectionTaskStore store;
    private final Plans plans;
    private final Items items;
    private final Regions regions;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final KeyMarkets markets;

    InspectionTasks(InspectionTaskStore store, Plans plans, Items items, Regions regions, Settings settings,
            ApplicationEventPublisher events, KeyMarkets markets) {
        this.store = store;
        this.markets = markets;
        this.plans = plans;
        this.items = items;
        this.regions = regions;
        this.settings = settings;
        this.events = events;
    }

    /** The default ratios in basis points, A to D. */
    public int[] defaultRatios() {
        return settings.get(DEFAULT_RATIOS_SETTING).map(InspectionTasks::parseRatios).orElse(BUILT_IN_RATIOS.clone());
    }

    private static int[] parseRatios(String text) {
        try {
            String[] parts = text.split(",");
            int[] out = new int[4];
            for (int g = 0; g < 4; g++) {
                out[g] = Integer.parseInt(parts[g].strip());
            }
            return out;
        } catch (RuntimeException e) {
            return BUILT_IN_RATIOS.clone();
        }
    }

    @Transactional(readOnly = true)
    public List<Task> list(Actor actor, Long planId) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return store.list(scope.unitOwned("t.unit_path", "t.region_path"), planId);
    }

    @Transactional(readOnly = true)
    public Task get(Actor actor, long id) {
        DataScope scope = actor.require(Permission.INSPECTION_VIEW);
        return visible(scope, id);
    }

    /** The items of the task, in the revision the task used. */
    @Transactional(readOnly = true)
    public List<InspectionItem> itemsOf(Actor actor, long taskId) {
        get(actor, taskId);
        return items.ofTask(taskId);
    }

    @Transactional
    public Task create(Actor actor, TaskDraft d) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Plan plan = null;
        if (d.planId() == null) {
            problems.add("planId", "inspection.error.planRequired");
        } else {
            plan = plans.find(d.planId());
            if (!scope.coversUnit(plan.unitPath(), plan.regionPath())) {
                throw new NotFoundProblem("inspection_plan", d.planId());
            }
        }
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
            problems.add("title", "inspection.error.title");
        }
        List<Long> itemIds = new ArrayList<>(new LinkedHashSet<>(d.itemIds() == null ? List.of() : d.itemIds()));
        if (itemIds.isEmpty()) {
            problems.add("itemIds", "inspection.error.itemsRequired");
        }
        Actor reader = Actor.system("inspections");
        for (long itemId : itemIds) {
            try {
                InspectionItem item = items.get(reader, itemId);
                if (!item.active() || !scope.coversUnit(item.unitPath(), item.regionPath())
                        && (plan == null || !plan.participatingUnitIds().contains(item.unitId()))) {
                    problems.add("itemIds", "inspection.error.unknownItem", itemId);
                }
            } catch (NotFoundProblem e) {
                problems.add("itemIds", "inspection.error.unknownItem", itemId);
            }
        }
        Region region = d.regionCode() == null ? null : regions.find(d.regionCode().strip()).orElse(null);
        if (region == null) {
            problems.add("regionCode", "inspection.error.region");
        } else if (plan != null && !region.path().startsWith(plan.regionPath())) {
            problems.add("regionCode", "inspection.error.regionOutsidePlan");
        }
        if (d.targeted()) {
            boolean typed = d.entityType() != null && !d.entityType().isBlank();
            if (!typed && d.marketId() == null && d.listed() == null && d.industry() == null) {
                problems.add("entityType", "inspection.error.targetedNeedsFilter");
            } else if (typed
                    && java.util.Arrays.stream(EntityType.values()).noneMatch(t -> t.name().equals(d.entityType()))) {
                problems.add("entityType", "inspection.error.entityType");
            }
            if (d.listed() != null && !List.of("LISTED", "NOT_LISTED").contains(d.listed())) {
                problems.add("listed", "inspection.error.listedFilter");
            }
            if (d.marketId() != null) {
                checkMarket(actor, d.marketId(), region, problems);
            }
            if (d.industry() != null && org.shuangda.entities.Industry.parse(d.industry()).isEmpty()) {
                problems.add("industry", "inspection.error.industry", d.industry());
            }
        }
        int[] ratios = ratios(d, problems);
        PlausibleDates.check(problems, "periodFrom", d.periodFrom());
        PlausibleDates.check(problems, "periodTo", d.periodTo());
        if (d.periodFrom() == null) {
            problems.add("periodFrom", "error.required");
        }
        if (d.periodTo() == null) {
            problems.add("periodTo", "error.required");
        }
        if (d.periodFrom() != null && d.periodTo() != null && d.periodTo().isBefore(d.periodFrom())) {
            problems.add("periodTo", "inspection.error.periodOrder");
        }
        if (d.repeatOverrideReason() != null && d.repeatOverrideReason().strip().length() > 500) {
            problems.add("repeatOverrideReason", "inspection.error.reasonLength");
        }
        problems.throwIfAny();
        long id = store.insert(d, plan, region.path(), ratios, actor.username());
        store.addItems(id, items.use(itemIds));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("planId", plan.id());
        f.put("title", d.title().strip());
        f.put("itemIds", itemIds);
        f.put("targeted", d.targeted());
        f.put("regionCode", region.code());
        f.put("entityType", d.targeted() ? d.entityType() : null);
        f.put("marketId", d.targeted() ? d.marketId() : null);
        f.put("listed", d.targeted() ? d.listed() : null);
        f.put("industry", d.targeted() ? d.industry() : null);
        f.put("ratiosBp", List.of(ratios[0], ratios[1], ratios[2], ratios[3]));
        f.put("period", d.periodFrom() + "/" + d.periodTo());
        f.put("repeatOverrideReason", d.repeatOverrideReason());
        events.publishEvent(AuditableChange.created(actor, "inspection_task", id, d.title().strip(), f));
        return store.find(org.shuangda.shared.SqlPredicate.TRUE, id).orElseThrow();
    }

    /** Per cent (two decimals at most) to basis points; above 100% or zero refused on the field. */
    private int[] ratios(TaskDraft d, InvalidInput.Collector problems) {
        int[] defaults = defaultRatios();
        BigDecimal[] typed = d.ratios();
        int[] out = new int[4];
        for (int g = 0; g < 4; g++) {
            String field = "ratio" + DrawMath.GRADES.charAt(g);
            if (typed[g] == null) {
                out[g] = defaults[g];
                continue;
            }
            BigDecimal bp = typed[g].movePointRight(2);
            if (typed[g].compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(field, "inspection.error.ratioOver100", typed[g].toPlainString());
            } else if (typed[g].signum() <= 0) {
                problems.add(field, "inspection.error.ratioZero");
            } else if (bp.stripTrailingZeros().scale() > 0) {
                problems.add(field, "inspection.error.ratioDecimals");
            } else {
                out[g] = bp.intValueExact();
            }
        }
        return out;
    }

    /** The inspection of the task is over (检查结束): the 20-working-day publication clock starts. */
    @Transactional
    public Task end(Actor actor, long id, LocalDate endedOn) {
        DataScope scope = actor.require(Permission.INSPECTION_HANDLE);
        Task task = visible(scope, id);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PlausibleDates.check(problems, "endedOn", endedOn);
        if (endedOn == null) {
            problems.add("endedOn", "error.required");
        }
        problems.throwIfAny();
        if (task.state() != TaskState.DRAWN || !store.end(id, endedOn)) {
            throw new InvalidInput("state", "inspection.error.endNotDrawn");
        }
        events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "inspection_task", id, "检查结束",
                Map.of("state", TaskState.ENDED.name(), "endedOn", endedOn.toString())));
        return visible(scope, id);
    }

    /** The key market of a 定向 task: one the office may see, lying within the task's region. */
    private void checkMarket(Actor actor, long marketId, Region region, InvalidInput.Collector problems) {
        try {
            KeyMarket market = markets.get(actor, marketId);
            String path = regions.find(market.regionCode()).map(Region::path).orElse(null);
            if (region != null && (path == null || !path.startsWith(region.path()))) {
                problems.add("marketId", "inspection.error.marketOutsideRegion", market.name());
            }
        } catch (NotFoundProblem e) {
            problems.add("marketId", "inspection.error.unknownMarket", marketId);
        }
    }

    Task visible(DataScope scope, long id) {
        return store.find(scope.unitOwned("t.unit_path", "t.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("inspection_task", id));
    }

    /** Moves the state for the draw service; false when another request moved it first. */
    boolean move(long id, TaskState from, TaskState to) {
        return store.move(id, from, to);
    }
}
