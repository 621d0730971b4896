package org.shuangda.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.campaigns.Tasks;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.reporting.HistoricalSubmission;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.RoundImport;
import org.shuangda.reporting.RoundImport.ExpectedUnit;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.SubmissionDesk;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.Templates;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A current 长治市-wide campaign, issued by the city office (长治市商务局, changzhi.office), whose rounds every
 * unit of the city reports into (the city's four bureaus and both counties' member units), so the day can
 * start right after the run command:
 * <ul>
 * <li>{@value #ROUND_1} closed ten working days ago: every unit accepted except 平顺县司法局, which never
 * reported (overdue), two late;</li>
 * <li>{@value #ROUND_2} open now, due in five working days: most units submitted (some accepted, some awaiting
 * the county office's review), 黎城县质量技术监督局 returned ({@value #RETURN_REASON}), and 黎城县工商行政管理局
 * (licheng.reporter, 李) not started: 李 has the form to fill in.</li>
 * </ul>
 * Dates are relative to the day the demo is loaded, on the working-day calendar. The closed round comes in
 * through {@link RoundImport} (it is locked); the open one through {@link Rounds} and {@link SubmissionDesk},
 * each unit's figures handed in as the system acting for that unit ({@link UnitReporter}).
 */
@Component
class CityCampaignDemo implements DemoDataStep {

    static final String CITY = "140400";
    static final String ROUND_1 = "全市第一次数据报送";
    static final String ROUND_2 = "全市第二次数据报送";
    static final String RETURN_REASON = "检查户数与上报巡查记录不符，请核实后重新报送";
    /** 李's unit: nothing handed in yet in the open round. */
    static final String NOT_STARTED = "黎城县工商行政管理局";
    static final String RETURNED = "黎城县质量技术监督局";
    /** Never reported to the closed round. */
    static final String MISSING_ROUND_1 = "平顺县司法局";
    static final List<String> LATE_ROUND_1 = List.of("黎城县物价局", "平顺县林业局");
    /** Submitted to the open round and still waiting for the county office's review. */
    static final List<String> AWAITING = List.of("黎城县公安局", "黎城县农业委员会", "黎城县林业局", "平顺县食品药品监督管理局",
            "平顺县卫生局");

    static String title(int year) {
        return year + "年长治市打击侵犯知识产权和制售假冒伪劣商品专项行动";
    }

    private record Plan(Map<String, Integer> totals, Map<String, Map<String, Object>> cases) {
    }

    /** Round (1-based) → county code → what its units did in it. */
    private static final Map<Integer, Map<String, Plan>> PLANS = Map.of(
            1, Map.of("140426", new Plan(ReportingDemo.totalsOf(150, 110, 25, 4, 210, 2600, 2, 10),
                            Map.of("工商行政管理局", ReportingDemo.casesOf(2, 1, 0, 1, 0, "1.80"))),
                    "140425", new Plan(ReportingDemo.totalsOf(126, 92, 19, 3, 180, 2000, 2, 8),
                            Map.of("工商行政管理局", ReportingDemo.casesOf(1, 1, 0, 0, 0, "0.90")))),
            2, Map.of("140426", new Plan(ReportingDemo.totalsOf(88, 64, 14, 2, 96, 1200, 1, 6),
                            Map.of("质量技术监督局", ReportingDemo.casesOf(1, 0, 0, 0, 0, "0.40"))),
                    "140425", new Plan(ReportingDemo.totalsOf(102, 75, 16, 3, 130, 1500, 2, 8),
                            Map.of("工商行政管理局", ReportingDemo.casesOf(2, 1, 0, 0, 0, "1.20")))));

    private static final Map<String, String> COUNTY_OFFICES = Map.of("140426", "licheng.office", "140425",
            "pingshun.office", CITY, "changzhi.office");

    private final Campaigns campaigns;
    private final Tasks tasks;
    private final Rounds rounds;
    private final RoundImport imports;
    private final SubmissionDesk desk;
    private final Templates templates;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;

    CityCampaignDemo(Campaigns campaigns, Tasks tasks, Rounds rounds, RoundImport imports, SubmissionDesk desk,
            Templates templates, UnitDirectory units, WorkingCalendar calendar) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.rounds = rounds;
        this.imports = imports;
        this.desk = desk;
        this.templates = templates;
        this.units = units;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 550;
    }

    @Override
    public void load(Actor system) {
        LocalDate today = tasks.today();
        LocalDate due1 = workingDaysBefore(today, 10);
        LocalDate start = calendar.firstWorkingDayFrom(today.minusWeeks(7));
        LocalDate due2 = calendar.addWorkingDays(today, 5);
        LocalDate end = LocalDate.of(today.getYear(), 12, 31).isAfter(due2.plusMonths(2))
                ? LocalDate.of(today.getYear(), 12, 31) : due2.plusMonths(4);
        long campaign = campaign(system, start, end, due1, due2).id();
        Template template = templates.list(system).stream().filter(t -> t.code().equals("SHUANGDA_BASIC"))
                .findFirst().orElseThrow();
        List<String> categories = template.indicator("items_seized").orElseThrow().breakdowns();
        List<UnitRef> expected = imports.expectedUnits(system, CITY).stream().map(ExpectedUnit::id)
                .map(id -> units.find(id).orElseThrow()).toList();

        // the closed round, as history: locked three days after its due day
        List<HistoricalSubmission> first = new ArrayList<>();
        Map<String, Map<String, Object>> figures1 = figures(1);
        for (UnitRef unit : expected) {
            if (unit.name().equals(MISSING_ROUND_1)) {
                continue;
            }
            boolean late = LATE_ROUND_1.contains(unit.name());
            LocalDateTime submitted = late ? due1.plusDays(1).atTime(10, 20)
                    : due1.minusDays(unit.name().length() % 3).atTime(9 + unit.name().length() % 7, 15);
            Map<String, Object> values = figures1.getOrDefault(unit.name(), Map.of());
            first.add(new HistoricalSubmission(unit.id(), SubmissionStatus.ACCEPTED, submitted, values,
                    breakdowns(unit.name(), values, categories), Map.of(), null, submitted.plusHours(26),
                    COUNTY_OFFICES.get(unit.regionCode())));
        }
        imports.importHistorical(system, new RoundForm(campaign, template.id(), CITY, ROUND_1, start, due1, due1,
                due1.atTime(23, 59, 59), due1.plusDays(3)), first);

        // the open round: handed in now through the everyday services
        RoundView open = rounds.create(system, new RoundForm(campaign, template.id(), CITY, ROUND_2, due1.plusDays(1),
                due2, due2, null, calendar.addWorkingDays(due2, 2)));
        Map<String, Map<String, Object>> figures2 = figures(2);
        for (UnitRef unit : expected) {
            if (unit.name().equals(NOT_STARTED)) {
                continue;
            }
            Map<String, Object> values = figures2.getOrDefault(unit.name(), Map.of());
            long id = desk.handIn(new UnitReporter(system, unit), open.round().id(), values,
                    breakdowns(unit.name(), values, categories), Map.of());
            if (unit.name().equals(RETURNED)) {
                desk.review(system, id, SubmissionAction.RETURN, RETURN_REASON);
            } else if (!AWAITING.contains(unit.name())) {
                desk.review(system, id, SubmissionAction.ACCEPT, null);
            }
        }
    }

    private CampaignView campaign(Actor system, LocalDate start, LocalDate end, LocalDate due1, LocalDate due2) {
        long office = unitId("长治市商务局");
        CampaignView plan = campaigns.create(system, new Campaign(null, title(start.getYear()),
                "长双打办发〔" + start.getYear() + "〕3号", office, CITY, start, end, CampaignsDemo.GUIDING_IDEA
                        .replace("我县", "我市"), CampaignsDemo.GOALS.replace("我县", "我市"), null, office, "高远",
                "0355-2000100", CampaignsDemo.RIGHTS, CampaignsDemo.PRODUCTS, CampaignsDemo.AREAS,
                CampaignsDemo.DOMAINS, null, null, List.of(
                        new Phase("动员部署", start, start.plusDays(6), "市双打办印发方案，各县（区）制定实施方案并动员部署。"),
                        new Phase("集中整治", start.plusDays(7), end.minusDays(30),
                                "各县（区）成员单位按分工开展集中整治，" + due1 + "第一次数据报送，" + due2 + "第二次数据报送。"),
                        new Phase("总结", end.minusDays(29), end, "各县（区）总结上报，市双打办汇总通报。")),
                List.of(), 0));
        campaigns.take(system, plan.id(), CampaignAction.ACTIVATE);
        return plan;
    }

    /** Unit full name → indicator → value for a round: each county's totals split among its units by their work. */
    private static Map<String, Map<String, Object>> figures(int round) {
        Map<String, Map<String, Object>> byUnit = new LinkedHashMap<>();
        PLANS.get(round).forEach((code, plan) -> {
            String county = OrganizationDemo.COUNTIES.get(code);
            Map<String, Map<String, Object>> split = ReportingDemo.Figures.split(plan.totals(),
                    ReportingDemo.workShares(), ReportingDemo.samplingShares());
            plan.cases().forEach((unit, c) -> split.computeIfAbsent(unit, u -> new LinkedHashMap<>()).putAll(c));
            split.forEach((suffix, values) -> byUnit.put(county + suffix, values));
        });
        return byUnit;
    }

    private static Map<String, Map<String, Object>> breakdowns(String unit, Map<String, Object> values,
            List<String> categories) {
        return values.get("items_seized") instanceof Integer seized
                ? Map.of("items_seized", ReportingBreakdownDemo.categories(unit, seized, categories)) : Map.of();
    }

    private LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d.minusDays(1))) {
                i++;
            }
        }
        return d;
    }

    private long unitId(String name) {
        return units.named(name).stream().map(UnitRef::id).findFirst().orElseThrow();
    }
}
