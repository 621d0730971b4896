package org.shuangda.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.reporting.HistoricalSubmission;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.RoundImport;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.Templates;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Seed 001's three reporting rounds of the 黎城县 campaign (due 2010-12-24, 2011-01-07, 2011-01-17) with
 * submissions from the county's member units whose figures add up to the seeds' totals (出动执法人员426人次,
 * 检查经营主体318户, 检查市场73个, 整治重点区域11处, 查处案件8件): some late, 司法局 missing in the third
 * round, 文化广电新闻出版局 returned with a reason, two still awaiting review; 收缴查扣物品 split into the
 * template's product categories ({@link ReportingBreakdownDemo}).
 *
 * <p>Rounds locked since 2010 are history, which the everyday services refuse: they come in through
 * reporting's {@link RoundImport}, which checks and audits them like any import, as the demo's system actor.
 */
@Component
class ReportingDemo implements DemoDataStep {

    private record RoundPlan(String name, LocalDate from, LocalDate to, LocalDate due, Map<String, Integer> totals,
            Map<String, Map<String, Object>> cases) {
    }

    /** Shares of the counted work by the units that do enforcement; the other units report nothing. */
    private static final Map<String, Double> WORK = new LinkedHashMap<>();
    static {
        WORK.put("工商行政管理局", 0.30);
        WORK.put("质量技术监督局", 0.15);
        WORK.put("公安局", 0.12);
        WORK.put("文化广电新闻出版局", 0.10);
        WORK.put("食品药品监督管理局", 0.10);
        WORK.put("农业委员会", 0.07);
        WORK.put("林业局", 0.05);
        WORK.put("卫生局", 0.05);
        WORK.put("商务中心", 0.03);
        WORK.put("科学技术局", 0.03);
    }

    private static final Map<String, Double> SAMPLING = new LinkedHashMap<>();
    static {
        SAMPLING.put("质量技术监督局", 0.5);
        SAMPLING.put("食品药品监督管理局", 0.3);
        SAMPLING.put("农业委员会", 0.2);
    }

    private static final List<RoundPlan> ROUNDS = List.of(
            new RoundPlan("第一次数据报送", LocalDate.of(2010, 12, 21), LocalDate.of(2010, 12, 24), LocalDate.of(2010, 12, 24),
                    totals(120, 90, 20, 3, 150, 2000, 2, 10),
                    Map.of("工商行政管理局", cases(1, 1, 0, 0, 0, "0.80"), "质量技术监督局", cases(1, 0, 0, 0, 0, "0.40"))),
            new RoundPlan("第二次数据报送", LocalDate.of(2010, 12, 25), LocalDate.of(2011, 1, 7), LocalDate.of(2011, 1, 7),
                    totals(170, 128, 30, 5, 420, 3500, 3, 16),
                    Map.of("工商行政管理局", cases(2, 2, 1, 1, 1, "2.60"), "文化广电新闻出版局", cases(1, 1, 0, 0, 0, "0.30"),
                            "食品药品监督管理局", cases(1, 0, 0, 0, 0, "0.60"))),
            new RoundPlan("第三次数据报送", LocalDate.of(2011, 1, 8), LocalDate.of(2011, 1, 17), LocalDate.of(2011, 1, 17),
                    totals(136, 100, 23, 3, 260, 1500, 2, 12),
                    Map.of("工商行政管理局", cases(1, 1, 0, 0, 0, "1.50"), "质量技术监督局", cases(1, 1, 0, 0, 0, "0.60"))));

    /** Per round (1-based): units that reported late; the third round's missing, returned and waiting units. */
    private static final Map<Integer, List<String>> LATE = Map.of(1, List.of("林业局", "物价局"), 2, List.of("卫生局"),
            3, List.of("国家税务局"));
    private static final String MISSING = "司法局";
    private static final String RETURNED = "文化广电新闻出版局";
    private static final List<String> WAITING = List.of("人民法院", "人民检察院");

    private static final String COUNTY = "140426";
    private static final String RETURN_REASON = "检查经营主体户数较上期明显偏高，请核实后重新报送";
    private static final String REVIEWER = "licheng.office";

    private final RoundImport imports;
    private final Templates templates;
    private final CampaignDirectory campaigns;

