package org.shuangda.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.draw.Draw;
import org.shuangda.inspections.draw.Draws;
import org.shuangda.inspections.draw.Inspectors;
import org.shuangda.inspections.draw.InspectionTasks;
import org.shuangda.inspections.draw.ItemDraft;
import org.shuangda.inspections.draw.Items;
import org.shuangda.inspections.draw.Plan;
import org.shuangda.inspections.draw.PlanDraft;
import org.shuangda.inspections.draw.Plans;
import org.shuangda.inspections.draw.ResultCode;
import org.shuangda.inspections.draw.ResultDraft;
import org.shuangda.inspections.draw.Results;
import org.shuangda.inspections.draw.TaskDraft;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * 双随机 of the demo: two items of 黎城县工商局, a joint plan with 平顺县工商局 (黎城县工商局 has only three officers who
 * may inspect, too few after 回避 for two per target), one task drawn with public entropy and one result recorded
 * and published by a drawn inspector, and a 定向 task (enterprises only) still to prepare.
 */
@Component
class InspectionsDemo implements DemoDataStep {

    private final Items items;
    private final Plans plans;
    private final InspectionTasks tasks;
    private final Draws draws;
    private final Results results;
    private final Officers officers;
    private final DemoCaseUnits units;
    private final Clock clock;
    private final Inspectors inspectors;

    InspectionsDemo(Items items, Plans plans, InspectionTasks tasks, Draws draws, Results results, Officers officers,
            DemoCaseUnits units, Clock clock, Inspectors inspectors) {
        this.items = items;
        this.inspectors = inspectors;
        this.plans = plans;
        this.tasks = tasks;
        this.draws = draws;
        this.results = results;
        this.officers = officers;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void load(Actor system) {
        long licheng = units.county(system, "140426", "licheng").unitId();
        long pingshun = units.county(system, "140425", "pingshun").unitId();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        // the two counties' inspectors with their certificates (执法证) and specialties, in the pool page's order
        int n = 0;
        for (String county : List.of("140426", "140425")) {
            for (var o : officers.holding(org.shuangda.shared.Permission.INSPECTION_HANDLE, county)) {
                if (o.enabled()) {
                    n++;
                    inspectors.save(system, o.id(), new Inspectors.InspectorForm(county + String.format("%04d", n),
                            today.plusYears(1 + n % 4).withDayOfMonth(1), n % 2 == 0 ? List.of("FOOD", "PRODUCT_QUALITY")
                                    : List.of("TRADEMARK_IP", "ONLINE_TRADE"), null));
                }
            }
        }
        long annual = items.create(system, new ItemDraft(licheng, "企业公示信息（年度报告、即时信息）",
                "《企业公示信息抽查办法》（国家市场监督管理总局令第67号，第101号令修改）第四条、第五条", "GENERAL",
                List.of("年度报告公示的信息真实", "即时信息按期公示", "登记的住所（经营场所）可以联系"))).id();
        long food = items.create(system, new ItemDraft(licheng, "食品经营许可条件", "《中华人民共和国食品安全法》第三十五条",
                "KEY", List.of("持有有效食品经营许可证", "从业人员健康证明", "进货查验记录"))).id();
        Plan plan = plans.create(system, new PlanDraft(today.getYear(), today.getYear() + "年度黎城县、平顺县联合双随机抽查计划",
                licheng, true, List.of(pingshun), "两县工商局联合实施，执法检查人员从两局名录库中随机抽取。"));
        long drawn = tasks.create(system, new TaskDraft(plan.id(), "企业公示信息联合抽查", List.of(annual), false, "140426",
                null, null, null, null, null, today.minusDays(20), today.plusDays(40), null)).id();
        draws.prepare(system, drawn);
        Draw draw = draws.get(system, draws.draw(system, drawn, new Draws.EntropyInput("3141 5926 5358 9793 2384 6264",
                "现场摇号机摇出的 24 位数字（演示）", null)).id());
        tasks.create(system, new TaskDraft(plan.id(), "食品经营企业定向抽查", List.of(food), true, "140426",
                "ENTERPRISE", null, null, null, new BigDecimal("50"), today, today.plusDays(60), null));

        Draw.DrawnTarget first = draw.targets().get(0);
        Officer inspector = officers.find(first.inspectors().get(0).officerId()).orElseThrow();
        Actor asInspector = new DemoInspector(system, inspector);
        var result = results.record(asInspector, draw.id(), first.entityId(), new ResultDraft(ResultCode.NO_PROBLEM.name(),
                List.of(new ResultDraft.PointOutcome("年度报告公示的信息真实", "PASS", ""),
                        new ResultDraft.PointOutcome("即时信息按期公示", "PASS", ""),
                        new ResultDraft.PointOutcome("登记的住所（经营场所）可以联系", "PASS", "")),
                "经营正常，公示信息与实际一致。", true, false, today.minusDays(3)));
        results.publish(system, result.id());
    }

    /** The system's rights under a drawn inspector's id and name (results are recorded by the drawn only). */
    private record DemoInspector(Actor system, Officer officer) implements Actor {
        @Override public long userId() { return officer.id(); }
        @Override public String username() { return officer.username(); }
        @Override public String displayName() { return officer.displayName(); }
        @Override public long unitId() { return officer.unit().id(); }
        @Override public String unitName() { return officer.unit().name(); }
        @Override public String unitRegionPath() { return officer.unit().regionPath(); }
        @Override public boolean can(Permission permission) { return system.can(permission); }
        @Override public DataScope scopeFor(Permission permission) { return system.scopeFor(permission); }
        @Override public boolean isSystem() { return system.isSystem(); }
    }
}
