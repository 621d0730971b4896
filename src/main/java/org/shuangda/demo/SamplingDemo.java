package org.shuangda.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.entities.EntityPage;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitForm;
import org.shuangda.organization.UnitRef;
import org.shuangda.organization.UnitType;
import org.shuangda.organization.Units;
import org.shuangda.sampling.FollowUp;
import org.shuangda.sampling.FollowUps;
import org.shuangda.sampling.LabForm;
import org.shuangda.sampling.Laboratories;
import org.shuangda.sampling.Laboratory;
import org.shuangda.sampling.PlanForm;
import org.shuangda.sampling.Sample;
import org.shuangda.sampling.SampleDraft;
import org.shuangda.sampling.SampleFiles;
import org.shuangda.sampling.SampleSteps;
import org.shuangda.sampling.SampleView;
import org.shuangda.sampling.Samples;
import org.shuangda.sampling.SamplingPlan;
import org.shuangda.sampling.SamplingPlans;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 抽检 of the demo (issue 17): three provincial laboratories (their units at the province, so that no reporting round
 * of the city or the counties expects them to report) with one account each, 黎城县工商局's food sampling plan for the
 * year with the county's population and the target of 4 batches per 1,000 residents, and samples in every state: one
 * passed; one failed and final (the re-test window closed; the producer registered in 河北 listed for a push, the
 * seller's follow-up found a violation that became a clue); one failed within its re-test window whose labelled
 * producer is in 平顺县 (平顺县工商局 has the follow-up in its to-dos); one at 山西省检验检测中心 being tested; one sent to
 * 山西省食品药品检验所 still to receive (lab.food's to-do); and one just sampled.
 */
@Component
class SamplingDemo implements DemoDataStep {

    private static final byte[] REPORT_PDF = ("%PDF-1.4\n% 演示检验报告 demo test report\n1 0 obj <<>> endobj\n"
            + "trailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    private final Units units;
    private final UnitDirectory directory;
    private final Users users;
    private final Laboratories labs;
    private final SamplingPlans plans;
    private final Samples samples;
    private final SampleSteps steps;
    private final FollowUps followUps;
    private final MarketEntities entities;
    private final WorkingCalendar calendar;
    private final Clock clock;

    SamplingDemo(Units units, UnitDirectory directory, Users users, Laboratories labs, SamplingPlans plans,
            Samples samples, SampleSteps steps, FollowUps followUps, MarketEntities entities, WorkingCalendar calendar,
            Clock clock) {
        this.units = units;
        this.directory = directory;
        this.users = users;
        this.labs = labs;
        this.plans = plans;
        this.samples = samples;
        this.steps = steps;
        this.followUps = followUps;
        this.entities = entities;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void load(Actor system) {
        Laboratory food = lab(system, "山西省食品药品检验所", "晋食检", "CMA 160400010001", List.of("FOOD", "AGRICULTURAL_INPUT"),
                "粮食加工品、食用油、酒类、食用农产品、种子等的理化和微生物检验");
        Laboratory quality = lab(system, "山西省产品质量监督检验研究院", "晋质检", "CMA 160400010002",
                List.of("PRODUCT_QUALITY", "FOOD"), "电线电缆、儿童用品、化肥等工业产品及食品理化检验");
        Laboratory center = lab(system, "山西省检验检测中心", "晋检测", "CMA 160400010003",
                List.of("FOOD", "PRODUCT_QUALITY", "AGRICULTURAL_INPUT"), "食品、工业产品、农业投入品综合检验");
        List<UserView> people = users.createAll(system, DemoAccounts.LABS.stream()
                .map(a -> a.form(unitId(a.unitName()), IdentityDemo.PASSWORD)).toList());
        users.waivePasswordChange(system, people.stream().map(UserView::id).toList());

        long licheng = unitId("黎城县工商行政管理局");
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        SamplingPlan plan = plans.create(system, new PlanForm(today.getYear(), today.getYear() + "年黎城县食品安全监督抽检计划",
                "FOOD", licheng, List.of("CIRCULATION", "CATERING", "ONLINE"), 163000, new BigDecimal("4.00"), 2,
                "按照每千人4批次的目标安排抽检；不合格食品依法核查处置，结果及时向社会公布。", List.of(
                        new PlanForm.CategoryForm("粮食加工品", 200, List.of("铅、黄曲霉毒素B1、苯并[a]芘"),
                                "GB 2762-2022《食品安全国家标准 食品中污染物限量》、GB 2761-2017"),
                        new PlanForm.CategoryForm("食用油、油脂及其制品", 150, List.of("酸价、过氧化值、黄曲霉毒素B1"),
                                "GB 2716-2018《食品安全国家标准 植物油》"),
                        new PlanForm.CategoryForm("酒类", 120, List.of("酒精度、甲醇、氰化物"),
                                "GB 2757-2012《食品安全国家标准 蒸馏酒及其配制酒》、产品明示标准"),
                        new PlanForm.CategoryForm("食用农产品", 180, List.of("毒死蜱、克百威、氧乐果、腐霉利"),
                                "GB 2763-2021《食品安全国家标准 食品中农药最大残留限量》")),
                List.of(food.id(), quality.id(), center.id()), null));

        List<Long> samplers = DemoAccounts.LICHENG.stream()
                .filter(a -> a.username().equals("licheng.officer") || a.username().equals("licheng.inspector"))
                .map(a -> users.list(system, a.username(), 0, 5).users().stream()
                        .filter(u -> u.username().equals(a.username())).findFirst().orElseThrow().id())
                .toList();
        List<MarketEntity> li = enterprises(system, "140426");
        List<MarketEntity> ping = enterprises(system, "140425");

        // passed: final at once, the backup kept 3 months after the conclusion
        SampleView passed = sample(system, plan, "粮食加工品", li.get(12), "“沁州”牌小米", "沁州", "2.5kg/袋",
                today.minusDays(60), null, food, samplers, today.minusDays(40), "19.80");
        steps.send(system, passed.id(), today.minusDays(39));
        steps.receive(system, passed.id(), today.minusDays(38));
        steps.report(system, passed.id(), new SampleSteps.ReportForm("PASS", List.of(), false, "晋食检〔" + today.getYear()
                + "〕第0118号", workingDaysBefore(today, 14), workingDaysBefore(today, 12)), pdf());

        // failed and final: the window closed; the producer in 河北 listed for a push; the seller's follow-up found
        // a violation (a clue in cases, by event)
        SampleView closed = sample(system, plan, "食用油、油脂及其制品", li.get(13), "压榨花生油", "金穗", "5L/桶",
                today.minusDays(90), new Producer("石家庄某油脂有限公司", "河北省石家庄市长安区", "130102"), center, samplers,
                today.minusDays(45), "79.00");
        steps.send(system, closed.id(), today.minusDays(44));
        steps.receive(system, closed.id(), today.minusDays(43));
        steps.report(system, closed.id(), new SampleSteps.ReportForm("FAIL", List.of("酸价（KOH）"), false,
                "晋检测〔" + today.getYear() + "〕第0342号", workingDaysBefore(today, 22), workingDaysBefore(today, 21)), pdf());
        steps.serveNotice(system, closed.id(), new SampleSteps.NoticeForm("黎工商抽检〔" + today.getYear() + "〕3号",
                workingDaysBefore(today, 18), "周建平"));
        steps.closeRetestWindow(system, closed.id());
        for (FollowUp f : followUps.ofSample(closed.id())) {
            if (f.subject() == FollowUp.Subject.SELLER) {
                followUps.record(system, f.id(), new FollowUps.Outcome(true, true,
                        "责令停止销售并下架同批次产品12桶，召回已售3桶，封存剩余产品。", true,
                        "经营者未履行进货查验义务，无法提供该批次产品合格证明文件，涉嫌违反《中华人民共和国食品安全法》第五十三条。",
                        f.version()));
            }
        }

        // failed within its re-test window: the labelled producer is in 平顺县, whose 工商局 follows it up
        MarketEntity producer = ping.stream().filter(e -> e.name().matches(".*(酒|酿|食品).*")).findFirst()
                .orElse(ping.get(12));
        SampleView open = sample(system, plan, "酒类", li.get(14), "清香型白酒（42%vol）", "潞州红", "500mL/瓶",
                today.minusDays(120), new Producer(producer.name(), producer.address(), producer.regionCode(),
                        producer.uscc()), quality, samplers, today.minusDays(20), "36.00");
        steps.send(system, open.id(), today.minusDays(19));
        steps.receive(system, open.id(), today.minusDays(18));
        steps.report(system, open.id(), new SampleSteps.ReportForm("FAIL", List.of("酒精度", "甲醇"), false,
                "晋质检〔" + today.getYear() + "〕第0577号", workingDaysBefore(today, 5), workingDaysBefore(today, 4)), pdf());
        steps.serveNotice(system, open.id(), new SampleSteps.NoticeForm("黎工商抽检〔" + today.getYear() + "〕5号",
                workingDaysBefore(today, 2), "李秀芳"));

        // being tested at 山西省检验检测中心, and one waiting for 山西省食品药品检验所 to receive it
        SampleView testing = sample(system, plan, "食用农产品", li.get(15), "韭菜", null, "散装", null, null, center,
                samplers, today.minusDays(10), "12.00");
        steps.send(system, testing.id(), today.minusDays(9));
        steps.receive(system, testing.id(), today.minusDays(8));
        SampleView sent = sample(system, plan, "粮食加工品", li.get(16), "小麦粉（特一粉）", "黎丰", "5kg/袋",
                today.minusDays(30), null, food, samplers, today.minusDays(2), "24.50");
        steps.send(system, sent.id(), today.minusDays(1));
        sample(system, plan, "食用农产品", li.get(17), "鸡蛋", null, "散装", null, null, food, samplers, today, "15.00");
    }

    /** A labelled producer (the uscc when it is in the directory). */
    private record Producer(String name, String address, String regionCode, String uscc) {

        Producer(String name, String address, String regionCode) {
            this(name, address, regionCode, null);
        }
    }

    private SampleView sample(Actor system, SamplingPlan plan, String category, MarketEntity seller, String product,
            String brand, String spec, LocalDate producedOn, Producer producer, Laboratory lab, List<Long> samplers,
            LocalDate sampledOn, String price) {
        String batch = producedOn == null ? sampledOn.toString().replace("-", "") : null;
        return samples.record(system, new SampleDraft(plan.id(), category, "CIRCULATION", seller.id(), null, null, null,
                null, null, sampledOn, seller.address(), samplers, "黎工商封" + sampledOn.getDayOfYear(), product, brand,
                spec, batch, producedOn, producedOn == null ? null : producedOn.plusMonths(12), "2件", new BigDecimal(price),
                producer == null ? null : producer.name(), producer == null ? null : producer.address(),
                producer == null ? null : producer.uscc(), producer == null ? null : producer.regionCode(),
                "检验样品1件，封样", "复检备份样品1件，单独封样", lab.name() + "样品室", lab.id()));
    }

    private Laboratory lab(Actor system, String name, String shortName, String accreditation, List<String> kinds,
            String scope) {
        long unit = units.create(system, new UnitForm(name, shortName, UnitType.OTHER, "140000", null, null, null,
                null)).id();
        return labs.create(system, new LabForm(name, unit, accreditation, kinds, scope, true, true, null));
    }

    private long unitId(String name) {
        return directory.named(name).stream().map(UnitRef::id).findFirst().orElseThrow();
    }

    private List<MarketEntity> enterprises(Actor system, String regionCode) {
        List<MarketEntity> all = new ArrayList<>();
        EntityPage page;
        int n = 1;
        do {
            page = entities.search(system, new EntityQuery(null, regionCode, n++, EntityQuery.MAX_SIZE));
            all.addAll(page.items());
        } while (page.page() < page.pages());
        return all.stream().filter(e -> e.entityType() == EntityType.ENTERPRISE && e.uscc() != null)
                .sorted(Comparator.comparingLong(MarketEntity::id)).toList();
    }

    private LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static SampleFiles.Upload pdf() {
        return new SampleFiles.Upload("检验报告.pdf", REPORT_PDF.length, new ByteArrayInputStream(REPORT_PDF));
    }
}
