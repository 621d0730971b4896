package org.shuangda.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.campaigns.ProgressKind;
import org.shuangda.campaigns.TaskForm;
import org.shuangda.campaigns.TaskReports;
import org.shuangda.campaigns.Tasks;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.LeadingGroups;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Seed 001's county plan (黎城县, 2010-12-21 to 2011-01-21) with its task decomposition as the plan lists it,
 * lead and cooperating units mapped to the demo units, some progress from the paper record, one task done
 * and one supervised; a smaller closed plan for 平顺县; and a current 黎城县 plan with tasks due soon, so the
 * to-do lists show "还剩N个工作日". Written through the campaigns services as the system actor.
 */
@Component
class CampaignsDemo implements DemoDataStep {

    static final String LICHENG_2010 = "黎城县打击侵犯知识产权和制售假冒伪劣商品专项行动";
    static final String GUIDING_IDEA = "按照科学发展观的要求，为强化对知识产权的保护，树立良好的对外形象，维护国家和人民的利益，"
            + "从建立诚信社会，规范市场秩序，加快国家创新体系建设的要求出发，充分发挥知识产权保护在扩大改革开放、引进先进技术、"
            + "促进技术创新、提高市场竞争力、促进我县转型跨越发展的重要作用，加大知识产权保护工作和执法力度，"
            + "严厉打击侵犯知识产权和制售假冒伪劣商品行为，推动我县知识产权保护工作再上新台阶。";
    static final String GOALS = "通过开展打击侵犯知识产权和制售假冒伪劣商品专项行动，严肃查处一批社会影响大、危害程度高以及重点关注的"
            + "侵犯知识产权大案要案，曝光一批违法违规企业，形成打击侵犯知识产权行为的高压态势；增强企业诚信守法意识，"
            + "提高消费者识假能力，形成自觉抵制假冒伪劣商品、重视知识产权保护的社会氛围，营造知识产权保护的良好环境；"
            + "加强执法协作，提升执法效能，加大执法力度，充分发挥知识产权行政保护和司法保护的作用，"
            + "全面提高我县保护知识产权和规范市场秩序的水平。";
    static final List<String> RIGHTS = List.of("著作权", "商标权", "专利权", "植物新品种权");
    static final List<String> AREAS = List.of("产品制造集中地", "城乡结合部", "商品集散地", "侵犯知识产权和制售假冒伪劣商品案件高发地");
    static final List<String> DOMAINS = List.of("新闻出版业", "文化娱乐业", "高新技术产业", "农业", "互联网");
    static final List<String> PRODUCTS = List.of("图书", "音像", "软件", "大宗出口商品", "汽车配件", "手机", "药品", "种子");

    private final Campaigns campaigns;
    private final Tasks tasks;
    private final TaskReports reports;
    private final LeadingGroups groups;
    private final UnitDirectory units;
    /** Unit ids by name, looked up once per load through organization's service. */
    private final Map<String, Long> unitIds = new HashMap<>();

    CampaignsDemo(Campaigns campaigns, Tasks tasks, TaskReports reports, LeadingGroups groups, UnitDirectory units) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.reports = reports;
        this.groups = groups;
        this.units = units;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load(Actor system) {
        unitIds.clear(); // a fresh database has other ids
        lichengPlan(system);
        pingshunPlan(system);
        currentPlan(system, tasks.today());
    }

    private void lichengPlan(Actor system) {
        CampaignView plan = campaigns.create(system, plan(system, "黎城县", "140426", LICHENG_2010, "黎政办发〔2010〕108号",
                LocalDate.of(2010, 12, 21), LocalDate.of(2011, 1, 21), List.of(
                        new Phase("动员部署", LocalDate.of(2010, 12, 21), LocalDate.of(2010, 12, 21),
                                "成立领导组，制定工作方案，任务分解，进行专项行动全面动员部署。"),
                        new Phase("组织实施", LocalDate.of(2010, 12, 22), LocalDate.of(2011, 1, 16),
                                "12月22日—31日加强数据统计分析，督促推进重点工作，12月24日第一次数据报送；"
                                        + "2011年1月1日—16日对重点区域、重点部门进行检查，1月7日第二次数据报送。"),
                        new Phase("总结", LocalDate.of(2011, 1, 17), LocalDate.of(2011, 1, 21),
                                "对重点环节、重点区域、重点领域和重点案件的查处情况进行总结，1月17日第三次数据报送，做好省、市重点检查的准备。"))));
        campaigns.take(system, plan.id(), CampaignAction.ACTIVATE);
        Map<String, Long> ids = new HashMap<>();
        for (SeedTask t : SeedTask.LICHENG) {
            ids.put(t.key(), tasks.create(system, plan.id(), form(t, "黎城县")).task().id());
        }
        note(system, ids.get("print"), "文化广电新闻出版局", at(2010, 12, 23), "已召开印刷复制企业负责人会议，部署自查；联合公安、工商对城区12家印刷企业开展检查。");
        note(system, ids.get("quality"), "质量技术监督局", at(2010, 12, 28), "检查生产企业18户，责令整改3户，立案查处以假充真案件1件。");
        note(system, ids.get("market"), "工商行政管理局", at(2010, 12, 24), "出动执法人员86人次，检查经营主体143户，查处侵犯注册商标专用权案件2件。");
        note(system, ids.get("seed"), "农业委员会", at(2011, 1, 6), "对全县种子经营门店开展拉网式检查，抽检玉米、小麦种子样品12个。");
        note(system, ids.get("price"), "物价局", at(2010, 12, 30), "开展元旦、春节市场价格专项检查，检查商户46户，未发现价格欺诈行为。");
        reports.completeAsOf(system, ids.get("price"), at(2011, 1, 14), "物价局（补录）");
        note(system, ids.get("police"), "公安局", at(2011, 1, 10), "受理工商部门移送涉嫌销售假冒注册商标商品案件1起，已立案侦查。");
        reports.backfill(system, ids.get("print"), ProgressKind.NOTE, unitId("黎城县公安局"), "公安局（补录）", at(2010, 12, 23),
                "配合出动民警6人次，参与印刷企业联合检查。");
    }