    ReportingDemo(RoundImport imports, Templates templates, CampaignDirectory campaigns) {
        this.imports = imports;
        this.templates = templates;
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load(Actor system) {
        long campaign = campaignId();
        Template template = templates.list(system).stream().filter(t -> t.code().equals("SHUANGDA_BASIC"))
                .findFirst().orElseThrow();
        List<String> categories = template.indicator("items_seized").orElseThrow().breakdowns();
        Map<String, Long> units = new LinkedHashMap<>();
        imports.expectedUnits(system, COUNTY)
                .forEach(u -> units.put(u.name().replace("中共黎城县", "").replace("黎城县", ""), u.id()));
        for (int r = 0; r < ROUNDS.size(); r++) {
            RoundPlan plan = ROUNDS.get(r);
            Map<String, Map<String, Object>> figures = Figures.split(plan.totals(), WORK, SAMPLING);
            plan.cases().forEach((unit, c) -> figures.computeIfAbsent(unit, u -> new LinkedHashMap<>()).putAll(c));
            List<HistoricalSubmission> submissions = new ArrayList<>();
            for (Map.Entry<String, Long> unit : units.entrySet()) {
                String name = unit.getKey();
                if (r == 2 && name.equals(MISSING)) {
                    continue;
                }
                submissions.add(submission(r + 1, plan, name, unit.getValue(), figures.getOrDefault(name, Map.of()),
                        categories));
            }
            imports.importHistorical(system, new RoundForm(campaign, template.id(), COUNTY, plan.name(), plan.from(),
                    plan.to(), plan.due(), plan.due().atTime(23, 59, 59), plan.due().plusDays(3)), submissions);
        }
    }

    /** A unit's submission to round {@code seq}: on time or late, and as the office left it. */
    private static HistoricalSubmission submission(int seq, RoundPlan plan, String name, long unitId,
            Map<String, Object> values, List<String> categories) {
        boolean late = LATE.getOrDefault(seq, List.of()).contains(name);
        LocalDateTime submitted = late ? plan.due().plusDays(1).atTime(10, 20)
                : plan.due().minusDays(name.length() % 2).atTime(9 + name.length() % 7, 15);
        SubmissionStatus status = seq < 3 ? SubmissionStatus.ACCEPTED : name.equals(RETURNED) ? SubmissionStatus.RETURNED
                : WAITING.contains(name) ? SubmissionStatus.SUBMITTED : SubmissionStatus.ACCEPTED;
        Map<String, Map<String, Object>> breakdowns = values.get("items_seized") instanceof Integer seized
                ? Map.of("items_seized", ReportingBreakdownDemo.categories(name, seized, categories)) : Map.of();
        boolean accepted = status == SubmissionStatus.ACCEPTED;
        return new HistoricalSubmission(unitId, status, submitted, values, breakdowns, Map.of(),
                status == SubmissionStatus.RETURNED ? RETURN_REASON : null, accepted ? submitted.plusHours(26) : null,
                accepted ? REVIEWER : null);
    }

    /** The 2010 黎城县 plan that {@link CampaignsDemo} (order 400) has just created. */
    private long campaignId() {
        return campaigns.findByTitle(CampaignsDemo.LICHENG_2010).map(CampaignRef::id).orElseThrow();
    }

    private static Map<String, Integer> totals(int officers, int entities, int markets, int areas, int items,
            int leaflets, int joint, int samples) {
        Map<String, Integer> t = new LinkedHashMap<>();
        t.put("officers", officers);
        t.put("entities_checked", entities);
        t.put("markets_checked", markets);
        t.put("areas_rectified", areas);
        t.put("items_seized", items);
        t.put("leaflets", leaflets);
        t.put("joint_actions", joint);
        t.put("samples", samples);
        return t;
    }

    private static Map<String, Object> cases(int opened, int closed, int major, int transferred, int dens, String value) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("cases_opened", opened);
        c.put("cases_closed", closed);
        c.put("major_cases", major);
        c.put("transferred", transferred);
        c.put("dens_destroyed", dens);
        c.put("case_value", value);
        return c;
    }

    /** For {@link CityCampaignDemo}: the same shapes of figures. */
    static Map<String, Integer> totalsOf(int officers, int entities, int markets, int areas, int items, int leaflets,
            int joint, int samples) {
        return totals(officers, entities, markets, areas, items, leaflets, joint, samples);
    }

    static Map<String, Object> casesOf(int opened, int closed, int major, int transferred, int dens, String value) {
        return cases(opened, closed, major, transferred, dens, value);
    }

    static Map<String, Double> workShares() {
        return WORK;
    }

    static Map<String, Double> samplingShares() {
        return SAMPLING;
    }

    /** Splits a round's totals among units by shares, by largest remainder, so the parts add up exactly. */
    static final class Figures {

        private Figures() {
        }

        /** Unit → indicator → value; sampling goes to the sampling units, one batch in ten failing at 质监. */
        static Map<String, Map<String, Object>> split(Map<String, Integer> totals, Map<String, Double> work,
                Map<String, Double> sampling) {
            Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
            totals.forEach((code, total) -> {
                Map<String, Integer> parts = parts(total, code.equals("samples") ? sampling : work);
                parts.forEach((unit, value) -> figures.computeIfAbsent(unit, u -> new LinkedHashMap<>()).put(code, value));
            });
            figures.forEach((unit, values) -> {
                if (values.get("samples") instanceof Integer samples) {
                    int failed = unit.equals("质量技术监督局") ? Math.max(1, samples / 10) : 0;
                    values.put("samples_passed", Math.max(0, samples - failed));
                }
            });
            return figures;
        }

        private static Map<String, Integer> parts(int total, Map<String, Double> shares) {
            Map<String, Integer> parts = new LinkedHashMap<>();
            List<Map.Entry<String, Double>> remainders = new ArrayList<>();
            int given = 0;
            for (Map.Entry<String, Double> share : shares.entrySet()) {
                double exact = total * share.getValue();
                parts.put(share.getKey(), (int) Math.floor(exact));
                given += (int) Math.floor(exact);
                remainders.add(Map.entry(share.getKey(), exact - Math.floor(exact)));
            }
            remainders.sort(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed());
            for (int i = 0; i < total - given; i++) {
                parts.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
            }
            return parts;
        }
    }
}