    private void pingshunPlan(Actor system) {
        CampaignView plan = campaigns.create(system, plan(system, "平顺县", "140425", "平顺县打击侵犯知识产权和制售假冒伪劣商品专项行动", "平政办发〔2010〕96号",
                LocalDate.of(2010, 12, 20), LocalDate.of(2011, 1, 20), List.of(
                        new Phase("动员部署", LocalDate.of(2010, 12, 20), LocalDate.of(2010, 12, 22), "制定方案，动员部署。"),
                        new Phase("集中整治", LocalDate.of(2010, 12, 23), LocalDate.of(2011, 1, 14), "开展集中检查和整治。"),
                        new Phase("总结", LocalDate.of(2011, 1, 15), LocalDate.of(2011, 1, 20), "总结上报。"))));
        campaigns.take(system, plan.id(), CampaignAction.ACTIVATE);
        long market = 0;
        for (SeedTask t : SeedTask.PINGSHUN) {
            long id = tasks.create(system, plan.id(), form(t, "平顺县")).task().id();
            market = t.key().equals("market") ? id : market;
        }
        reports.backfill(system, market, ProgressKind.PROGRESS, unitId("平顺县工商行政管理局"), "工商行政管理局（补录）",
                at(2010, 12, 27), "检查集贸市场4个，查扣假冒商品120件。");
        reports.completeAsOf(system, market, at(2011, 1, 18), "工商行政管理局（补录）");
        campaigns.take(system, plan.id(), CampaignAction.CLOSE);
    }

    private void currentPlan(Actor system, LocalDate today) {
        LocalDate start = today.minusWeeks(3);
        LocalDate end = LocalDate.of(start.getYear() + 1, 6, 30);
        CampaignView plan = campaigns.create(system, plan(system, "黎城县", "140426", start.getYear() + "年黎城县“双打”工作方案", null, start, end,
                List.of(new Phase("动员部署", start, start.plusDays(6), "制定方案，召开动员会。"),
                        new Phase("集中整治", start.plusDays(7), end.minusDays(30), "各成员单位按分工开展集中整治，按月报送进展。"),
                        new Phase("总结", end.minusDays(29), end, "总结经验，建立长效机制。"))));
        campaigns.take(system, plan.id(), CampaignAction.ACTIVATE);
        for (SeedTask t : SeedTask.current(today)) {
            long id = tasks.create(system, plan.id(), form(t, "黎城县")).task().id();
            if (t.key().equals("market")) {
                reports.backfill(system, id, ProgressKind.PROGRESS, unitId("黎城县工商行政管理局"), "工商行政管理局",
                        OffsetDateTime.of(today.minusDays(9), LocalTime.of(16, 30), ZoneOffset.ofHours(8)),
                        "已对城区农贸市场和商品集散地开展第一轮巡查，检查经营户52户。");
            }
        }
    }

    private Campaign plan(Actor system, String county, String region, String title, String docNumber, LocalDate start, LocalDate end,
            List<Phase> phases) {
        LeadingGroup group = groups.list(system).stream().filter(g -> g.regionCode().equals(region)).findFirst().orElseThrow();
        return new Campaign(null, title, docNumber, unitId(county + "人民政府办公室"), region, start, end,
                GUIDING_IDEA, GOALS, group.id(), unitId(county + "商务中心"), group.officeContact(),
                group.officePhone(), RIGHTS, PRODUCTS, AREAS, DOMAINS, null, null, phases, List.of(), 0);
    }

    private TaskForm form(SeedTask t, String county) {
        return new TaskForm(t.section(), t.title(), t.description(), unitId(county + t.lead()),
                t.cooperators().stream().map(c -> unitId(county + c)).toList(), t.dueOn(), t.supervisedEvery() != null,
                t.supervisedEvery(), 0);
    }

    private void note(Actor system, long taskId, String unitSuffix, OffsetDateTime at, String text) {
        reports.backfill(system, taskId, ProgressKind.PROGRESS, unitId("黎城县" + unitSuffix), unitSuffix + "（补录）", at, text);
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 17, 0, 0, 0, ZoneOffset.ofHours(8));
    }

    /** The unit named exactly {@code name}, found through the organization module's unit search. */
    private long unitId(String name) {
        return unitIds.computeIfAbsent(name, n -> units.named(n).stream().map(UnitRef::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo unit " + n)));
    }
}
